import type { Hotline } from '@common/place'
import { parseQuery, searchKey } from './search'

function hotlineKey(hotline: Hotline): string {
  const texts = [hotline.kind === 'phone' ? hotline.number : hotline.account, hotline.name.th, hotline.name.en]
  return texts.flatMap((text) => (text ? [searchKey(text)] : [])).join('\n')
}

/**
 * The hotlines a search names: by number ("1300", "13 00") or by name ("สายเด็ก", "childline"),
 * every word of the query found as typed; none for an empty query.
 */
export function hotlinesMatching(hotlines: readonly Hotline[], query: string): Hotline[] {
  const terms = parseQuery(query)
  if (terms.length === 0) return []
  return hotlines.filter((hotline) => {
    const key = hotlineKey(hotline)
    return terms.every((term) => term.some((reading) => key.includes(reading)))
  })
}
