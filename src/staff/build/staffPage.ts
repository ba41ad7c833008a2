// Build-time wiring of the staff page (imported by vite.config.ts, not by the app).
import { fileURLToPath } from 'node:url'
import type { Connect, Plugin, Rolldown } from 'vite'

/** The staff page as a second entry of the build, beside the resident's index.html. */
export const STAFF_INPUT = { staff: fileURLToPath(new URL('../../../staff.html', import.meta.url)) }

/**
 * The folder the staff page's own files are written to; the service worker's precache leaves it out
 * (src/pwa/pwaOptions.ts), so a resident's phone never stores staff code.
 */
export const STAFF_ASSET_DIR = 'staff'

const STAFF_SOURCE = /\/(?:src|common)\/staff\//

function isStaffOnly(moduleIds: readonly string[]): boolean {
  return moduleIds.length > 0 && moduleIds.every((id) => STAFF_SOURCE.test(id))
}

/** `entryFileNames`/`chunkFileNames`: staff code under staff/, everything else under assets/, hashed names only. */
export function staffChunkFileName(chunk: Rolldown.PreRenderedChunk): string {
  const staff =
    (chunk.isEntry && chunk.name === 'staff') || STAFF_SOURCE.test(chunk.facadeModuleId ?? '') || isStaffOnly(chunk.moduleIds)
  return `${staff ? STAFF_ASSET_DIR : 'assets'}/[hash].js`
}

/** `assetFileNames`: the staff page's styles under staff/ too. */
export function staffAssetFileName(asset: Rolldown.PreRenderedAsset): string {
  const staff = asset.names.some((name) => name === 'staff.css') || isStaffOnly(asset.originalFileNames)
  return `${staff ? STAFF_ASSET_DIR : 'assets'}/[hash][extname]`
}

/**
 * `codeSplitting.groups`: everything the resident's first screen imports statically (from
 * `residentEntry`) stays together in one chunk, as it was with one entry. Without it, the modules
 * the staff page shares would be cut into several chunks, and the resident's first screen would
 * pay for the extra chunk boundaries (about 1.5 KB gzip, measured) inside its 150 KB budget.
 */
export function residentShellGroup(residentEntry: string): Rolldown.CodeSplittingGroup {
  let shell: Set<string> | undefined
  function staticallyImported(ctx: Rolldown.ChunkingContext): Set<string> {
    const seen = new Set<string>()
    const queue = [...(ctx.getModuleInfo(residentEntry)?.importedIds ?? [])]
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (seen.has(id)) continue
      seen.add(id)
      queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []))
    }
    return seen
  }
  return {
    debugName: 'resident-shell',
    name: (id, ctx) => {
      shell ??= staticallyImported(ctx)
      return shell.has(id) ? 'shell' : null
    },
  }
}

const STAFF_PATH = /^\/staff\/?(?=$|\?)/

const servePageAtStaff: Connect.NextHandleFunction = (request, _response, next) => {
  if (request.url && STAFF_PATH.test(request.url)) request.url = request.url.replace(STAFF_PATH, '/staff.html')
  next()
}

/** `vite` and `vite preview` answer /staff with the staff page, as the server does. */
export function staffPagePlugin(): Plugin {
  return {
    name: 'safe-space-map:staff-page',
    configureServer: (server) => void server.middlewares.use(servePageAtStaff),
    configurePreviewServer: (server) => void server.middlewares.use(servePageAtStaff),
  }
}
