import { cp, mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, preview } from 'vite'

export interface RunningPreview {
  url: string
  close: () => Promise<void>
}

/** A build in a private temporary folder, served on a free loopback port; `close` removes the folder too. */
export interface ServedBuild extends RunningPreview {
  dir: string
}

/** Serves a production build on a free loopback port. */
export async function startPreview(outDir: string): Promise<RunningPreview> {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const address = server.httpServer.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  }
}

async function serveFolder(dir: string): Promise<ServedBuild> {
  const server = await startPreview(dir)
  return {
    dir,
    url: server.url,
    close: async () => {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Builds the app as it ships into a private folder (parallel runs never share dist/) and serves it.
 * Vitest sets NODE_ENV=test, with which Vite would bundle Vue's development build.
 */
export async function serveFreshBuild(purpose: string): Promise<ServedBuild> {
  const dir = await mkdtemp(join(tmpdir(), `safe-space-map-${purpose}-`))
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  return serveFolder(dir)
}

/** Serves a private copy of a build, for tests that publish new files into it. */
export async function servePrivateCopy(distDir: string): Promise<ServedBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'safe-space-map-copy-'))
  await cp(distDir, dir, { recursive: true })
  return serveFolder(dir)
}
