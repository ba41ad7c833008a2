import type { WorkshopChannelMessage, WorkshopConfig } from '@common/workshop/api'
import { isNonBlankString, isRecord } from '@common/validation/guards'

// Workshop mode (issue #11) as the resident app sees it: what /api/config says about the workshop,
// and what a phone does with that given what it holds.

const HTTPS_ADDRESS = /^https:\/\/[^\s]+$/

/**
 * The `workshop` field of GET /api/config: the workshop, `null` on a real deployment, or undefined
 * when the answer says neither (no server answered, an older server, a malformed field): then the
 * phone changes nothing.
 */
export function parseWorkshopConfig(content: unknown): WorkshopConfig | null | undefined {
  if (!isRecord(content) || !('workshop' in content)) return undefined
  const { workshop } = content
  if (workshop === null) return null
  if (!isRecord(workshop) || !isNonBlankString(workshop.session) || !isNonBlankString(workshop.joinCode)) return undefined
  const { publicInstallUrl } = workshop
  const installUrl = typeof publicInstallUrl === 'string' && HTTPS_ADDRESS.test(publicInstallUrl) ? publicInstallUrl : null
  return { session: workshop.session, joinCode: workshop.joinCode, publicInstallUrl: installUrl }
}

/** What the phone does next: remember the session, keep going, wipe every demo record, or nothing. */
export type WorkshopStep =
  | { kind: 'join'; workshop: WorkshopConfig }
  | { kind: 'stay'; workshop: WorkshopConfig }
  | { kind: 'wipe'; reason: 'workshop-reset' | 'not-a-workshop' }
  | { kind: 'none' }

/**
 * Decides from the session this phone stored (null if none), whether it holds demo records, and
 * the server's answer: another session than the stored one means the trainer pressed reset; a
 * server that says it is no workshop means the phone must not keep practice data.
 */
export function workshopStep(storedSession: string | null, holdsDemoRecords: boolean, served: WorkshopConfig | null | undefined): WorkshopStep {
  if (served === undefined) return { kind: 'none' }
  if (served === null) return holdsDemoRecords || storedSession !== null ? { kind: 'wipe', reason: 'not-a-workshop' } : { kind: 'none' }
  if (storedSession === null) return { kind: 'join', workshop: served }
  return storedSession === served.session ? { kind: 'stay', workshop: served } : { kind: 'wipe', reason: 'workshop-reset' }
}

/** Whether a message on WORKSHOP_CHANNEL is one the app knows (the presenter's "simulate offline" switch). */
export function isWorkshopChannelMessage(value: unknown): value is WorkshopChannelMessage {
  return isRecord(value) && value.type === 'simulate-offline' && typeof value.offline === 'boolean'
}
