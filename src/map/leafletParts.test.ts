import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// The app's 'leaflet' (vite.config.ts points it at leafletParts.ts) beside the whole of Leaflet.
import * as L from 'leaflet'
import * as wholeLeaflet from 'leaflet/dist/leaflet-src.esm.js'

const mapFolder = join(process.cwd(), 'src/map')
const sources = readdirSync(mapFolder)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'leafletParts.ts')
  .map((file) => readFileSync(join(mapFolder, file), 'utf8'))

/** Every `L.a.b` the map code mentions, as ['a', 'b']; type names are among them and are sorted out below. */
function leafletPathsUsed(): string[][] {
  const paths = sources.flatMap((source) => [...source.matchAll(/\bL\.([A-Za-z]+(?:\.[A-Za-z]+)*)/g)].map((match) => match[1]!))
  return [...new Set(paths)].map((path) => path.split('.'))
}

function valueAt(root: object, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), root)
}

describe("the app's Leaflet (only the parts it uses)", () => {
  it('has every Leaflet value the map code uses', () => {
    const used = leafletPathsUsed()
    expect(used.length).toBeGreaterThan(20)
    // A name the whole of Leaflet does not have is a type (L.PathOptions): nothing to bundle.
    const values = used.filter((path) => valueAt(wholeLeaflet, path) !== undefined)
    expect(values.map((path) => path.join('.'))).toContain('control.zoom')
    for (const path of values) expect(typeof valueAt(L, path), `L.${path.join('.')}`).toBe(typeof valueAt(wholeLeaflet, path))
  })

  it("keeps every one of Leaflet's gestures and map options, leaving out only popups", () => {
    const optionNames = (map: object) => Object.keys((valueAt(map, ['prototype', 'options']) ?? {}) as object).sort()
    const wholeOptions = optionNames(wholeLeaflet.Map)
    expect(wholeOptions).toContain('touchZoom')
    expect(optionNames(L.Map)).toEqual(wholeOptions.filter((name) => name !== 'closePopupOnClick'))
  })

  it('leaves out what the app never draws', () => {
    for (const name of ['marker', 'popup', 'geoJSON', 'svg', 'imageOverlay', 'rectangle']) {
      expect(valueAt(wholeLeaflet, [name]), name).toBeDefined()
      expect(valueAt(L, [name]), name).toBeUndefined()
    }
  })
})
