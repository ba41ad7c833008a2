import { existsSync, readdirSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import type { PGlite } from '@electric-sql/pglite'

/**
 * Where a running server writes the backup it is asked for (SIGUSR2): beside the data folder,
 * never inside it (a dump of the folder would then contain the last backup).
 */
export function signalledBackupPath(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}.backup.tar.gz`
}

/** Writes a consistent copy of the embedded database (PGlite's dumpDataDir) to `path`, atomically. */
export async function writeBackup(pglite: PGlite, path: string): Promise<void> {
  const dump = await pglite.dumpDataDir('gzip')
  const temporary = `${path}.${process.pid}.tmp`
  try {
    await writeFile(temporary, Buffer.from(await dump.arrayBuffer()))
    await rename(temporary, path)
  } finally {
    await rm(temporary, { force: true })
  }
}

/** A backup file as PGlite's `loadDataDir` takes it. */
export async function readBackup(path: string): Promise<Blob> {
  return new Blob([await readFile(path)])
}

/** True when the folder is missing or holds nothing. */
export function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0
}
