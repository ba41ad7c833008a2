import { describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import { SEPARATE_PAGE_FILES, SEPARATE_PAGE_NAVIGATIONS, separatePageFileNames } from './separatePages'

const chunk = (fields: Partial<Rolldown.PreRenderedChunk>) => ({ isEntry: false, name: 'x', facadeModuleId: null, moduleIds: [], ...fields }) as Rolldown.PreRenderedChunk
const asset = (names: string[], originalFileNames: string[]) => ({ names, originalFileNames }) as unknown as Rolldown.PreRenderedAsset

/** The file-name functions of one build. */
function fileNames() {
  const names = separatePageFileNames()
  return {
    chunk: (fields: Partial<Rolldown.PreRenderedChunk>) => (names.chunkFileNames as (chunk: Rolldown.PreRenderedChunk) => string)(chunk(fields)),
    asset: (...args: Parameters<typeof asset>) => (names.assetFileNames as (asset: Rolldown.PreRenderedAsset) => string)(asset(...args)),
  }
}

describe('separate pages in the build', () => {
  it('writes each page’s entry and its own chunks into its folder, and the resident’s into assets/', () => {
    const { chunk: pageChunkFileName } = fileNames()
    expect(pageChunkFileName(chunk({ isEntry: true, name: 'workshop' }))).toBe('workshop/[hash].js')
    expect(pageChunkFileName(chunk({ isEntry: true, name: 'staff' }))).toBe('staff/[hash].js')
    expect(pageChunkFileName(chunk({ isEntry: true, name: 'main' }))).toBe('assets/[hash].js')
    expect(pageChunkFileName(chunk({ moduleIds: ['/r/src/presenter/qrCode.ts'] }))).toBe('workshop/[hash].js')
    expect(pageChunkFileName(chunk({ moduleIds: ['/r/src/staff/inbox/ReportAnswers.vue', '/r/src/presenter/WorkshopApp.vue'] }))).toBe('staff/[hash].js')
  })

  it('keeps a chunk the resident app shares in assets/', () => {
    const { chunk: pageChunkFileName } = fileNames()
    expect(pageChunkFileName(chunk({ moduleIds: ['/r/src/presenter/qrCode.ts', '/r/node_modules/vue/index.js'] }))).toBe('assets/[hash].js')
    expect(pageChunkFileName(chunk({ moduleIds: [] }))).toBe('assets/[hash].js')
  })

  it('writes each page’s styles into its folder, with those of a chunk the pages share', () => {
    const names = fileNames()
    expect(names.asset(['workshop.css'], ['workshop.html'])).toBe('workshop/[hash][extname]')
    expect(names.asset(['index.css'], ['/r/src/styles.css'])).toBe('assets/[hash][extname]')
    names.chunk({ name: 'ProblemMessage', moduleIds: ['/r/src/staff/staff.css', '/r/src/staff/components/ProblemMessage.vue'] })
    names.chunk({ name: 'shell', moduleIds: ['/r/src/main.ts'] })
    expect(names.asset(['ProblemMessage.css'], [])).toBe('staff/[hash][extname]')
    expect(names.asset(['shell.css'], [])).toBe('assets/[hash][extname]')
  })

  it('sends the styles of two same-named chunks in different folders to assets/, where the resident app finds them', () => {
    const names = fileNames()
    names.chunk({ name: 'index', moduleIds: ['/r/src/presenter/a.ts'] })
    names.chunk({ name: 'index', moduleIds: ['/r/src/pages/b.ts'] })
    expect(names.asset(['index.css'], [])).toBe('assets/[hash][extname]')
  })

  it('tells the service worker to leave both pages alone', () => {
    expect(SEPARATE_PAGE_FILES).toEqual(['staff.html', 'staff/**', 'workshop.html', 'workshop/**'])
    for (const path of ['/staff', '/staff.html', '/workshop', '/workshop/']) expect(SEPARATE_PAGE_NAVIGATIONS.some((pattern) => pattern.test(path)), path).toBe(true)
    for (const path of ['/', '/index.html', '/workshops-near-me']) expect(SEPARATE_PAGE_NAVIGATIONS.some((pattern) => pattern.test(path)), path).toBe(false)
  })
})
