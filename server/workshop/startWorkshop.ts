import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'
import type { WorkshopAccount, WorkshopAddress, WorkshopConfig } from '@common/workshop/api'
import { startServer, type RunningServer, type StartOptions } from '../start'
import { usableLanAddresses } from './lanAddresses'
import { prepareWorkshop, type WorkshopRuntime } from './workshopRuntime'
import type { WorkshopSettings } from './workshopSettings'

/** A listening workshop server and what the trainer needs from it (the CLI prints it; E2E tests use it). */
export interface RunningWorkshop {
  server: RunningServer
  /** The address the laptop itself opens (loopback when serving every interface). */
  url: string
  /** The presenter page with its key after `#` (never sent in a request line, so never in a log). */
  presenterUrl: string
  presenterKey: string
  /** Where phones in the room open the app. */
  addresses: WorkshopAddress[]
  accounts: { volunteer: WorkshopAccount; trainer: WorkshopAccount }
  config: () => WorkshopConfig
  runtime: WorkshopRuntime
  close: () => Promise<void>
}

const WILDCARDS = new Set(['0.0.0.0', '::'])

/**
 * The addresses to hand to the room: every usable LAN address when serving all interfaces,
 * otherwise the one address served (tests bind 127.0.0.2).
 */
export function roomAddresses(host: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): WorkshopAddress[] {
  if (WILDCARDS.has(host)) return usableLanAddresses(interfaces, port)
  const owner = Object.entries(interfaces).find(([, infos]) => infos?.some((info) => info.address === host))?.[0]
  const shown = host.includes(':') ? `[${host}]` : host
  return [{ url: `http://${shown}:${port}/`, interfaceName: owner ?? host }]
}

/** Starts the server in workshop mode on its own demo database (server/workshop/README.md). */
export async function startWorkshop(
  settings: WorkshopSettings,
  options: Pick<StartOptions, 'distDir' | 'log' | 'template'> & { interfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]> } = {},
): Promise<RunningWorkshop> {
  let prepared: Awaited<ReturnType<typeof prepareWorkshop>> | undefined
  const server = await startServer(settings.server, {
    ...options,
    showSetupLink: () => undefined,
    prepareWorkshop: async (db) => {
      prepared = await prepareWorkshop(db, { publicInstallUrl: settings.publicInstallUrl, now: new Date() })
      return prepared.runtime
    },
  })
  if (!prepared) throw new Error('the workshop was not prepared')
  const { runtime, presenterKey } = prepared
  const port = Number(new URL(server.url).port)
  runtime.addresses = roomAddresses(settings.server.host, port, (options.interfaces ?? networkInterfaces)())
  return {
    server,
    url: server.url,
    presenterUrl: `${new URL('/workshop', server.url).href}#key=${presenterKey}`,
    presenterKey,
    addresses: runtime.addresses,
    accounts: runtime.accounts,
    config: () => runtime.config,
    runtime,
    close: server.close,
  }
}
