// `npx tsx tests/bench/profileStart.ts <build dir> [warm|first-run]`: one profiled start of a built app.
// Prints where the main thread's time goes up to the first screen (trace events and a CPU profile),
// to find a cause before changing it (issue #14). Build unminified for readable names:
// `npx vite build --outDir /tmp/x --minify false`.
import { writeFile } from 'node:fs/promises'
import type { CDPSession, Page } from 'playwright-core'
import { launchChromium, newPhoneContext } from '../e2e/support/chromium'
import { servePrivateCopy } from '../e2e/support/preview'
import { loadLine } from './stats'
import { appSubject, waitForFirstMarker } from './subjects'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: Record<string, unknown>
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute']
const LONG_TASK_MS = 50
/** Vue's scheduler and renderer frames: on nearly every stack, so they say nothing about a long task's cause. */
const FRAMEWORK_PLUMBING = new Set(['callWithErrorHandling', 'callWithAsyncErrorHandling', 'flushJobs', 'run', 'runIfDirty', 'patch', 'processComponent', 'mountComponent', 'setupRenderEffect', 'componentUpdateFn', 'processFragment', 'mountChildren', 'processElement', 'mountElement', 'patchBlockChildren', 'renderComponentRoot', 'patchElement', 'updateComponent'])

/**
 * Time per function name, counting each function once per sample however deep it recurs (inclusive);
 * only the samples taken between `from` and `to` (trace clock, µs) when given.
 */
function inclusiveTimes(profile: CpuProfile, from = -Infinity, to = Infinity): Map<string, number> {
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map<string, number>()
  let sampledAt = profile.startTime
  profile.samples.forEach((sample, index) => {
    sampledAt += profile.timeDeltas[index] ?? 0
    if (sampledAt < from || sampledAt > to) return
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000
    const seen = new Set<string>()
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame
      if (!frame?.functionName) continue
      const name = `${frame.functionName} (${frame.url.split('/').pop()}:${frame.lineNumber + 1})`
      if (seen.has(name)) continue
      seen.add(name)
      totals.set(name, (totals.get(name) ?? 0) + ms)
    }
  })
  return totals
}

function summariseTrace(events: TraceEvent[], profile: CpuProfile, until: number): string[] {
  // The page's main thread: the one that set the page's marks (the renderer main thread with the most layouts if none).
  const marked = events.find((event) => event.name === 'first-screen-shown' || event.name === 'first-marker-painted')
  const mainThreads = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  const busiest =
    (marked && { pid: marked.pid, tid: marked.tid }) ??
    mainThreads
      .map((thread) => ({ thread, count: events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'Layout').length }))
      .sort((a, b) => b.count - a.count)[0]?.thread
  if (!busiest) return ['no renderer main thread in the trace']
  const main = events.filter((event) => event.pid === busiest.pid && event.tid === busiest.tid && event.ph === 'X' && event.ts <= until)
  const tasks = main.filter((event) => event.name === 'RunTask')
  const start = Math.min(...tasks.map((task) => task.ts))
  const sum = (name: string) => main.filter((event) => event.name === name).reduce((total, event) => total + (event.dur ?? 0) / 1000, 0)
  const count = (name: string) => main.filter((event) => event.name === name).length
  const lines = [
    `main thread to first screen: ${((until - start) / 1000).toFixed(0)} ms wall, tasks ${sum('RunTask').toFixed(0)} ms`,
    `  Layout: ${count('Layout')} × = ${sum('Layout').toFixed(0)} ms; UpdateLayoutTree: ${count('UpdateLayoutTree')} × = ${sum('UpdateLayoutTree').toFixed(0)} ms; Paint ${sum('Paint').toFixed(0)} ms`,
    `  EvaluateScript ${sum('EvaluateScript').toFixed(0)} ms; FunctionCall ${sum('FunctionCall').toFixed(0)} ms; v8.compile ${sum('v8.compile').toFixed(0)} ms`,
  ]
  for (const task of tasks.filter((event) => (event.dur ?? 0) / 1000 >= LONG_TASK_MS)) {
    const inside = main.filter((event) => event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + (task.dur ?? 0) && event !== task)
    const heaviest = new Map<string, number>()
    for (const event of inside) heaviest.set(event.name, Math.max(heaviest.get(event.name) ?? 0, (event.dur ?? 0) / 1000))
    const top = [...heaviest].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    lines.push(`  long task at ${((task.ts - start) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms [${top.join(', ')}]`)
    const functions = [...inclusiveTimes(profile, task.ts, task.ts + (task.dur ?? 0))]
      .filter(([name]) => !name.includes('(:') && !FRAMEWORK_PLUMBING.has(name.split(' ')[0]!))
      .sort((a, b) => b[1] - a[1])
    lines.push(`    ${functions.slice(0, 6).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`)
  }
  return lines
}

async function profiled(page: Page, run: () => Promise<void>): Promise<{ trace: TraceEvent[]; profile: CpuProfile; until: number }> {
  const session: CDPSession = await page.context().newCDPSession(page)
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 200 })
  await page.context().browser()!.startTracing(page, { categories: CATEGORIES })
  await session.send('Profiler.start')
  await run()
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  const trace = (JSON.parse((await page.context().browser()!.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents
  const mark = trace.find((event) => event.name === 'first-screen-shown' || event.name === 'first-marker-painted')
  return { trace, profile, until: mark?.ts ?? Math.max(...trace.map((event) => event.ts)) }
}

async function main(distDir: string, visit: string, focus?: string): Promise<void> {
  const served = await servePrivateCopy(distDir)
  const browser = await launchChromium()
  try {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    console.log(`${visit} start of ${distDir} (${loadLine()})`)
    if (visit === 'warm') {
      await appSubject(served.url).firstVisit(page)
      await page.close()
    }
    const measured = await context.newPage()
    const requested: string[] = []
    measured.on('request', (request) => requested.push(new URL(request.url()).pathname))
    const { trace, profile, until } = await profiled(measured, async () => {
      await measured.goto(served.url)
      if (visit === 'warm') await waitForFirstMarker(measured, 60_000)
      else await measured.getByTestId('safety-notice').waitFor()
      await measured.waitForTimeout(3000)
    })
    await writeFile(`/tmp/profile-${visit}.json`, JSON.stringify({ traceEvents: trace }))
    console.log(`up to ${visit === 'warm' ? 'the first marker' : 'the first screen shown'}:`)
    console.log(summariseTrace(trace, profile, until).join('\n'))
    console.log('whole run (3 s more):')
    console.log(summariseTrace(trace, profile, Infinity).join('\n'))
    const times = [...inclusiveTimes(profile)].filter(([name]) => !name.includes('(:')).sort((a, b) => b[1] - a[1])
    console.log('CPU profile, inclusive ms by function (whole run):')
    for (const [name, ms] of times.slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`)
    if (focus) {
      console.log(`functions matching ${focus}:`)
      for (const [name, ms] of times.filter(([name]) => new RegExp(focus).test(name)).slice(0, 40)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`)
    }
    console.log(`requests: ${requested.filter((path) => !path.includes('/tile')).join(' ')}`)
    console.log(`map on the page at the end: ${await measured.locator('.leaflet-container').count()}; notice: ${await measured.getByTestId('safety-notice').count()}`)
  } finally {
    await browser.close()
    await served.close()
  }
}

const [distDir, visit = 'warm', focus] = process.argv.slice(2)
if (!distDir) throw new Error('Usage: tsx tests/bench/profileStart.ts <build dir> [warm|first-run] [function name pattern]')
await main(distDir, visit, focus)
