import type { Point } from '../../types';
import { yScale } from './scale';

interface Props {
  title: string;
  points: Point[];
  width?: number;
  height?: number;
}

/** A bar chart in plain SVG (no chart library): one rect per point. */
export default function BarChart({ title, points, width = 360, height = 160 }: Props) {
  const max = Math.max(0, ...points.map((point) => point.value));
  const y = yScale(max, height - 20);
  const slot = points.length > 0 ? width / points.length : 0;
  return (
    <figure className="rounded-lg bg-white p-4 shadow">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="w-full">
        {points.map((point, index) => (
          <g key={point.label}>
            <rect x={index * slot + 4} y={y(point.value)} width={slot - 8} height={height - 20 - y(point.value)} fill="#0f766e" />
            <text x={index * slot + slot / 2} y={height - 4} fontSize={10} textAnchor="middle">
              {point.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
