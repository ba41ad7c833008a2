import { flushJobs, type JobFlushResult } from '@/data/jobQueue'
import { proposalOutcome } from './proposalOutcome'
import { API_TIMEOUT_MS, volunteerApi } from './volunteerApi'
import type { VolunteerDb } from './volunteerDb'
import { isOnline } from '@/pwa/onlineStatus'

/** Why a send was asked for: the network came back or a job was just queued (everything), or a timer / the tab shown again (what is due). */
export type SyncTrigger = 'start' | 'online' | 'queued' | 'visible' | 'timer'

export const VOLUNTEER_LOCK_NAME = 'safe-space-map-volunteer-jobs'
const MAX_TIMER_MS = 2 ** 31 - 1

export interface VolunteerSync {
  /** Sends waiting jobs after any send already running; null when offline. */
  request(trigger: SyncTrigger): Promise<JobFlushResult | null>
  /** Removes the listeners and the timer (sign-out). */
  stop(): void
}

/**
 * Sends the volunteer's queued checks and edits when a job is queued, when the network returns,
 * when the app is shown again and when a retry is due; one send at a time, so nothing goes twice at once.
 */
export function startVolunteerSync(db: VolunteerDb, onFlushed: (result: JobFlushResult) => void): VolunteerSync {
  let queue: Promise<unknown> = Promise.resolve()
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  function schedule(at: number | null): void {
    clearTimeout(timer)
    timer = at === null || stopped ? undefined : setTimeout(() => void request('timer').catch(logFailure), Math.min(Math.max(0, at - Date.now()), MAX_TIMER_MS))
  }

  async function flushOnce(trigger: SyncTrigger): Promise<JobFlushResult | null> {
    if (stopped || !isOnline() || (await db.jobs.count()) === 0) return null
    const result = await flushJobs(db.jobs, async (job) => proposalOutcome(await volunteerApi.sendProposal(job.payload), job.id), {
      now: Date.now,
      random: Math.random,
      dueOnly: trigger === 'visible' || trigger === 'timer',
      lockName: VOLUNTEER_LOCK_NAME,
      sendTimeoutMs: API_TIMEOUT_MS,
    })
    schedule(result.nextAttemptAt)
    onFlushed(result)
    return result
  }

  function request(trigger: SyncTrigger): Promise<JobFlushResult | null> {
    const run = queue.then(() => flushOnce(trigger))
    queue = run.catch(() => undefined)
    return run
  }

  const onOnline = () => void request('online').catch(logFailure)
  const onVisible = () => document.visibilityState === 'visible' && void request('visible').catch(logFailure)
  window.addEventListener('online', onOnline)
  document.addEventListener('visibilitychange', onVisible)
  void request('start').catch(logFailure)

  return {
    request,
    stop() {
      stopped = true
      clearTimeout(timer)
      window.removeEventListener('online', onOnline)
      document.removeEventListener('visibilitychange', onVisible)
    },
  }
}

function logFailure(error: unknown): void {
  console.warn('volunteer: sending failed; will try again on the next trigger', error)
}
