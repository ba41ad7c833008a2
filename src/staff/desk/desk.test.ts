// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { openReport, sealReport, type DeskKeyPair } from '@/safety/reportEncryption'
import { createDesk, currentDeskKey, RECOVERY_HOLDER_ID, rotateDeskKey } from './deskKey'
import type { DeskResult } from './errors'
import { sealGrant } from './grantWrapping'
import { grantDeskKeys, revokeHolder } from './grants'
import { unlockDesk, unlockDeskWithRecoveryCode, type DeskKeyring, type DeskRecords } from './keyring'
import { createPersonalKey } from './personalKey'
import { formatRecoveryCode, recoveryCodeSheet } from './recoveryCode'
import type { DeskKeyGrant, DeskKeyRecord, PersonalKeyRecord } from './records'

const FAST = { testOnlyIterations: 1_000 }
const NOW = new Date('2026-12-01T09:00:00Z')
const LATER = new Date('2027-03-01T09:00:00Z')
const PASSPHRASES: Record<string, string> = { somchai: 'ฝนตกที่กรุงเทพทั้งวัน', malee: 'ดอกมะลิบานที่ระเบียง' }

function value<T>(result: DeskResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.en}`)
  return result.value
}

async function person(holderId: string): Promise<PersonalKeyRecord> {
  return value(await createPersonalKey(holderId, PASSPHRASES[holderId] ?? '', { ...FAST, now: NOW }))
}

async function unlock(record: PersonalKeyRecord, records: DeskRecords): Promise<DeskKeyring> {
  return value(await unlockDesk(record, PASSPHRASES[record.holderId] ?? '', records))
}

/** A report sent by the resident's app to `deskKey`, read back with the keyring. */
async function reportRoundTrip(deskKey: DeskKeyRecord, keyring: DeskKeyring): Promise<unknown> {
  const envelope = await sealReport({ text: 'marker-ข้อความ' }, { id: deskKey.id, publicKeyJwk: deskKey.publicKeyJwk })
  return openReport(envelope, deskKeyPair(keyring, envelope.keyId))
}

/** The desk key pair as `openReport` takes it, from an unlocked keyring. */
function deskKeyPair(keyring: DeskKeyring, keyId: string): DeskKeyPair {
  const { privateKey, record } = value(keyring.privateKeyFor(keyId))
  return { privateKey, publicKeyJwk: record.publicKeyJwk }
}

async function newDesk() {
  const somchai = await person('somchai')
  const desk = value(await createDesk(somchai, NOW))
  const records = { deskKeys: [desk.deskKey], grants: desk.grants }
  return { somchai, desk, records }
}

describe('creating and unlocking the desk', () => {
  it('grants the first desk key to its creator and to the recovery key, and the creator reads a report', async () => {
    const { somchai, desk, records } = await newDesk()
    expect(desk.grants.map((grant) => grant.holderId).sort()).toEqual([RECOVERY_HOLDER_ID, 'somchai'])
    const keyring = await unlock(somchai, records)
    expect(keyring.deskKeys()).toEqual([desk.deskKey])
    expect(await reportRoundTrip(desk.deskKey, keyring)).toEqual({ text: 'marker-ข้อความ' })
  })

  it('keeps desk private keys non-extractable in the keyring', async () => {
    const { somchai, desk, records } = await newDesk()
    const keyring = await unlock(somchai, records)
    expect(value(keyring.privateKeyFor(desk.deskKey.id)).privateKey.extractable).toBe(false)
  })

  it('refuses a wrong passphrase with a message in Thai and English', async () => {
    const { somchai, records } = await newDesk()
    const result = await unlockDesk(somchai, 'ฝนตกที่เชียงใหม่ทั้งวัน', records)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('wrong-passphrase')
    expect(result.error.th).toMatch(/รหัสผ่านไม่ถูกต้อง/)
    expect(result.error.en).toMatch(/passphrase is not right/)
  })

  it('tells a coordinator with no grant to ask a key holder', async () => {
    const { records } = await newDesk()
    const malee = await person('malee')
    const result = await unlockDesk(malee, PASSPHRASES.malee ?? '', records)
    expect(!result.ok && result.error.code).toBe('no-grant')
  })

  it('forgets every key when wiped', async () => {
    const { somchai, desk, records } = await newDesk()
    const keyring = await unlock(somchai, records)
    keyring.wipe()
    expect(keyring.isWiped).toBe(true)
    const result = keyring.privateKeyFor(desk.deskKey.id)
    expect(!result.ok && result.error.code).toBe('keyring-wiped')
    expect(keyring.deskKeys()).toEqual([])
  })
})

describe('tampered records', () => {
  it('refuses a grant or desk key record with any field changed', async () => {
    const { somchai, desk } = await newDesk()
    const other = value(await createDesk(somchai, NOW))
    const grant = desk.grants.find((g) => g.holderId === 'somchai') as DeskKeyGrant
    const otherGrant = other.grants.find((g) => g.holderId === 'somchai') as DeskKeyGrant
    const withGrant = (changed: Partial<DeskKeyGrant>): DeskRecords => ({ deskKeys: [desk.deskKey], grants: [{ ...grant, ...changed }] })
    const withDeskKey = (changed: Partial<DeskKeyRecord>): DeskRecords => {
      const deskKey = { ...desk.deskKey, ...changed }
      return { deskKeys: [deskKey], grants: [{ ...grant, deskKeyId: deskKey.id }] }
    }
    const cases: Array<[string, DeskRecords]> = [
      ['grant.deskKeyId', withGrant({ deskKeyId: other.deskKey.id })],
      ['grant.epk', withGrant({ epk: otherGrant.epk })],
      ['grant.salt', withGrant({ salt: otherGrant.salt })],
      ['grant.iv', withGrant({ iv: otherGrant.iv })],
      ['grant.wrappedPrivateKey', withGrant({ wrappedPrivateKey: otherGrant.wrappedPrivateKey })],
      ['deskKey.id', withDeskKey({ id: 'desk-2026-12-01-ffffff' })],
      ['deskKey.publicKeyJwk', withDeskKey({ publicKeyJwk: other.deskKey.publicKeyJwk })],
      ['deskKey.createdAt', withDeskKey({ createdAt: LATER.toISOString() })],
      ['deskKey missing', { deskKeys: [], grants: [grant] }],
    ]
    for (const [field, records] of cases) {
      const result = await unlockDesk(somchai, PASSPHRASES.somchai ?? '', records)
      expect(result.ok, field).toBe(false)
      expect(!result.ok && result.error.code, field).toBe('record-tampered')
    }
  })

  it('names a record of the wrong shape or version instead of trying it', async () => {
    const { somchai, desk } = await newDesk()
    const grant = desk.grants.find((g) => g.holderId === 'somchai') as DeskKeyGrant
    const cases: Array<[string, DeskRecords]> = [
      ['grant.v', { deskKeys: [desk.deskKey], grants: [{ ...grant, v: 2 as unknown as 1 }] }],
      ['grant.iv', { deskKeys: [desk.deskKey], grants: [{ ...grant, iv: undefined as unknown as string }] }],
      ['deskKey.v', { deskKeys: [{ ...desk.deskKey, v: 2 as unknown as 1 }], grants: [grant] }],
    ]
    for (const [field, records] of cases) {
      const result = await unlockDesk(somchai, PASSPHRASES.somchai ?? '', records)
      expect(!result.ok && result.error.code, field).toBe('record-malformed')
      expect(!result.ok && result.error.en, field).toContain(field)
    }
  })

  it('refuses a grant that wraps some other private key than the desk key’s (made by a dishonest granter)', async () => {
    const { somchai, desk } = await newDesk()
    const stranger = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
    const forged = value(await sealGrant(desk.deskKey, new Uint8Array(await crypto.subtle.exportKey('pkcs8', stranger.privateKey)), somchai))
    const result = await unlockDesk(somchai, PASSPHRASES.somchai ?? '', { deskKeys: [desk.deskKey], grants: [forged] })
    expect(!result.ok && result.error.code).toBe('record-tampered')
  })

  it('refuses a grant whose holder id was changed to someone else’s', async () => {
    const { desk } = await newDesk()
    const malee = await person('malee')
    const stolen = { ...(desk.grants.find((g) => g.holderId === 'somchai') as DeskKeyGrant), holderId: 'malee' }
    const result = await unlockDesk(malee, PASSPHRASES.malee ?? '', { deskKeys: [desk.deskKey], grants: [stolen] })
    expect(!result.ok && result.error.code).toBe('record-tampered')
  })
})

describe('granting and revoking', () => {
  it('a holder grants the desk to another coordinator, who then reads reports', async () => {
    const { somchai, desk, records } = await newDesk()
    const malee = await person('malee')
    const granted = value(await grantDeskKeys(await unlock(somchai, records), malee))
    expect(granted.map((grant) => [grant.deskKeyId, grant.holderId])).toEqual([[desk.deskKey.id, 'malee']])
    const maleeKeyring = await unlock(malee, { deskKeys: records.deskKeys, grants: [...records.grants, ...granted] })
    expect(await reportRoundTrip(desk.deskKey, maleeKeyring)).toEqual({ text: 'marker-ข้อความ' })
  })

  it('revoking removes the person’s grants and says rotation is due', async () => {
    const { somchai, records } = await newDesk()
    const malee = await person('malee')
    const grants = [...records.grants, ...value(await grantDeskKeys(await unlock(somchai, records), malee))]
    const revocation = value(revokeHolder(grants, 'malee'))
    expect(revocation.rotationDue).toBe(true)
    expect(revocation.revoked.map((grant) => grant.holderId)).toEqual(['malee'])
    expect(revocation.grants).toEqual(records.grants)
    const result = await unlockDesk(malee, PASSPHRASES.malee ?? '', { deskKeys: records.deskKeys, grants: revocation.grants })
    expect(!result.ok && result.error.code).toBe('no-grant')
  })

  it('revoking someone who holds nothing changes nothing and needs no rotation', async () => {
    const { records } = await newDesk()
    expect(value(revokeHolder(records.grants, 'nobody'))).toEqual({ grants: records.grants, revoked: [], rotationDue: false })
  })

  it('refuses to revoke the last person or the recovery key', async () => {
    const { records } = await newDesk()
    const last = revokeHolder(records.grants, 'somchai')
    expect(!last.ok && last.error.code).toBe('last-holder')
    const recovery = revokeHolder(records.grants, RECOVERY_HOLDER_ID)
    expect(!recovery.ok && recovery.error.code).toBe('recovery-holder-not-revocable')
  })

  it('refuses to grant to, or create a desk for, a public key that is not a P-256 point', async () => {
    const { somchai, records } = await newDesk()
    const broken = { holderId: 'malee', publicKeyJwk: { ...somchai.publicKeyJwk, y: somchai.publicKeyJwk.x } }
    const granted = await grantDeskKeys(await unlock(somchai, records), broken)
    expect(!granted.ok && granted.error.code).toBe('record-malformed')
    const created = await createDesk(broken, NOW)
    expect(!created.ok && created.error.code).toBe('record-malformed')
  })

  it('refuses to grant from a wiped keyring', async () => {
    const { somchai, records } = await newDesk()
    const keyring = await unlock(somchai, records)
    keyring.wipe()
    const result = await grantDeskKeys(keyring, await person('malee'))
    expect(!result.ok && result.error.code).toBe('keyring-wiped')
  })
})

describe('recovery', () => {
  it('the recovery code alone opens the desk, and can grant it to a coordinator with a new passphrase', async () => {
    const { desk, records } = await newDesk()
    const typed = recoveryCodeSheet(desk.recoveryCode).map((group) => group.thai).join(' ')
    const recovered = value(await unlockDeskWithRecoveryCode(desk.recoveryKey, typed, records))
    expect(recovered.holderId).toBe(RECOVERY_HOLDER_ID)
    expect(await reportRoundTrip(desk.deskKey, recovered)).toEqual({ text: 'marker-ข้อความ' })

    const fresh = await person('malee')
    const grants = value(await grantDeskKeys(recovered, fresh))
    const keyring = await unlock(fresh, { deskKeys: records.deskKeys, grants })
    expect(await reportRoundTrip(desk.deskKey, keyring)).toEqual({ text: 'marker-ข้อความ' })
  })

  it('refuses a code with a typo before trying it, naming the group', async () => {
    const { desk, records } = await newDesk()
    const code = formatRecoveryCode(desk.recoveryCode)
    const typo = code.slice(0, 7) + (code[7] === 'K' ? 'M' : 'K') + code.slice(8)
    const result = await unlockDeskWithRecoveryCode(desk.recoveryKey, typo, records)
    expect(!result.ok && result.error.code).toBe('recovery-code-typo')
    expect(!result.ok && result.error.en).toContain('Group 2')
  })

  it('refuses a recovery key record with any field changed', async () => {
    const { desk, records } = await newDesk()
    const other = value(await createDesk(await person('malee'), NOW)).recoveryKey
    const record = desk.recoveryKey
    const changed: Array<[string, PersonalKeyRecord]> = [
      ['holderId', { ...record, holderId: 'somchai' }],
      ['publicKeyJwk', { ...record, publicKeyJwk: other.publicKeyJwk }],
      ['kdf.salt', { ...record, kdf: { ...record.kdf, salt: other.kdf.salt } }],
      ['createdAt', { ...record, createdAt: LATER.toISOString() }],
      ['iv', { ...record, iv: other.iv }],
      ['wrappedPrivateKey', { ...record, wrappedPrivateKey: other.wrappedPrivateKey }],
    ]
    for (const [field, tampered] of changed) {
      const result = await unlockDeskWithRecoveryCode(tampered, desk.recoveryCode, records)
      expect(!result.ok && result.error.code, field).toBe('recovery-code-wrong')
    }
  })

  it('refuses another desk’s recovery code', async () => {
    const { desk, records } = await newDesk()
    const other = value(await createDesk(await person('malee'), NOW))
    const result = await unlockDeskWithRecoveryCode(desk.recoveryKey, other.recoveryCode, records)
    expect(!result.ok && result.error.code).toBe('recovery-code-wrong')
  })
})

describe('rotation', () => {
  it('makes a new current key for every holder and the recovery key; old reports stay readable', async () => {
    const { somchai, desk, records } = await newDesk()
    const malee = await person('malee')
    const keyring = await unlock(somchai, records)
    const grants = [...records.grants, ...value(await grantDeskKeys(keyring, malee))]
    const oldReport = await sealReport({ text: 'old' }, { id: desk.deskKey.id, publicKeyJwk: desk.deskKey.publicKeyJwk })

    const rotated = value(await rotateDeskKey(keyring, [somchai, malee, desk.recoveryKey], LATER))
    const deskKeys = [desk.deskKey, rotated.deskKey]
    expect(currentDeskKey(deskKeys)).toEqual(rotated.deskKey)
    expect(rotated.grants.map((grant) => grant.holderId).sort()).toEqual([RECOVERY_HOLDER_ID, 'malee', 'somchai'])
    expect(keyring.deskKeys().map((key) => key.id)).toEqual([rotated.deskKey.id, desk.deskKey.id])

    const all = { deskKeys, grants: [...grants, ...rotated.grants] }
    for (const reader of [await unlock(malee, all), value(await unlockDeskWithRecoveryCode(desk.recoveryKey, desk.recoveryCode, all))]) {
      expect(await reportRoundTrip(rotated.deskKey, reader)).toEqual({ text: 'marker-ข้อความ' })
      expect(await openReport(oldReport, deskKeyPair(reader, desk.deskKey.id))).toEqual({ text: 'old' })
    }
  })

  it('after revoking, the revoked person cannot open the new key', async () => {
    const { somchai, desk, records } = await newDesk()
    const malee = await person('malee')
    const keyring = await unlock(somchai, records)
    const revoked = value(revokeHolder([...records.grants, ...value(await grantDeskKeys(keyring, malee))], 'malee'))
    const rotated = value(await rotateDeskKey(keyring, [somchai, desk.recoveryKey], LATER))
    expect(rotated.grants.some((grant) => grant.holderId === 'malee')).toBe(false)
    const result = await unlockDesk(malee, PASSPHRASES.malee ?? '', { deskKeys: [desk.deskKey, rotated.deskKey], grants: [...revoked.grants, ...rotated.grants] })
    expect(!result.ok && result.error.code).toBe('no-grant')
  })

  it('refuses a rotation that would leave the recovery key out', async () => {
    const { somchai, records } = await newDesk()
    const result = await rotateDeskKey(await unlock(somchai, records), [somchai], LATER)
    expect(!result.ok && result.error.code).toBe('recovery-holder-missing')
  })
})
