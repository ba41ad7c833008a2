import * as L from 'leaflet'

/** What the default tile server asks to be shown with its tiles. */
export const DEFAULT_TILE_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors'

/**
 * The map's attribution as a disclosure: the tile credit is always visible, the boundary sources open
 * on a tap. A phone-width map cannot give four lines of credits to the bottom of the map at all times.
 */
export class SourcesControl extends L.Control {
  private readonly container = document.createElement('div')
  private readonly toggle = document.createElement('summary')
  private readonly list = document.createElement('ul')

  /** `tileAttributionHtml` is build-time configuration (VITE_TILE_ATTRIBUTION), never data from the network. */
  constructor(tileAttributionHtml: string) {
    super({ position: 'bottomright' })
    this.container.className = 'map-sources leaflet-control-attribution'
    // The tile credit (it holds a link) stays outside the disclosure's summary, which must not contain links.
    const tileCredit = document.createElement('span')
    tileCredit.innerHTML = tileAttributionHtml
    const details = document.createElement('details')
    details.append(this.toggle, this.list)
    this.container.append(tileCredit, details)
    L.DomEvent.disableClickPropagation(this.container)
    L.DomEvent.disableScrollPropagation(this.container)
  }

  override onAdd(): HTMLElement {
    return this.container
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
