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
 * Deletes dataset files (whole `dataset.<hash8>.json`, parts `dataset.p<province>.<hash8>.json`,
 * `dataset.common.<hash8>.json`) other than ours and the ones manifest.json names now: a build of
 * different sources running at the same time may have written the manifest after us.
 */
export async function removeStaleDatasets(dir: string, current: readonly string[]): Promise<string[]> {
  const named = await readFile(join(dir, 'manifest.json'), 'utf8')
    .then((text) => manifestFiles(JSON.parse(text)))
    .catch(() => [])
  const keep = new Set([...current, ...named])
  const stale = (await readdir(dir)).filter((name) => DATASET_FILE.test(name) && !keep.has(name))
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })))
  return stale
}

const DATASET_FILE = /^dataset\.(?:p\d+\.|common\.)?[0-9a-f]{8}\.json$/

function manifestFiles(manifest: { file?: unknown; common?: { file?: unknown }; parts?: Array<{ file?: unknown }> }): unknown[] {
  return [manifest.file, manifest.common?.file, ...(manifest.parts ?? []).map((part) => part.file)]
}
