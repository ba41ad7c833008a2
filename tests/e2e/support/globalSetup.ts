import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { pgliteTemplate } from '../../../server/testing/template'
import { CHROMIUM_PATH } from './chromium'
import { serveFreshBuild } from './preview'

/**
 * Builds the app once, as it ships, and serves it with the app's server for every test file.
 * The database is migrated and seeded once into a template that every server here starts from.
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

  const templateDir = await mkdtemp(join(tmpdir(), 'safe-space-map-e2e-db-'))
  const templateFile = join(templateDir, 'template.tar.gz')
  await writeFile(templateFile, Buffer.from(await (await pgliteTemplate()).arrayBuffer()))
  const served = await serveFreshBuild('e2e', templateFile)
  project.provide('baseUrl', served.url)
  project.provide('distDir', served.dir)
  project.provide('databaseTemplate', templateFile)
  return async () => {
    await served.close()
    await rm(templateDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
    /** A migrated, seeded PGlite dump for servePrivateCopy. */
    databaseTemplate: string
    hasChromium: boolean
  }
}
