// The parts of Leaflet 1.9 the app draws with, imported from Leaflet's own source modules. Every
// `import 'leaflet'` in the app resolves here (vite.config.ts), so the rest — markers and their icons,
// popups, GeoJSON, the SVG renderer and overlays, the layers and scale controls, WMS — is not bundled:
// Leaflet's ESM build is one module whose registrations (Map.include, addInitHook) keep all of it.
// leafletParts.test.ts checks that every Leaflet value src/map/ uses is exported here.
import type * as Leaflet from 'leaflet'
import { Map, createMap } from 'leaflet/src/map/Map.js'
import { BoxZoom } from 'leaflet/src/map/handler/Map.BoxZoom.js'
import { DoubleClickZoom } from 'leaflet/src/map/handler/Map.DoubleClickZoom.js'
import { Drag } from 'leaflet/src/map/handler/Map.Drag.js'
import { Keyboard } from 'leaflet/src/map/handler/Map.Keyboard.js'
import { ScrollWheelZoom } from 'leaflet/src/map/handler/Map.ScrollWheelZoom.js'
import { TapHold } from 'leaflet/src/map/handler/Map.TapHold.js'
import { TouchZoom } from 'leaflet/src/map/handler/Map.TouchZoom.js'
import { Control, control as createControl } from 'leaflet/src/control/Control.js'
import { Zoom, zoom } from 'leaflet/src/control/Control.Zoom.js'
import { Attribution, attribution } from 'leaflet/src/control/Control.Attribution.js'
import { canvas } from 'leaflet/src/layer/vector/Canvas.js'

// What Leaflet's index modules add to the classes (the handlers and controls register with the map
// themselves when imported).
Object.assign(Map, { BoxZoom, DoubleClickZoom, Drag, Keyboard, ScrollWheelZoom, TapHold, TouchZoom })
Object.assign(Control, { Zoom, Attribution })
const control = Object.assign(createControl, { zoom, attribution })

type MapWithRenderer = Leaflet.Map & { _renderer?: Leaflet.Renderer }

// In place of Leaflet's Renderer.getRenderer.js, which would bundle the SVG renderer: the app's
// paths name their canvas renderer (src/map/README.md); one without gets the map's single canvas.
Map.include({
  getRenderer(this: MapWithRenderer, layer: Leaflet.Path): Leaflet.Renderer {
    const renderer = layer.options.renderer ?? (this._renderer ??= canvas())
    if (!this.hasLayer(renderer)) this.addLayer(renderer)
    return renderer
  },
})

export { Map, createMap as map, Control, control, canvas }
export { default as Browser } from 'leaflet/src/core/Browser.js'
export { setOptions } from 'leaflet/src/core/Util.js'
export * as DomEvent from 'leaflet/src/dom/DomEvent.js'
export { Point, toPoint as point } from 'leaflet/src/geometry/Point.js'
export { Bounds, toBounds as bounds } from 'leaflet/src/geometry/Bounds.js'
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng.js'
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js'
export { Layer } from 'leaflet/src/layer/Layer.js'
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup.js'
export { Tooltip, tooltip } from 'leaflet/src/layer/Tooltip.js'
export { TileLayer, tileLayer } from 'leaflet/src/layer/tile/TileLayer.js'
export { Renderer } from 'leaflet/src/layer/vector/Renderer.js'
export { Canvas } from 'leaflet/src/layer/vector/Canvas.js'
export { Path } from 'leaflet/src/layer/vector/Path.js'
export { CircleMarker, circleMarker } from 'leaflet/src/layer/vector/CircleMarker.js'
export { Circle, circle } from 'leaflet/src/layer/vector/Circle.js'
export { Polyline, polyline } from 'leaflet/src/layer/vector/Polyline.js'
export { Polygon, polygon } from 'leaflet/src/layer/vector/Polygon.js'
