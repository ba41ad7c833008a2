// Imported by vite.config.ts: relative imports only.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin, ResolvedConfig } from 'vite'

/** Below this, a compressed copy saves less than its own headers cost. */
export const PRECOMPRESS_MIN_BYTES = 1024

const TEXT_FILE = /\.(?:js|mjs|css|html|json|svg|webmanifest|txt)$/
/** Files an operator may replace after the build (a static deployment's settings and dataset manifest): a copy would go stale. */
const REPLACED_AFTER_BUILD = new Set(['config.json', 'data/manifest.json'])

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** Whether the build writes `.br` and `.gz` copies of this file (a path relative to the build folder, `/`-separated). */
export function precompresses(path: string, bytes: number): boolean {
  return bytes >= PRECOMPRESS_MIN_BYTES && TEXT_FILE.test(path) && !REPLACED_AFTER_BUILD.has(path)
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, once every
 * other plugin has written its files (the service worker last): the app's server sends them to
 * browsers that accept them (`@fastify/static`'s preCompressed), and a static host can too. A phone
 * on a slow connection then downloads the app's code at about a third of its size.
 */
export function precompressPlugin(): Plugin {
  let outDir = ''
  return {
    name: 'safe-space-map:precompress',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const files = await filesUnder(outDir)
        await Promise.all(
          files.map(async (file) => {
            const path = relative(outDir, file).split(sep).join('/')
            const content = await readFile(file)
            if (!precompresses(path, content.length)) return
            const [br, gz] = await Promise.all([
              brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
              gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
            ])
            await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
          }),
        )
      },
    },
  }
}
