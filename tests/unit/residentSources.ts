import { readdirSync } from 'node:fs'
import { join } from 'node:path'

// Vitest runs from the project root.
export const SRC = join(process.cwd(), 'src')

/** Folders of src/ that are separate pages (src/pwa/separatePages.ts), never loaded by the resident's app. */
const SEPARATE_PAGE_FOLDERS = ['staff', 'presenter'].map((folder) => join(SRC, folder))

/** Build-time configuration under src/ (imported by vite.config.ts, never by the app). */
const BUILD_TIME_FILES = ['pwa/pwaOptions.ts', 'pwa/separatePages.ts'].map((file) => join(SRC, file))

/** The resident app's source files (.ts, .vue) under src/, optionally with their tests; never the separate pages or build configuration. */
export function residentSourceFiles({ withTests }: { withTests: boolean }, dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return SEPARATE_PAGE_FOLDERS.includes(path) ? [] : residentSourceFiles({ withTests }, path)
    if (!/\.(ts|vue)$/.test(entry.name) || BUILD_TIME_FILES.includes(path)) return []
    return withTests || !/\.test\.ts$/.test(entry.name) ? [path] : []
  })
}
