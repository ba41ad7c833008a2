import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const PAGE_DIR = fileURLToPath(new URL('.', import.meta.url))
const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * Bundles the plain-Leaflet baseline page (Leaflet from node_modules, minified like the app) into a
 * temporary folder and copies the app build's published data beside it, so both draw the same places.
 */
export async function buildBaseline(appBuildDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'safe-space-map-baseline-'))
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      configFile: false,
      root: PAGE_DIR,
      base: './',
      logLevel: 'warn',
      resolve: {
        alias: [
          { find: '@common', replacement: join(PROJECT_ROOT, 'common') },
          { find: '@', replacement: join(PROJECT_ROOT, 'src') },
          // A plain Leaflet page: the whole of Leaflet's ESM build (the app bundles only the parts it uses, src/map/leafletParts.ts).
          { find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' },
        ],
      },
      build: { outDir: dir, emptyOutDir: true, target: 'es2022', sourcemap: false },
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  await cp(join(appBuildDir, 'data'), join(dir, 'data'), { recursive: true })
  return dir
}
