// Lighthouse 12.8 in its default mobile mode (Moto G Power, Slow 4G, 4× CPU, simulated throttling)
// against Debian's Chromium, one fresh Chromium per run, started with the E2E flags.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Flags } from 'lighthouse'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, TILE_URL_PATTERN } from '../e2e/support/chromium'
import { withTimeout } from './stats'

const RUN_TIMEOUT_MS = 150_000

/** Lighthouse blocks these in the page it measures: no run may reach a tile server. */
const BLOCKED_TILES = ['*tile.openstreetmap.org*', '*/tiles/*', '*/tile/*']

export interface LighthouseFigures {
  lcpMs: number
  tbtMs: number
  performance: number
  accessibility: number
  scriptTransferKb: number
  /** What Lighthouse took as the largest contentful paint: the element, to tell which screen it was on. */
  lcpElement: string
}

/**
 * Prepares the profile before Lighthouse measures (e.g. dismisses the safety notice), through
 * Playwright connected to the same Chromium; without it Lighthouse clears the origin's storage first.
 */
export type Prime = (page: import('playwright-core').Page) => Promise<void>

interface AuditDetails {
  items?: Array<{ resourceType?: string; transferSize?: number; items?: Array<{ node?: { nodeLabel?: string; selector?: string } }> }>
}

/** One Lighthouse run (performance and accessibility) of `url`, with the browser closed afterwards. */
export async function lighthouseRun(url: string, prime?: Prime): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS], logLevel: 'silent', handleSIGINT: false })
  try {
    return await withTimeout(`Lighthouse ${url}`, RUN_TIMEOUT_MS, measure(url, chrome.port, prime), () => chrome.kill())
  } finally {
    chrome.kill()
  }
}

async function measure(url: string, port: number, prime: Prime | undefined): Promise<LighthouseFigures> {
  if (prime) await primeProfile(port, prime)
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    blockedUrlPatterns: BLOCKED_TILES,
    disableStorageReset: prime !== undefined,
    maxWaitForLoad: 60_000,
  }
  const result = await lighthouse(url, flags)
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { audits, categories, runtimeError } = result.lhr
  if (runtimeError) throw new Error(`Lighthouse ${url}: ${runtimeError.code} ${runtimeError.message}`)
  const summary = (audits['resource-summary']?.details as AuditDetails | undefined)?.items ?? []
  const lcpNode = (audits['largest-contentful-paint-element']?.details as AuditDetails | undefined)?.items?.[0]?.items?.[0]?.node
  return {
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    performance: Math.round((categories.performance?.score ?? NaN) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? NaN) * 100),
    scriptTransferKb: (summary.find((item) => item.resourceType === 'script')?.transferSize ?? NaN) / 1024,
    lcpElement: lcpNode ? `${lcpNode.selector ?? '?'} "${(lcpNode.nodeLabel ?? '').slice(0, 40)}"` : 'none reported',
  }
}

async function primeProfile(port: number, prime: Prime): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  try {
    const context = browser.contexts()[0]
    if (!context) throw new Error('Chromium has no default context to prime')
    await context.route(TILE_URL_PATTERN, (route) => route.fulfill({ status: 204, body: '' }))
    const page = await context.newPage()
    await prime(page)
    await page.close()
    await context.unrouteAll()
  } finally {
    await browser.close()
  }
}
