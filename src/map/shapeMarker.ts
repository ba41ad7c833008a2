import * as L from 'leaflet'
import { shapeOutline, type MarkerShape } from './markerShapes'

export interface ShapeMarkerOptions extends L.CircleMarkerOptions {
  shape: MarkerShape
}

// The parts of Leaflet's canvas renderer that CircleMarker itself draws with (private, so not in @types/leaflet).
interface CanvasInternals {
  _drawing: boolean
  _ctx: CanvasRenderingContext2D
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void
}

interface CircleMarkerInternals {
  _renderer: CanvasInternals
  _point: L.Point
  _radius: number
  _empty(): boolean
}

/**
 * A canvas circle marker drawn as a shape (square, triangle, star …). Everything but the outline is
 * Leaflet's CircleMarker, so it keeps its speed with thousands of places; a tap counts anywhere
 * within the radius plus the renderer's tolerance. Needs a canvas renderer.
 */
export class ShapeMarker extends L.CircleMarker {
  declare options: ShapeMarkerOptions

  constructor(latlng: L.LatLngExpression, options: ShapeMarkerOptions) {
    super(latlng, options)
  }

  // Replaces CircleMarker._updatePath, which would draw a circle.
  _updatePath(): void {
    const self = this as unknown as CircleMarkerInternals
    const renderer = self._renderer
    if (!renderer._drawing || self._empty()) return
    const ctx = renderer._ctx
    ctx.beginPath()
    shapeOutline(this.options.shape, self._point.x, self._point.y, self._radius).forEach(([x, y], i) => {
      if (i === 0) ctx.moveTo(x, y)
      else ctx.lineTo(x, y)
    })
    ctx.closePath()
    renderer._fillStroke(ctx, this)
  }
}
