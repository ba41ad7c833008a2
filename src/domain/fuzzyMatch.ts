/**
 * The fewest one-letter edits (insert, delete or replace) that turn `pattern` into some run of
 * letters inside `text`, or null when that takes more than `maxEdits`. Both are compared as they
 * are: pass them in search-key form (see search.ts), where tone marks and spacing are already gone.
 */
export function editsToFindIn(pattern: string, text: string, maxEdits: number): number | null {
  const m = pattern.length
  const tooMany = maxEdits + 1
  // Sellers' dynamic programme, one column per letter of the text: row i is the cost of matching the
  // first i letters of the pattern ending at that letter (row 0 is always 0: a match may start
  // anywhere). Ukkonen's cut-off: rows past the last one within maxEdits ("active") only hold
  // tooMany, so each column is computed only up to one row past the last active one.
  const rows = Array.from({ length: m + 1 }, (_, i) => Math.min(i, tooMany))
  let active = Math.min(maxEdits, m)
  let best = active === m ? rows[m]! : tooMany
  for (let j = 0; j < text.length && best > 0; j++) {
    const letter = text.charCodeAt(j)
    const last = Math.min(active + 1, m)
    let diagonal = 0
    let left = 0
    for (let i = 1; i <= last; i++) {
      const up = rows[i]!
      const cost = Math.min(diagonal + (pattern.charCodeAt(i - 1) === letter ? 0 : 1), up + 1, left + 1, tooMany)
      diagonal = up
      rows[i] = cost
      left = cost
    }
    active = last
    while (rows[active]! > maxEdits) active--
    if (active === m) best = Math.min(best, rows[m]!)
  }
  return best <= maxEdits ? best : null
}
