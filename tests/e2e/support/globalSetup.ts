import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_PATH } from './chromium'
import { serveFreshBuild } from './preview'

/**
 * Builds the app once, as it ships, and serves it for every test file.
 * Without Chromium the E2E tests are skipped with a reason locally, and fail in CI.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const hasChromium = existsSync(CHROMIUM_PATH)
  if (!hasChromium) {
    const reason = `E2E skipped: ${CHROMIUM_PATH} not found (install it with: apt-get install -y chromium)`
    if (process.env.CI) throw new Error(`${reason}. CI requires the end-to-end tests.`)
    console.warn(reason)
  }
  project.provide('hasChromium', hasChromium)

  const served = await serveFreshBuild('e2e')
  project.provide('baseUrl', served.url)
  project.provide('distDir', served.dir)
  return served.close
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
    hasChromium: boolean
  }
}
