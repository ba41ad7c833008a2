import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_PATH } from './chromium'
import { startPreview } from './preview'

/**
 * Builds the app once into a private folder (so parallel runs never share dist/) and serves it.
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

  const outDir = await mkdtemp(join(tmpdir(), 'safe-space-map-e2e-'))
  // Vitest sets NODE_ENV=test, with which Vite bundles Vue's development build; test what ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const preview = await startPreview(outDir)
  project.provide('baseUrl', preview.url)
  project.provide('distDir', outDir)

  return async () => {
    await preview.close()
    await rm(outDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
    hasChromium: boolean
  }
}
