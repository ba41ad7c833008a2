// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fromBase64Url } from '@/domain/report/base64url'
import { createDesk, RECOVERY_HOLDER_ID } from './deskKey'
import { unlockDeskWithRecoveryCode, type DeskKeyring } from './keyring'
import { openDeskNote, sealDeskNote, type DeskNote, type DeskNoteEnvelope } from './notes'
import { createPersonalKey } from './personalKey'
import type { DeskKeyRecord } from './records'

const note: DeskNote = { text: 'โทรกลับหลัง 18:00 ตามที่ขอ — marker', author: 'somchai', writtenAt: '2026-12-01T10:15:00.000Z' }

async function openDesk() {
  const somchai = await createPersonalKey('somchai', 'ฝนตกที่กรุงเทพทั้งวัน', { testOnlyIterations: 1_000 })
  if (!somchai.ok) throw new Error(somchai.error.en)
  const desk = await createDesk(somchai.value)
  if (!desk.ok) throw new Error(desk.error.en)
  const created = desk.value
  const keyring = await unlockDeskWithRecoveryCode(created.recoveryKey, created.recoveryCode, { deskKeys: [created.deskKey], grants: created.grants })
  if (!keyring.ok) throw new Error(keyring.error.en)
  return { deskKey: created.deskKey, keyring: keyring.value }
}

async function seal(text: string, deskKey: DeskKeyRecord): Promise<DeskNoteEnvelope> {
  const sealed = await sealDeskNote({ ...note, text }, deskKey)
  if (!sealed.ok) throw new Error(sealed.error.en)
  return sealed.value
}

function open(envelope: DeskNoteEnvelope, keyring: DeskKeyring) {
  return openDeskNote(envelope, keyring)
}

describe('desk notes', () => {
  it('a note sealed to the desk key opens with the keyring, with its author and exact time', async () => {
    const { deskKey, keyring } = await openDesk()
    expect(keyring.holderId).toBe(RECOVERY_HOLDER_ID)
    const envelope = await seal(note.text, deskKey)
    expect(envelope).toMatchObject({ v: 1, kind: 'desk-note', keyId: deskKey.id })
    expect(JSON.stringify(envelope)).not.toContain('marker')
    expect(await open(envelope, keyring)).toEqual({ ok: true, value: note })
  })

  it('hides the length: short and longer notes give the same ciphertext size', async () => {
    const { deskKey } = await openDesk()
    const short = await seal('ok', deskKey)
    const longer = await seal('ผู้ร้องขอให้ติดต่อทางไลน์เท่านั้น '.repeat(5), deskKey)
    expect(fromBase64Url(short.ciphertext).length).toBe(fromBase64Url(longer.ciphertext).length)
  })

  it('is refused when changed, moved to another key id, or opened by another desk', async () => {
    const { deskKey, keyring } = await openDesk()
    const envelope = await seal(note.text, deskKey)
    const other = await seal(note.text, deskKey)
    const changed = await open({ ...envelope, ciphertext: other.ciphertext }, keyring)
    expect(!changed.ok && changed.error.code).toBe('note-unreadable')
    const moved = await open({ ...envelope, keyId: 'desk-2020-01-01-000000' }, keyring)
    expect(!moved.ok && moved.error.code).toBe('unknown-desk-key')
    const stranger = await openDesk()
    const foreign = await open(envelope, stranger.keyring)
    expect(!foreign.ok && foreign.error.code).toBe('unknown-desk-key')
    const renamed = await open({ ...envelope, keyId: stranger.deskKey.id }, stranger.keyring)
    expect(!renamed.ok && renamed.error.code).toBe('note-unreadable')
  })

  it('refuses to seal to a desk key record that is not a usable public key', async () => {
    const { deskKey } = await openDesk()
    const result = await sealDeskNote(note, { ...deskKey, publicKeyJwk: { ...deskKey.publicKeyJwk, y: deskKey.publicKeyJwk.x } })
    expect(!result.ok && result.error.code).toBe('record-malformed')
  })

  it('cannot be opened once the keyring is wiped', async () => {
    const { deskKey, keyring } = await openDesk()
    const envelope = await seal(note.text, deskKey)
    keyring.wipe()
    const result = await open(envelope, keyring)
    expect(!result.ok && result.error.code).toBe('keyring-wiped')
  })
})
