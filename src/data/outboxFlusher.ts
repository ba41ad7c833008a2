import { appDatabase } from './database'
import { flushOutbox, type FlushOptions, type FlushResult } from './outbox'
import { loadReportChannel } from './runtimeConfig'
import { isOnline } from '@/pwa/onlineStatus'

/** Why a flush was asked for; decides which entries are tried. */
export type FlushTrigger = 'start' | 'online' | 'submit' | 'visible' | 'timer'

// The network just came back, or the person just pressed send: try everything waiting now.
// A tab shown again or the timer: only what is due, so a failing server is not hammered.
// App start also retries held entries, once, in case the server or config.json was fixed.
const MODES: Record<FlushTrigger, Pick<FlushOptions, 'dueOnly' | 'includeHeld'>> = {
  start: { dueOnly: false, includeHeld: true },
  online: { dueOnly: false, includeHeld: false },
  submit: { dueOnly: false, includeHeld: false },
  visible: { dueOnly: true, includeHeld: false },
  timer: { dueOnly: true, includeHeld: false },
}

// setTimeout's limit; the backoff cap is far below it, this only guards a clock jump.
const MAX_TIMER_MS = 2 ** 31 - 1

// A failed background flush (storage error, broken config) waits for the next trigger.
function logFailure(error: unknown): void {
  console.warn('outbox: flush failed; will try again on the next trigger', error)
}

let queue: Promise<unknown> = Promise.resolve()
let timer: ReturnType<typeof setTimeout> | undefined
let started = false

function schedule(nextAttemptAt: number | null): void {
  clearTimeout(timer)
  timer = undefined
  if (nextAttemptAt === null) return
  const wait = Math.min(Math.max(0, nextAttemptAt - Date.now()), MAX_TIMER_MS)
  timer = setTimeout(() => void requestFlush('timer').catch(logFailure), wait)
}

async function flushOnce(trigger: FlushTrigger): Promise<FlushResult | null> {
  const outbox = appDatabase().outbox
  // Nothing waiting means no request at all, not even for config.json.
  if ((await outbox.count()) === 0 || !isOnline()) return null
  const channel = await loadReportChannel()
  if (channel.status !== 'ready') return null
  const result = await flushOutbox(outbox, {
    endpoint: channel.endpoint,
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    random: Math.random,
    ...MODES[trigger],
  })
  schedule(result.nextAttemptAt)
  return result
}

/** Flushes the outbox after any flush already running (one at a time, so nothing is sent twice at once). */
export function requestFlush(trigger: FlushTrigger): Promise<FlushResult | null> {
  const run = queue.then(() => flushOnce(trigger))
  queue = run.catch(() => undefined)
  return run
}

/** Delivers waiting reports now and whenever the network returns, the app is shown again or a retry is due. */
export function startOutboxFlusher(): void {
  if (started) return
  started = true
  window.addEventListener('online', () => void requestFlush('online').catch(logFailure))
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void requestFlush('visible').catch(logFailure)
  })
  void requestFlush('start').catch(logFailure)
}
