/** Rows of an element, in px from its top edge. */
export interface Band {
  top: number
  bottom: number
}

/**
 * The rows of `element` not covered by anything drawn over it (the place sheet, the legend) or
 * scrolled out of the window, sampled down its middle every `step` px. Null when none shows.
 */
export function visibleBand(element: HTMLElement, step = 8): Band | null {
  const rect = element.getBoundingClientRect()
  const x = rect.left + rect.width / 2
  let top: number | null = null
  let bottom: number | null = null
  for (let y = rect.top + step / 2; y < rect.bottom; y += step) {
    const hit = document.elementFromPoint(x, y)
    if (!hit || !element.contains(hit)) continue
    top ??= y - rect.top
    bottom = y - rect.top
  }
  return top === null || bottom === null ? null : { top, bottom }
}
