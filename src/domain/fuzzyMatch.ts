/**
 * The fewest one-letter edits (insert, delete or replace) that turn `pattern` into some run of
 * letters inside `text`, or null when that takes more than `maxEdits`. Both are compared as they
 * are: pass them in search-key form (see search.ts), where tone marks and spacing are already gone.
 */
export function editsToFindIn(pattern: string, text: string, maxEdits: number): number | null {
  const m = pattern.length
  // Sellers' dynamic programme: row i is the cost of matching the first i letters of the pattern
  // ending at the current letter of the text; a match may start anywhere, so row 0 is always 0.
  let previous = Array.from({ length: m + 1 }, (_, i) => i)
  let current = new Array<number>(m + 1).fill(0)
  let best = m
  for (let j = 0; j < text.length && best > 0; j++) {
    const letter = text.charCodeAt(j)
    current[0] = 0
    for (let i = 1; i <= m; i++) {
      const replace = previous[i - 1]! + (pattern.charCodeAt(i - 1) === letter ? 0 : 1)
      current[i] = Math.min(replace, previous[i]! + 1, current[i - 1]! + 1)
    }
    best = Math.min(best, current[m]!)
    ;[previous, current] = [current, previous]
  }
  return best <= maxEdits ? best : null
}
