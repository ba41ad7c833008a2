import { canonicalJson } from '@common/canonicalJson'
import type { DeskNoteEnvelope } from '@common/desk/records'
import { deskErrors, ok, type DeskResult } from './errors'
import type { DeskKeyring } from './keyring'
import { padToBucket, unpad } from '@/domain/report/bucketPadding'
import { parseDeskKeyRecord, type DeskKeyRecord } from './records'
import { openSealed, sealToPublicKey } from './sealToPublicKey'

// A coordinator's note on a report, encrypted to the desk key like the report itself, so only desk
// key holders read it. The server sees the key id and a padded length.

const NOTE_PURPOSE = 'safe-space-map desk note v1'
const NOTE_BUCKETS = [1024, 4096, 16384]
const encoder = new TextEncoder()

/** What a note says, with who wrote it and the exact time (both inside the ciphertext only). */
export interface DeskNote {
  text: string
  author: string
  writtenAt: string
}

export type { DeskNoteEnvelope } from '@common/desk/records'

function noteHeader(keyId: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(canonicalJson({ v: 1, kind: 'desk-note', keyId }))
}

/** Encrypts a note to the current desk key; refuses a desk key record that is not a usable public key. */
export async function sealDeskNote(note: DeskNote, deskKey: DeskKeyRecord): Promise<DeskResult<DeskNoteEnvelope>> {
  const checked = parseDeskKeyRecord(deskKey)
  if (!checked.ok) return checked
  const plaintext = padToBucket(encoder.encode(JSON.stringify(note)), NOTE_BUCKETS)
  try {
    const sealed = await sealToPublicKey(NOTE_PURPOSE, deskKey.publicKeyJwk, noteHeader(deskKey.id), plaintext)
    return ok({ v: 1, kind: 'desk-note', keyId: deskKey.id, ...sealed })
  } catch {
    return deskErrors.recordMalformed('deskKey.publicKeyJwk')
  }
}

function isDeskNote(value: unknown): value is DeskNote {
  if (typeof value !== 'object' || value === null) return false
  const note = value as Record<string, unknown>
  return typeof note.text === 'string' && typeof note.author === 'string' && typeof note.writtenAt === 'string'
}

/** Decrypts a note with the keyring's key for its key id. */
export async function openDeskNote(envelope: DeskNoteEnvelope, keyring: DeskKeyring): Promise<DeskResult<DeskNote>> {
  const key = keyring.privateKeyFor(envelope.keyId)
  if (!key.ok) return key
  if (envelope.v !== 1 || envelope.kind !== 'desk-note') return deskErrors.noteUnreadable()
  const padded = await openSealed(NOTE_PURPOSE, key.value.privateKey, key.value.record.publicKeyJwk, envelope, noteHeader(envelope.keyId))
  const bytes = padded && unpad(padded)
  if (!bytes) return deskErrors.noteUnreadable()
  try {
    const note: unknown = JSON.parse(new TextDecoder().decode(bytes))
    return isDeskNote(note) ? ok(note) : deskErrors.noteUnreadable()
  } catch {
    return deskErrors.noteUnreadable()
  }
}
