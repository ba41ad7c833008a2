import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPreview, type RunningPreview } from './preview'

export interface PrivateServer extends RunningPreview {
  dir: string
}

/** Serves a private copy of the build, for tests that publish new files into it. */
export async function servePrivateCopy(distDir: string): Promise<PrivateServer> {
  const dir = await mkdtemp(join(tmpdir(), 'safe-space-map-copy-'))
  await cp(distDir, dir, { recursive: true })
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
