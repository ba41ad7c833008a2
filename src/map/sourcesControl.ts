import * as L from 'leaflet'

/** What the default tile server asks to be shown with its tiles. */
export const DEFAULT_TILE_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors'

/**
 * The map's attribution as a disclosure: the tile credit is always visible, the boundary sources open
 * on a tap. A phone-width map cannot give four lines of credits to the bottom of the map at all times.
 */
export class SourcesControl extends L.Control {
  private readonly details = document.createElement('details')
  private readonly toggle = document.createElement('span')
  private readonly list = document.createElement('ul')

  /** `tileAttributionHtml` is build-time configuration (VITE_TILE_ATTRIBUTION), never data from the network. */
  constructor(tileAttributionHtml: string) {
    super({ position: 'bottomright' })
    this.details.className = 'map-sources leaflet-control-attribution'
    const summary = document.createElement('summary')
    const tileCredit = document.createElement('span')
    tileCredit.innerHTML = tileAttributionHtml
    this.toggle.className = 'map-sources__toggle'
    summary.append(tileCredit, this.toggle)
    this.details.append(summary, this.list)
    L.DomEvent.disableClickPropagation(this.details)
    L.DomEvent.disableScrollPropagation(this.details)
  }

  override onAdd(): HTMLElement {
    return this.details
  }

  /** The words on the disclosure ("sources" in the person's language). */
  setToggleLabel(text: string): void {
    this.toggle.textContent = text
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
