import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { gotoApp } from '../e2e/support/chromium'

export interface ScriptSize {
  path: string
  gzipBytes: number
  source: string
}

/** The resident's first screen may load at most this much JavaScript, gzip-compressed. */
export const FIRST_SCREEN_JS_BUDGET_BYTES = 150 * 1024

/**
 * Opens the app (past the first-run safety notice) and measures every same-origin script loaded
 * until the map shows, by gzipping the built files themselves, so the figure does not depend on the server.
 */
export async function firstScreenScripts(page: Page, baseUrl: string, distDir: string): Promise<ScriptSize[]> {
  const paths = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (request.resourceType() === 'script' && url.origin === new URL(baseUrl).origin) paths.add(url.pathname)
  })
  await gotoApp(page, baseUrl)
  await page.getByTestId('map').waitFor()
  await page.waitForLoadState('networkidle')
  return Promise.all(
    [...paths].map(async (path) => {
      const bytes = await readFile(join(distDir, path))
      return { path, gzipBytes: gzipSync(bytes).length, source: bytes.toString('utf8') }
    }),
  )
}
