import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

/**
 * A tiny stand-in for vite build's output (dist/): an index page, a hashed asset, the basemap, sw.js;
 * the page and the asset with the .br and .gz copies the build writes (src/pwa/precompressPlugin.ts).
 */
export function fakeDist(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ssm-fake-dist-'))
  mkdirSync(join(dir, 'assets'))
  mkdirSync(join(dir, 'data'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="th"><title>แผนที่พื้นที่ปลอดภัย</title><div id="app"></div>')
  writeFileSync(join(dir, 'assets', 'Abc123.js'), 'export const app = 1\n')
  writeFileSync(join(dir, 'data', 'basemap.json'), '{"type":"FeatureCollection","features":[]}')
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})\n')
  for (const file of ['index.html', join('assets', 'Abc123.js')]) {
    const content = readFileSync(join(dir, file))
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(content))
    writeFileSync(join(dir, `${file}.gz`), gzipSync(content))
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
