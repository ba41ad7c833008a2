import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Writes a file so readers never see half of it: write a uniquely named temporary file in the same
 * folder, then rename it over the target (atomic on one file system). Several builds may run at once.
 * Leaves an identical existing file untouched, so an unchanged rebuild does not wake file watchers.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const existing = await readFile(path, 'utf8').catch(() => undefined)
  if (existing === content) return
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(temporary, content, 'utf8')
    await rename(temporary, path)
  } finally {
    await rm(temporary, { force: true })
  }
}

/** Creates the output folder if needed. */
export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
}

/**
 * Deletes dataset.<hash8>.json files other than ours and the one manifest.json names now: a build
 * of different sources running at the same time may have written the manifest after us.
 */
export async function removeStaleDatasets(dir: string, current: string): Promise<string[]> {
  const named: unknown = await readFile(join(dir, 'manifest.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { file?: unknown }).file)
    .catch(() => undefined)
  const keep = new Set([current, named])
  const stale = (await readdir(dir)).filter((name) => /^dataset\.[0-9a-f]{8}\.json$/.test(name) && !keep.has(name))
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })))
  return stale
}
