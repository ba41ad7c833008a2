import * as L from 'leaflet'
import type { BasemapMode } from './tileBasemap'

/** What the default tile server asks to be shown with its tiles. */
export const DEFAULT_TILE_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors'

/** What the offline basemap draws from OpenStreetMap (rivers, khlongs, railways), credited as its ODbL asks. */
const OSM_DATA_CREDIT =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors (ODbL)'

/**
 * The map's attribution as a disclosure: the credit of what is drawn is always visible — the tiles
 * while they show, the offline basemap's OpenStreetMap lines when they do not — and the boundary
 * sources open on a tap. A phone-width map cannot give four lines of credits at all times.
 */
export class SourcesControl extends L.Control {
  private readonly container = document.createElement('div')
  private readonly tileCredit = document.createElement('span')
  private readonly offlineCredit = document.createElement('span')
  private readonly offlineWhat = document.createElement('span')
  private readonly toggle = document.createElement('summary')
  private readonly list = document.createElement('ul')

  /** `tileAttributionHtml` is build-time configuration (VITE_TILE_ATTRIBUTION), never data from the network. */
  constructor(tileAttributionHtml: string) {
    super({ position: 'bottomright' })
    this.container.className = 'map-sources leaflet-control-attribution'
    // The credits (they hold links) stay outside the disclosure's summary, which must not contain links.
    this.tileCredit.innerHTML = tileAttributionHtml
    this.tileCredit.dataset.testid = 'tile-credit'
    const osm = document.createElement('span')
    osm.innerHTML = OSM_DATA_CREDIT
    this.offlineCredit.append(this.offlineWhat, ' ', osm)
    this.offlineCredit.dataset.testid = 'offline-credit'
    const details = document.createElement('details')
    details.append(this.toggle, this.list)
    this.container.append(this.tileCredit, this.offlineCredit, details)
    this.setMode('tiles')
    L.DomEvent.disableClickPropagation(this.container)
    L.DomEvent.disableScrollPropagation(this.container)
  }

  override onAdd(): HTMLElement {
    return this.container
  }

  /** The words on the disclosure ("sources") and for the offline lines ("rivers, khlongs, railways"), in the person's language. */
  setWords(sources: string, offlineLines: string): void {
    this.toggle.textContent = sources
    this.offlineWhat.textContent = offlineLines
  }

  /** Credits the tiles while they show; without them, the lines the offline basemap draws. */
  setMode(mode: BasemapMode): void {
    this.tileCredit.hidden = mode !== 'tiles'
    this.offlineCredit.hidden = mode === 'tiles'
  }

  /** The attribution lines of the data under the map (district boundaries, codes). */
  setLines(lines: readonly string[]): void {
    this.list.replaceChildren(
      ...[...lines, 'Leaflet (BSD-2-Clause)'].map((line) => {
        const item = document.createElement('li')
        item.textContent = line
        return item
      }),
    )
  }
}
