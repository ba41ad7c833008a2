// `npm run dev`: the API server (embedded or DATABASE_URL) and Vite's dev server with hot reload,
// in one process; Vite forwards /api to the API server.
import { createServer } from 'vite'
import { loadConfig } from '../config'
import { startServer } from '../start'

const config = loadConfig()
// The API listens on the configured port; Vite takes the next free one and prints its own URL.
const api = await startServer(config)
const vite = await createServer({ server: { host: config.host, proxy: { '/api': api.url.replace(/\/$/, '') } } })
await vite.listen()
vite.printUrls()
console.log(`API: ${api.url}api/config (database: ${config.databaseUrl ? 'PostgreSQL' : config.dataDir})`)

const stop = async (): Promise<void> => {
  await vite.close()
  await api.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
