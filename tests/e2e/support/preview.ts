import type { AddressInfo } from 'node:net'
import { preview } from 'vite'

export interface RunningPreview {
  url: string
  close: () => Promise<void>
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
