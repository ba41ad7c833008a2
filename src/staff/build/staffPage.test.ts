import { describe, expect, it } from 'vitest'
import type { Rolldown } from 'vite'
import { pageAssetFileName, pageChunkFileName, SEPARATE_PAGE_FILES, SEPARATE_PAGE_NAVIGATIONS } from './staffPage'

const chunk = (fields: Partial<Rolldown.PreRenderedChunk>) => ({ isEntry: false, name: 'x', facadeModuleId: null, moduleIds: [], ...fields }) as Rolldown.PreRenderedChunk
const asset = (names: string[], originalFileNames: string[]) => ({ names, originalFileNames }) as unknown as Rolldown.PreRenderedAsset

describe('separate pages in the build', () => {
  it('writes each page’s entry and its own chunks into its folder, and the resident’s into assets/', () => {
    expect(pageChunkFileName(chunk({ isEntry: true, name: 'workshop' }))).toBe('workshop/[hash].js')
    expect(pageChunkFileName(chunk({ isEntry: true, name: 'staff' }))).toBe('staff/[hash].js')
    expect(pageChunkFileName(chunk({ isEntry: true, name: 'main' }))).toBe('assets/[hash].js')
    expect(pageChunkFileName(chunk({ moduleIds: ['/r/src/workshop/qrCode.ts'] }))).toBe('workshop/[hash].js')
    expect(pageChunkFileName(chunk({ moduleIds: ['/r/src/staff/inbox/ReportAnswers.vue', '/r/src/workshop/WorkshopApp.vue'] }))).toBe('staff/[hash].js')
  })

  it('keeps a chunk the resident app shares in assets/', () => {
    expect(pageChunkFileName(chunk({ moduleIds: ['/r/src/workshop/qrCode.ts', '/r/node_modules/vue/index.js'] }))).toBe('assets/[hash].js')
    expect(pageChunkFileName(chunk({ moduleIds: [] }))).toBe('assets/[hash].js')
  })

  it('writes each page’s styles into its folder', () => {
    expect(pageAssetFileName(asset(['workshop.css'], []))).toBe('workshop/[hash][extname]')
    expect(pageAssetFileName(asset(['index.css'], ['/r/src/styles.css']))).toBe('assets/[hash][extname]')
  })

  it('tells the service worker to leave both pages alone', () => {
    expect(SEPARATE_PAGE_FILES).toEqual(['staff.html', 'staff/**', 'workshop.html', 'workshop/**'])
    for (const path of ['/staff', '/staff.html', '/workshop', '/workshop/']) expect(SEPARATE_PAGE_NAVIGATIONS.some((pattern) => pattern.test(path)), path).toBe(true)
    for (const path of ['/', '/index.html', '/workshops-near-me']) expect(SEPARATE_PAGE_NAVIGATIONS.some((pattern) => pattern.test(path)), path).toBe(false)
  })
})
