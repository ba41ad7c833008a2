// `npm run bench`: prints speed and size figures for the notes. Nothing here asserts a time:
// these machines are shared and noisy, so figures are read, compared and written down.
import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { gotoApp, launchChromium, newPhoneContext } from '../e2e/support/chromium'
import { serveFreshBuild } from '../e2e/support/preview'
import { firstRunScripts, gzipTotal, returningVisitScripts } from '../support/firstScreenJs'
import { benchRanking } from './ranking'
import { benchServerLoad } from './serverLoad'

const RUNS = 5

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function row(label: string, values: number[], unit: string): string {
  return `${label.padEnd(44)} median ${median(values).toFixed(0)} ${unit}  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`
}

async function sizeOf(path: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(path)
  return { raw: bytes.length, gzip: gzipSync(bytes).length }
}

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile())
  const sizes = await Promise.all(files.map((entry) => stat(join(entry.parentPath, entry.name)).then((s) => s.size)))
  return sizes.reduce((sum, size) => sum + size, 0)
}

/** Time from navigation start to the first marker painted, as the map marks it. */
async function timeToFirstMarker(page: import('playwright-core').Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-marker-painted').length > 0, undefined, { timeout: 30_000 })
  return page.evaluate(() => performance.getEntriesByName('first-marker-painted')[0]!.startTime)
}

async function main(): Promise<void> {
  const server = await serveFreshBuild('bench')
  const outDir = server.dir
  const browser = await launchChromium()
  try {
    console.log('Sizes')
    const manifest = JSON.parse(await readFile(join(outDir, 'data', 'manifest.json'), 'utf8')) as { file: string; placeCount: number }
    const dataset = await sizeOf(join(outDir, 'data', manifest.file))
    const basemap = await sizeOf(join(outDir, 'data', 'basemap.json'))
    console.log(`  dataset (${manifest.placeCount} places)`.padEnd(46), `${(dataset.raw / 1024).toFixed(1)} KB, ${(dataset.gzip / 1024).toFixed(1)} KB gzip`)
    console.log('  offline basemap'.padEnd(46), `${(basemap.raw / 1024).toFixed(1)} KB, ${(basemap.gzip / 1024).toFixed(1)} KB gzip`)
    console.log('  whole build (dist/)'.padEnd(46), `${((await folderBytes(outDir)) / 1024).toFixed(1)} KB`)
    const sizeContext = await newPhoneContext(browser)
    const sizePage = await sizeContext.newPage()
    const visits = { 'first run': await firstRunScripts(sizePage, server.url, outDir), 'later visit': await returningVisitScripts(sizePage, server.url, outDir) }
    await sizeContext.close()
    for (const [visit, scripts] of Object.entries(visits)) {
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB gzip`
      console.log(`  first-screen JavaScript, ${visit}`.padEnd(46), `${kb(gzipTotal(scripts.firstScreen))} in ${scripts.firstScreen.length} files (budget 150 KB)`)
      console.log(`  deferred until it is shown, ${visit}`.padEnd(46), `${kb(gzipTotal(scripts.deferred))} in ${scripts.deferred.length} files`)
    }

    console.log(`\nTime from navigation to first marker painted (390×844, Chromium headless, tiles stubbed)`)
    const cold: number[] = []
    const warm: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const context = await newPhoneContext(browser)
      const page = await context.newPage()
      // First visit: past the first-run safety notice, as a resident would be.
      await gotoApp(page, server.url)
      cold.push(await timeToFirstMarker(page))
      // Let the first visit finish storing the dataset, then measure a visit served from IndexedDB.
      await page.waitForFunction(() => document.querySelector('[data-testid="dataset-status"]')?.getAttribute('data-phase') === 'ready')
      await page.reload()
      warm.push(await timeToFirstMarker(page))
      await context.close()
    }
    console.log(row('  first visit (network, empty IndexedDB; includes the safety notice)', cold, 'ms'))
    console.log(row('  warm visit (from IndexedDB)', warm, 'ms'))

    console.log('\nRanking and search (Node, synthetic places)')
    for (const line of benchRanking()) console.log(`  ${line}`)

    await benchServerLoad(server.url)
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
