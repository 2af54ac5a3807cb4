import type { Point } from '../../types';
import { yScale } from './scale';

interface Props {
  title: string;
  points: Point[];
  width?: number;
  height?: number;
}

/** A line chart in plain SVG (no chart library): one polyline plus x labels. */
export default function LineChart({ title, points, width = 360, height = 160 }: Props) {
  const max = Math.max(0, ...points.map((point) => point.value));
  const y = yScale(max, height - 20);
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const path = points.map((point, index) => `${index * step},${y(point.value)}`).join(' ');
  return (
    <figure className="rounded-lg bg-white p-4 shadow">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="w-full">
        <polyline points={path} fill="none" stroke="#1d4ed8" strokeWidth={2} />
        {points.map((point, index) => (
          <text key={point.label} x={index * step} y={height - 4} fontSize={10} textAnchor="middle">
            {point.label}
          </text>
        ))}
      </svg>
    </figure>
  );
}
