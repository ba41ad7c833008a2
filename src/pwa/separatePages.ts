// Build-time wiring of the pages that are not the resident's app (imported by vite.config.ts, not by
// the app): the staff page (/staff) and the workshop's presenter page (/workshop, src/presenter/). Each is its own entry
// of the build, its files written to its own folder, which the service worker never precaches
// (src/pwa/pwaOptions.ts), so a resident's phone never stores their code.
import { fileURLToPath } from 'node:url'
import type { Connect, Plugin, Rolldown } from 'vite'

interface SeparatePage {
  /** The entry's name, its HTML file (`<name>.html`), its folder in the build and its path (`/<name>`). */
  name: string
  /** The page's own source files: a chunk made only of these is the page's. */
  source: RegExp
}

/** The pages besides the resident's app. */
export const SEPARATE_PAGES: readonly SeparatePage[] = [
  { name: 'staff', source: /\/(?:src|common)\/staff\// },
  { name: 'workshop', source: /\/src\/presenter\// },
]

/** The separate pages as entries of the build, beside the resident's index.html. */
export const SEPARATE_PAGE_INPUTS: Record<string, string> = Object.fromEntries(
  SEPARATE_PAGES.map(({ name }) => [name, fileURLToPath(new URL(`../../${name}.html`, import.meta.url))]),
)

/** The build's files the service worker must never precache, and the navigations it must leave to the server. */
export const SEPARATE_PAGE_FILES = SEPARATE_PAGES.flatMap(({ name }) => [`${name}.html`, `${name}/**`])
export const SEPARATE_PAGE_NAVIGATIONS = SEPARATE_PAGES.map(({ name }) => new RegExp(`/${name}(?:\\.html)?/?$`))

function pageOf(moduleId: string): SeparatePage | undefined {
  return SEPARATE_PAGES.find((page) => page.source.test(moduleId))
}

/**
 * The separate page a chunk or asset belongs to: named after it, or made only of separate pages'
 * modules (a piece one page shares with another, such as the staff inbox's report display the
 * presenter page reuses, goes with the first module's page). Otherwise it is the resident's.
 */
function pageOfModules(moduleIds: readonly string[]): SeparatePage | undefined {
  const pages = moduleIds.map(pageOf)
  return pages.length > 0 && pages.every((page) => page !== undefined) ? pages[0] : undefined
}

function folderOf(page: SeparatePage | undefined): string {
  return page?.name ?? 'assets'
}

/** A separate page's code goes under its own folder, everything else under assets/. */
function chunkFolder(chunk: Rolldown.PreRenderedChunk): string {
  const page =
    SEPARATE_PAGES.find(({ name }) => chunk.isEntry && chunk.name === name) ??
    (chunk.facadeModuleId ? pageOf(chunk.facadeModuleId) : undefined) ??
    pageOfModules(chunk.moduleIds)
  return folderOf(page)
}

/**
 * The build's output file names (hashed names only), one set per build: a separate page's code and
 * styles under its own folder, everything else under assets/. A chunk's styles are split into an asset named
 * after the chunk (`<chunk>.css`, no original file when the chunk is shared, e.g. the staff page's
 * styles the presenter page reuses), so each asset goes where its chunk went. Two chunks of one name
 * in different folders send their styles to assets/, so the resident app never misses a style.
 */
export function separatePageFileNames(): Pick<Rolldown.OutputOptions, 'entryFileNames' | 'chunkFileNames' | 'assetFileNames'> {
  const chunkFolders = new Map<string, string>()
  const chunkFileName = (chunk: Rolldown.PreRenderedChunk): string => {
    const folder = chunkFolder(chunk)
    const known = chunkFolders.get(chunk.name)
    chunkFolders.set(chunk.name, known === undefined || known === folder ? folder : 'assets')
    return `${folder}/[hash].js`
  }
  const assetFileName = (asset: Rolldown.PreRenderedAsset): string => {
    const page = SEPARATE_PAGES.find(({ name }) => asset.names.includes(`${name}.css`)) ?? pageOfModules(asset.originalFileNames)
    const ofChunk = asset.originalFileNames.length === 0 ? asset.names.map((name) => chunkFolders.get(name.replace(/\.css$/, ''))).find(Boolean) : undefined
    return `${page ? folderOf(page) : (ofChunk ?? 'assets')}/[hash][extname]`
  }
  return { entryFileNames: chunkFileName, chunkFileNames: chunkFileName, assetFileNames: assetFileName }
}

/**
 * `codeSplitting.groups`: everything the resident's first screen imports statically (from
 * `residentEntry`) stays together in one chunk, as it was with one entry. Without it, the modules
 * the separate pages share would be cut into several chunks, and the resident's first screen would
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

const PAGE_PATHS = SEPARATE_PAGES.map(({ name }) => ({ path: new RegExp(`^/${name}/?(?=$|\\?)`), file: `/${name}.html` }))

const servePagesAtTheirPaths: Connect.NextHandleFunction = (request, _response, next) => {
  const page = PAGE_PATHS.find(({ path }) => request.url && path.test(request.url))
  if (page && request.url) request.url = request.url.replace(page.path, page.file)
  next()
}

/** `vite` and `vite preview` answer /staff and /workshop with their pages, as the server does. */
export function separatePagesPlugin(): Plugin {
  return {
    name: 'safe-space-map:separate-pages',
    configureServer: (server) => void server.middlewares.use(servePagesAtTheirPaths),
    configurePreviewServer: (server) => void server.middlewares.use(servePagesAtTheirPaths),
  }
}
