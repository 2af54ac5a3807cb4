/** Maps values in [0, max] onto [height, 0] (SVG y grows downwards). */
export function yScale(max: number, height: number): (value: number) => number {
  return (value) => (max === 0 ? height : height - (value / max) * height);
}
