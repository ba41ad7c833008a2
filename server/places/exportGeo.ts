import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SourcePlace } from '@common/placeSource'
import { placesByKind, sourceFileText } from '@common/sourceFiles'
import type { Kysely } from 'kysely'
import { ensureDir, writeFileAtomic } from '../../geo/build/write'
import type { Database } from '../db/schema'
import { readWorkingSet } from './workingSet'

/** The ids in a source file, in its order (none when it does not exist or cannot be read). */
async function idsInFile(path: string): Promise<string[]> {
  try {
    const content = JSON.parse(await readFile(path, 'utf8')) as { features?: Array<{ properties?: { id?: unknown } }> }
    return (content.features ?? []).flatMap((feature) => (typeof feature.properties?.id === 'string' ? [feature.properties.id] : []))
  } catch {
    return []
  }
}

/** Places in the order a file already lists them, new ones after, by id. */
function inFileOrder(places: readonly SourcePlace[], existing: readonly string[]): SourcePlace[] {
  const position = new Map(existing.map((id, index) => [id, index]))
  const rank = (place: SourcePlace) => position.get(place.properties.id) ?? existing.length
  return [...places].sort((a, b) => rank(a) - rank(b) || (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0))
}

/**
 * Writes the places the database publishes (its working set: every approval publishes it) to
 * `<placesDir>/<kind>.geojson` in the source format, keeping each file's order and key order, so
 * `git diff geo/` shows exactly what volunteers changed. Returns the files whose content changed.
 */
export async function exportPlacesToGeo(db: Kysely<Database>, placesDir: string): Promise<string[]> {
  await ensureDir(placesDir)
  const places = (await readWorkingSet(db)).map((row) => row.source)
  const changed: string[] = []
  for (const [kind, ofKind] of placesByKind(places)) {
    const path = join(placesDir, `${kind}.geojson`)
    const before = await readFile(path, 'utf8').catch(() => undefined)
    const text = sourceFileText(inFileOrder(ofKind, await idsInFile(path)))
    if (text === before) continue
    await writeFileAtomic(path, text)
    changed.push(path)
  }
  return changed
}
