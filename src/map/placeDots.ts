import * as L from 'leaflet'
import type { Place } from '@common/place'
import type { GeoBounds } from '@/domain/mapView'
import type { DrawnPlaces } from './drawnPlaces'
import { KIND_APPEARANCE, MARKER_OUTLINE, SELECTED_HALO } from './kindAppearance'
import { shapeOutline } from './markerShapes'
import { groupBadge, groupBadgeHalf, groupBadgeRadius } from './groupBadge'
import { zoomPlan, type PlaceGroup, type ZoomPlan } from './placeGroups'

// The parts of Leaflet's canvas renderer a path draws with (private, so not in @types/leaflet).
interface CanvasInternals {
  _drawing: boolean
  _ctx: CanvasRenderingContext2D
  _bounds: { min: L.Point; max: L.Point }
  options: L.RendererOptions
  _requestRedraw(layer: L.Path): void
}

interface PathInternals {
  _map: L.Map | null
  _renderer: CanvasInternals
  _pxBounds?: L.Bounds
}

/** How a marker is drawn; approximate places get a paler fill and an outline in their own colour. */
interface MarkerStyle {
  shape: (typeof KIND_APPEARANCE)[keyof typeof KIND_APPEARANCE]['shape']
  radius: number
  fill: string
  fillOpacity: number
  outline: string
  weight: number
  /** A workshop's practice data: a dotted ring round the marker says ตัวอย่าง / DEMO (the map's badge explains it). */
  demo: boolean
}

const styles = new Map<string, MarkerStyle>()

/** One shared object per kind, visibility and demo mark, so a run of markers of one style is one `===` check each. */
function styleOf(place: Place, demo: boolean): MarkerStyle {
  const approximate = place.visibility === 'approximate'
  const key = `${place.kind}:${approximate}:${demo}`
  let style = styles.get(key)
  if (!style) {
    const { shape, color, radius } = KIND_APPEARANCE[place.kind]
    // A paler fill says "about here"; the dashed area around it says how far off it may be.
    style = { shape, radius, fill: color, fillOpacity: approximate ? 0.45 : 1, outline: approximate ? color : MARKER_OUTLINE, weight: approximate ? 2 : 1.5, demo }
    styles.set(key, style)
  }
  return style
}

/** A marker drawn once, at the canvas's pixel density, to be stamped wherever a place of its style is. */
interface Sprite {
  image: HTMLCanvasElement
  /** Half its width and height in CSS pixels; the marker's centre is at (half, half). */
  half: number
}

// Leaflet doubles its canvas on any screen with a device pixel ratio above 1.
const PIXEL_SCALE = L.Browser.retina ? 2 : 1
/** The farthest a unit outline reaches from its centre (the star's and the triangle's points). */
const OUTLINE_REACH = 1.3
/** How far the demo ring lies outside the marker's reach, and its width. */
const DEMO_RING_GAP = 3
const DEMO_RING_WIDTH = 2
const sprites = new Map<MarkerStyle, Sprite>()

function spriteOf(style: MarkerStyle): Sprite {
  let sprite = sprites.get(style)
  if (!sprite) {
    const ring = style.demo ? DEMO_RING_GAP + DEMO_RING_WIDTH : 0
    const half = Math.ceil(style.radius * OUTLINE_REACH + style.weight / 2 + ring) + 1
    const image = document.createElement('canvas')
    image.width = image.height = 2 * half * PIXEL_SCALE
    const ctx = image.getContext('2d')!
    ctx.scale(PIXEL_SCALE, PIXEL_SCALE)
    ctx.lineCap = 'round'
    ctx.lineJoin = 'round'
    drawMarker(ctx, style, half, half)
    sprite = { image, half }
    sprites.set(style, sprite)
  }
  return sprite
}

/** A coordinate moved to the nearest device pixel, so a sprite is copied pixel for pixel. */
const snap = (value: number) => Math.round(value * PIXEL_SCALE) / PIXEL_SCALE

const LARGEST_RADIUS = Math.max(...Object.values(KIND_APPEARANCE).map((appearance) => appearance.radius))
/** The selection halo is this much wider than the marker. */
const HALO_EXTRA_PX = 7
/** The widest group badge ("999+"). */
const LARGEST_BADGE_RADIUS = groupBadgeRadius(1_000)

/** What a tap on the markers reached: a place, or a group of places (which the map zooms into). */
export type MarkerHit = { place: Place } | { group: PlaceGroup }

/** A group in view, with its badge's layer point. */
interface GroupInView {
  group: PlaceGroup
  x: number
  y: number
}

/**
 * Every place's marker as ONE layer on the shared canvas renderer. Leaflet layers per place cost
 * memory and a redraw of all of them at every pan end; this layer draws only what a kdbush query
 * finds in the renderer's bounds, projects each place at most once per zoom, and answers taps by
 * querying the same index. Where a grid cell holds many places (national scale, zoomed out) it draws
 * one badge with their count instead (placeGroups.ts). The selected place is drawn last, on its halo.
 */
export class PlaceDots extends L.Path {
  private drawn: DrawnPlaces | null = null
  private demo = false
  private styles: readonly MarkerStyle[] = []
  private selected = -1
  /** How places are drawn at each whole zoom level met so far (made on first use). */
  private plans = new Map<number, ZoomPlan>()
  /** Ids of the places drawn alone in the renderer's bounds, in drawing order. */
  private inView: Uint32Array = new Uint32Array(0)
  private groupsInView: GroupInView[] = []
  /** Layer-point x and y of each place at the current zoom; NaN until it is first in view. */
  private xs = new Float64Array(0)
  private ys = new Float64Array(0)

  constructor(renderer: L.Renderer) {
    super()
    // Leaflet's L.Path has no initialize() that would take options from the constructor.
    L.setOptions(this, { renderer, interactive: true })
  }

  private get internals(): PathInternals {
    return this as unknown as PathInternals
  }

  /** Draws these places instead of the ones drawn before. */
  setDrawn(drawn: DrawnPlaces, selectedId: string | null): void {
    this.drawn = drawn
    this.styles = drawn.places.map((place) => styleOf(place, this.demo))
    this.plans.clear()
    this.xs = new Float64Array(drawn.places.length)
    this.ys = new Float64Array(drawn.places.length)
    this.selected = selectedId === null ? -1 : (drawn.indexOf.get(selectedId) ?? -1)
    this.redraw()
  }

  /** Marks every marker as practice data (a workshop's demo dataset), or stops marking them. */
  setDemo(demo: boolean): void {
    if (demo === this.demo) return
    this.demo = demo
    if (this.drawn) this.setDrawn(this.drawn, this.selected < 0 ? null : this.drawn.places[this.selected]!.id)
  }

  /** Draws the place with this id last, on its halo; returns whether it is drawn. */
  setSelected(id: string | null): boolean {
    this.selected = id === null || !this.drawn ? -1 : (this.drawn.indexOf.get(id) ?? -1)
    const { _map, _renderer } = this.internals
    if (_map) _renderer._requestRedraw(this)
    return this.selected >= 0
  }

  /** Whether the place at this position in drawing order has its own marker at the map's zoom (not a group's badge). */
  drawsAlone(id: number): boolean {
    const map = this.internals._map
    return !map || this.planAt(map.getZoom()).alone(id)
  }

  /** What the markers hold at this layer point (with the renderer's tap tolerance): the topmost group or place. */
  hitAt(point: L.Point): MarkerHit | null {
    const { _map: map, _renderer: renderer } = this.internals
    if (!map || !this.drawn) return null
    const tolerance = renderer.options.tolerance ?? 0
    if (this.selected >= 0 && this.holds(this.selected, point, tolerance)) return { place: this.drawn.places[this.selected]! }
    for (let i = this.groupsInView.length - 1; i >= 0; i--) {
      const { group, x, y } = this.groupsInView[i]!
      if (Math.hypot(x - point.x, y - point.y) <= groupBadgeRadius(group.count) + tolerance) return { group }
    }
    const candidates = this.planAt(map.getZoom()).aloneInBox(this.boxAround(point, LARGEST_RADIUS + tolerance + 2))
    // The last one drawn is the one on top.
    for (let i = candidates.length - 1; i >= 0; i--) if (this.holds(candidates[i]!, point, tolerance)) return { place: this.drawn.places[candidates[i]!]! }
    return null
  }

  // Leaflet calls this on a zoom and a view reset: layer points change, so every projection is stale.
  _project(): void {
    this.xs.fill(Number.NaN)
    this.ys.fill(Number.NaN)
  }

  // Leaflet calls this at every move end (the renderer's bounds follow the view): what is in view now.
  _update(): void {
    const { _map: map, _renderer: renderer } = this.internals
    if (!map || !this.drawn) return
    const plan = this.planAt(map.getZoom())
    const grow = Math.max(LARGEST_RADIUS + HALO_EXTRA_PX, LARGEST_BADGE_RADIUS)
    const { min, max } = renderer._bounds
    const box = this.layerBox(min.subtract([grow, grow]), max.add([grow, grow]))
    this.inView = plan.aloneInBox(box)
    for (const id of this.inView) this.project(id)
    this.groupsInView = plan.groupsInBox(box).map((group) => {
      const { x, y } = map.latLngToLayerPoint([group.lat, group.lng])
      return { group, x, y }
    })
    if (this.selected >= 0) this.project(this.selected)
    this.internals._pxBounds = L.bounds(min.subtract([grow, grow]), max.add([grow, grow]))
  }

  private planAt(zoom: number): ZoomPlan {
    const whole = Math.floor(zoom)
    let plan = this.plans.get(whole)
    if (!plan) {
      plan = zoomPlan(this.drawn!, whole)
      this.plans.set(whole, plan)
    }
    return plan
  }

  /** The geographic box between two layer points (top left, bottom right). */
  private layerBox(topLeft: L.Point, bottomRight: L.Point): GeoBounds {
    const map = this.internals._map!
    const southWest = map.layerPointToLatLng([topLeft.x, bottomRight.y])
    const northEast = map.layerPointToLatLng([bottomRight.x, topLeft.y])
    return { south: southWest.lat, west: southWest.lng, north: northEast.lat, east: northEast.lng }
  }

  private boxAround(point: L.Point, px: number): GeoBounds {
    return this.layerBox(point.subtract([px, px]), point.add([px, px]))
  }

  private project(id: number): void {
    if (!Number.isNaN(this.xs[id]!)) return
    const { lat, lng } = this.drawn!.places[id]!.location
    const point = this.internals._map!.latLngToLayerPoint([lat, lng])
    this.xs[id] = point.x
    this.ys[id] = point.y
  }

  private holds(id: number, point: L.Point, tolerance: number): boolean {
    this.project(id)
    const style = this.styles[id]!
    return Math.hypot(this.xs[id]! - point.x, this.ys[id]! - point.y) <= style.radius + style.weight / 2 + tolerance
  }

  // Leaflet calls this while the renderer draws.
  _updatePath(): void {
    const renderer = this.internals._renderer
    if (!renderer._drawing || !this.drawn) return
    const ctx = renderer._ctx
    ctx.setLineDash([])
    ctx.lineCap = 'round'
    ctx.lineJoin = 'round'
    ctx.globalAlpha = 1
    this.stampPlaces(ctx)
    for (const { group, x, y } of this.groupsInView) {
      const half = groupBadgeHalf(group.count)
      ctx.drawImage(groupBadge(group.count, PIXEL_SCALE), snap(x) - half, snap(y) - half, 2 * half, 2 * half)
    }
    if (this.selected >= 0) this.drawSelected(ctx)
  }

  private stampPlaces(ctx: CanvasRenderingContext2D): void {
    let current: MarkerStyle | null = null
    let sprite: Sprite | null = null
    // Markers of one style on the same pixel look like one: skip the ones beneath.
    const covered = new Set<number>()
    for (const id of this.inView) {
      if (id === this.selected) continue
      const style = this.styles[id]!
      if (style !== current) {
        covered.clear()
        sprite = spriteOf(style)
      }
      current = style
      const x = snap(this.xs[id]!)
      const y = snap(this.ys[id]!)
      const pixel = x * PIXEL_SCALE * 0x10000 + y * PIXEL_SCALE
      if (covered.has(pixel)) continue
      covered.add(pixel)
      // Stamping a ready-drawn marker costs a fraction of filling and stroking its outline (#14: pan ends at 10,000 places).
      ctx.drawImage(sprite!.image, x - sprite!.half, y - sprite!.half, 2 * sprite!.half, 2 * sprite!.half)
    }
  }

  private drawSelected(ctx: CanvasRenderingContext2D): void {
    this.project(this.selected)
    const style = this.styles[this.selected]!
    const x = this.xs[this.selected]!
    const y = this.ys[this.selected]!
    ctx.beginPath()
    ctx.arc(x, y, style.radius + HALO_EXTRA_PX, 0, Math.PI * 2)
    ctx.globalAlpha = 1
    ctx.fillStyle = SELECTED_HALO
    ctx.fill()
    ctx.lineWidth = 2
    ctx.strokeStyle = MARKER_OUTLINE
    ctx.stroke()
    drawMarker(ctx, style, x, y)
  }

  _containsPoint(point: L.Point): boolean {
    return this.hitAt(point) !== null
  }
}

function drawMarker(ctx: CanvasRenderingContext2D, style: MarkerStyle, x: number, y: number): void {
  ctx.beginPath()
  shapeOutline(style.shape, x, y, style.radius).forEach(([px, py], i) => {
    if (i === 0) ctx.moveTo(px, py)
    else ctx.lineTo(px, py)
  })
  ctx.closePath()
  ctx.globalAlpha = style.fillOpacity
  ctx.fillStyle = style.fill
  ctx.fill()
  ctx.globalAlpha = 1
  ctx.lineWidth = style.weight
  ctx.strokeStyle = style.outline
  ctx.stroke()
  if (style.demo) drawDemoRing(ctx, style, x, y)
}

function drawDemoRing(ctx: CanvasRenderingContext2D, style: MarkerStyle, x: number, y: number): void {
  ctx.beginPath()
  ctx.arc(x, y, style.radius * OUTLINE_REACH + style.weight / 2 + DEMO_RING_GAP, 0, Math.PI * 2)
  ctx.setLineDash([2, 2])
  ctx.lineWidth = DEMO_RING_WIDTH
  ctx.strokeStyle = MARKER_OUTLINE
  ctx.stroke()
  ctx.setLineDash([])
}
