/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

// Leaflet's source modules (src/map/leafletParts.ts) have no types of their own; the app types Leaflet through @types/leaflet.
declare module 'leaflet/src/*'
declare module 'leaflet/dist/leaflet-src.esm.js'
