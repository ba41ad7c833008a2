import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { newPhoneContext } from '../e2e/support/chromium'
import { firstRunScripts, gzipTotal, returningVisitScripts } from '../support/firstScreenJs'

async function sizeOf(path: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(path)
  return { raw: bytes.length, gzip: gzipSync(bytes).length }
}

/** The build's files, not counting the compressed copies the server sends in their place. */
async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile() && !/\.(?:br|gz)$/.test(entry.name))
  const sizes = await Promise.all(files.map((entry) => stat(join(entry.parentPath, entry.name)).then((s) => s.size)))
  return sizes.reduce((sum, size) => sum + size, 0)
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Lines for the dataset, basemap and build sizes, and the first-screen JavaScript of both visits. */
export async function sizeLines(browser: Browser, url: string, outDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(outDir, 'data', 'manifest.json'), 'utf8')) as { file: string; placeCount: number }
  const dataset = await sizeOf(join(outDir, 'data', manifest.file))
  const basemap = await sizeOf(join(outDir, 'data', 'basemap.json'))
  const lines = [
    `${`dataset (${manifest.placeCount} places)`.padEnd(44)} ${kb(dataset.raw)}, ${kb(dataset.gzip)} gzip`,
    `${'offline basemap'.padEnd(44)} ${kb(basemap.raw)}, ${kb(basemap.gzip)} gzip`,
    `${'whole build (dist/, not its .br/.gz copies)'.padEnd(44)} ${kb(await folderBytes(outDir))}`,
  ]
  const context = await newPhoneContext(browser)
  try {
    const page = await context.newPage()
    const visits = { 'first run': await firstRunScripts(page, url, outDir), 'later visit': await returningVisitScripts(page, url, outDir) }
    for (const [visit, scripts] of Object.entries(visits)) {
      lines.push(`${`first-screen JavaScript, ${visit}`.padEnd(44)} ${kb(gzipTotal(scripts.firstScreen))} gzip in ${scripts.firstScreen.length} files (budget 150 KB)`)
      lines.push(`${`deferred until it is shown, ${visit}`.padEnd(44)} ${kb(gzipTotal(scripts.deferred))} gzip in ${scripts.deferred.length} files`)
    }
  } finally {
    await context.close()
  }
  return lines
}
