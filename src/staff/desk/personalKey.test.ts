// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { changePassphrase, createPersonalKey, unlockPersonalKey } from './personalKey'
import { checkNewPassphrase, DEFAULT_PBKDF2_ITERATIONS, needsStrongerKdf, newPbkdf2Params } from './passphrase'
import type { PersonalKeyRecord } from './records'

const FAST = { testOnlyIterations: 1_000 }
const PASSPHRASE = 'ช้างสามตัวเดินข้ามสะพาน'

async function created(passphrase = PASSPHRASE): Promise<PersonalKeyRecord> {
  const result = await createPersonalKey('coordinator-1', passphrase, FAST)
  if (!result.ok) throw new Error(result.error.en)
  return result.value
}

describe('passphrase rules', () => {
  it('refuses a short passphrase, saying how long it must be in Thai and English', () => {
    const result = checkNewPassphrase('short pass')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('passphrase-too-short')
    expect(result.error.th).toContain('12')
    expect(result.error.en).toContain('at least 12 characters')
  })

  it('counts Thai characters, not bytes', () => {
    expect(checkNewPassphrase('แมวกินปลาทูทอด').ok).toBe(true)
    expect(checkNewPassphrase('แมวกินปลา').ok).toBe(false)
  })

  it('refuses a passphrase of one repeated character and one that is too long', () => {
    expect(checkNewPassphrase('aaaaaaaaaaaaaaaa').ok).toBe(false)
    expect(checkNewPassphrase('ab cd ef gh '.repeat(30)).ok).toBe(false)
  })
})

describe('personal key', () => {
  it('uses at least 600,000 PBKDF2 iterations unless a test lowers them', async () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    const result = await createPersonalKey('coordinator-1', PASSPHRASE)
    expect(result.ok && result.value.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: DEFAULT_PBKDF2_ITERATIONS })
  })

  it('unlocks with the passphrase and refuses a wrong one', async () => {
    const record = await created()
    expect((await unlockPersonalKey(record, PASSPHRASE)).ok).toBe(true)
    const wrong = await unlockPersonalKey(record, 'ช้างสามตัวเดินข้ามสะพาน!')
    expect(wrong.ok).toBe(false)
    expect(!wrong.ok && wrong.error.code).toBe('wrong-passphrase')
  })

  it('treats the same Thai text typed in another Unicode form as the same passphrase', async () => {
    const composed = 'น้ำใสไหลเย็นเห็นตัวปลา'
    const record = await created(composed)
    expect((await unlockPersonalKey(record, composed.normalize('NFD'))).ok).toBe(true)
  })

  it('unlocks to a private key that cannot be exported', async () => {
    const unlocked = await unlockPersonalKey(await created(), PASSPHRASE)
    expect(unlocked.ok && unlocked.value.extractable).toBe(false)
  })

  it('refuses a record with any field changed', async () => {
    const record = await created()
    const other = await created()
    const tampered: Array<[string, PersonalKeyRecord]> = [
      ['v', { ...record, v: 2 as unknown as 1 }],
      ['holderId', { ...record, holderId: 'coordinator-2' }],
      ['publicKeyJwk', { ...record, publicKeyJwk: other.publicKeyJwk }],
      ['kdf.iterations', { ...record, kdf: { ...record.kdf, iterations: 1_001 } as PersonalKeyRecord['kdf'] }],
      ['kdf.salt', { ...record, kdf: { ...record.kdf, salt: other.kdf.salt } }],
      ['createdAt', { ...record, createdAt: '2020-01-01T00:00:00.000Z' }],
      ['iv', { ...record, iv: other.iv }],
      ['wrappedPrivateKey', { ...record, wrappedPrivateKey: other.wrappedPrivateKey }],
    ]
    for (const [field, changed] of tampered) {
      const result = await unlockPersonalKey(changed, PASSPHRASE)
      expect(result.ok, field).toBe(false)
    }
  })

  it('says a key wrapped with fewer iterations than today’s default needs re-wrapping', () => {
    expect(needsStrongerKdf(newPbkdf2Params(FAST))).toBe(true)
    expect(needsStrongerKdf(newPbkdf2Params())).toBe(false)
  })

  it('changes the passphrase, keeping the key pair, with a fresh salt', async () => {
    const record = await created()
    const changed = await changePassphrase(record, PASSPHRASE, 'ทะเลสีครามงามตาในยามเช้า', FAST)
    expect(changed.ok).toBe(true)
    if (!changed.ok) return
    expect(changed.value.publicKeyJwk).toEqual(record.publicKeyJwk)
    expect(changed.value.kdf.salt).not.toBe(record.kdf.salt)
    expect((await unlockPersonalKey(changed.value, PASSPHRASE)).ok).toBe(false)
    expect((await unlockPersonalKey(changed.value, 'ทะเลสีครามงามตาในยามเช้า')).ok).toBe(true)
  })

  it('does not change the passphrase when the old one is wrong', async () => {
    const result = await changePassphrase(await created(), 'not the passphrase', 'ทะเลสีครามงามตาในยามเช้า', FAST)
    expect(!result.ok && result.error.code).toBe('wrong-passphrase')
  })
})
