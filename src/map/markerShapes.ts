/**
 * Marker shapes as outlines of unit radius, shared by the canvas map and the SVG legend so both
 * always draw the same thing. Pure TypeScript: no Leaflet, no DOM.
 */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'house', 'hexagon', 'star'] as const
export type MarkerShape = (typeof MARKER_SHAPES)[number]

/** A point in screen coordinates: x to the right, y down. */
export type ShapePoint = readonly [x: number, y: number]

function regularPolygon(corners: number, radius: number, startDeg: number): ShapePoint[] {
  return Array.from({ length: corners }, (_, i) => {
    const angle = ((startDeg + (360 * i) / corners) * Math.PI) / 180
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as const
  })
}

function star(points: number, outer: number, inner: number): ShapePoint[] {
  return Array.from({ length: points * 2 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner
    const angle = -Math.PI / 2 + (Math.PI * i) / points
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as const
  })
}

// Sizes are tuned so every shape covers a similar area (2.5–3.3 × r²): none reads as more important by size alone.
const UNIT_OUTLINES: Readonly<Record<MarkerShape, readonly ShapePoint[]>> = {
  circle: regularPolygon(24, 1, 0),
  square: [
    [-0.85, -0.85],
    [0.85, -0.85],
    [0.85, 0.85],
    [-0.85, 0.85],
  ],
  triangle: [
    [0, -1.3],
    [1.25, 0.9],
    [-1.25, 0.9],
  ],
  diamond: regularPolygon(4, 1.2, -90),
  cross: [
    [-0.36, -1.05],
    [0.36, -1.05],
    [0.36, -0.36],
    [1.05, -0.36],
    [1.05, 0.36],
    [0.36, 0.36],
    [0.36, 1.05],
    [-0.36, 1.05],
    [-0.36, 0.36],
    [-1.05, 0.36],
    [-1.05, -0.36],
    [-0.36, -0.36],
  ],
  house: [
    [0, -1.15],
    [0.95, -0.2],
    [0.95, 0.95],
    [-0.95, 0.95],
    [-0.95, -0.2],
  ],
  hexagon: regularPolygon(6, 1.05, 0),
  star: star(5, 1.3, 0.66),
}

/** The outline of `shape` with radius `r` centred on (cx, cy). */
export function shapeOutline(shape: MarkerShape, cx: number, cy: number, r: number): ShapePoint[] {
  return UNIT_OUTLINES[shape].map(([x, y]) => [cx + x * r, cy + y * r] as const)
}

/** The same outline as an SVG `points` attribute. */
export function svgPoints(shape: MarkerShape, cx: number, cy: number, r: number): string {
  return shapeOutline(shape, cx, cy, r)
    .map(([x, y]) => `${round2(x)},${round2(y)}`)
    .join(' ')
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}
