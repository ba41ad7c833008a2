// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { toBase64Url } from '@/domain/report/base64url'
import { createDesk } from './deskKey'
import { grantDeskKeys } from './grants'
import { unlockDesk } from './keyring'
import { createPersonalKey } from './personalKey'
import { parseDeskKeyGrant, parseDeskKeyRecord, parsePersonalKeyRecord, type PersonalKeyRecord } from './records'

const FAST = { testOnlyIterations: 1_000 }
const PASSPHRASE = 'ฝนตกที่กรุงเทพทั้งวัน'

async function person(holderId: string): Promise<PersonalKeyRecord> {
  const result = await createPersonalKey(holderId, PASSPHRASE, FAST)
  if (!result.ok) throw new Error(result.error.en)
  return result.value
}

/** Every form a private key's secret could take in JSON: the scalar d and the PKCS#8 bytes, as base64url, base64 and hex. */
async function clearForms(pkcs8: ArrayBuffer): Promise<string[]> {
  const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
  const d = (await crypto.subtle.exportKey('jwk', key)).d ?? ''
  const scalar = Buffer.from(d, 'base64url')
  const bytes = Buffer.from(pkcs8)
  expect(scalar).toHaveLength(32)
  return [d, scalar.toString('base64'), scalar.toString('hex'), toBase64Url(new Uint8Array(bytes)), bytes.toString('base64'), bytes.toString('hex')]
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('serialised records', () => {
  it('never hold a private key in the clear (personal, recovery or desk)', async () => {
    // The library zeroes exported PKCS#8 bytes once wrapped, so keep a copy of each as it is exported.
    const privateKeys: ArrayBuffer[] = []
    const exportKey = crypto.subtle.exportKey.bind(crypto.subtle)
    vi.spyOn(crypto.subtle, 'exportKey').mockImplementation((async (format: KeyFormat, key: CryptoKey) => {
      const exported = await exportKey(format as 'pkcs8', key)
      if (format === 'pkcs8') privateKeys.push(exported.slice(0))
      return exported
    }) as typeof crypto.subtle.exportKey)
    const somchai = await person('somchai')
    const malee = await person('malee')
    const created = await createDesk(somchai)
    if (!created.ok) throw new Error(created.error.en)
    const desk = created.value
    const keyring = await unlockDesk(somchai, PASSPHRASE, { deskKeys: [desk.deskKey], grants: desk.grants })
    if (!keyring.ok) throw new Error(keyring.error.en)
    const granted = await grantDeskKeys(keyring.value, malee)

    expect(privateKeys.length).toBeGreaterThanOrEqual(4) // somchai, malee, the recovery key, the desk key (exported at creation and at the grant)

    const json = JSON.stringify({ somchai, malee, deskKey: desk.deskKey, grants: desk.grants, recoveryKey: desk.recoveryKey, granted })
    for (const pkcs8 of privateKeys) {
      for (const form of await clearForms(pkcs8)) expect(json).not.toContain(form)
    }
    expect(json).not.toContain(desk.recoveryCode)
    expect(json).not.toContain('"d"')
  })

  it('pass the shape check as made, and fail it with a field missing or of the wrong kind', async () => {
    const somchai = await person('somchai')
    const created = await createDesk(somchai)
    if (!created.ok) throw new Error(created.error.en)
    const desk = created.value
    const grant = desk.grants[0]
    expect(parsePersonalKeyRecord(JSON.parse(JSON.stringify(somchai))).ok).toBe(true)
    expect(parsePersonalKeyRecord(desk.recoveryKey).ok).toBe(true)
    expect(parseDeskKeyRecord(desk.deskKey).ok).toBe(true)
    expect(parseDeskKeyGrant(grant).ok).toBe(true)

    const broken: Array<[string, unknown, (value: unknown) => { ok: boolean }]> = [
      ['not an object', 'x', parsePersonalKeyRecord],
      ['v', { ...somchai, v: 2 }, parsePersonalKeyRecord],
      ['holderId', { ...somchai, holderId: '' }, parsePersonalKeyRecord],
      ['publicKeyJwk with d', { ...somchai, publicKeyJwk: { ...somchai.publicKeyJwk, d: 'AAAA' } }, parsePersonalKeyRecord],
      ['kdf name', { ...somchai, kdf: { ...somchai.kdf, name: 'MD5' } }, parsePersonalKeyRecord],
      ['kdf iterations', { ...somchai, kdf: { ...somchai.kdf, iterations: 1e12 } }, parsePersonalKeyRecord],
      ['createdAt', { ...somchai, createdAt: 'yesterday' }, parsePersonalKeyRecord],
      ['wrappedPrivateKey', { ...somchai, wrappedPrivateKey: 'not base64!' }, parsePersonalKeyRecord],
      ['deskKey.id', { ...desk.deskKey, id: 'bad id with spaces' }, parseDeskKeyRecord],
      ['grant.epk', { ...grant, epk: null }, parseDeskKeyGrant],
      ['grant.iv missing', { ...grant, iv: undefined }, parseDeskKeyGrant],
    ]
    for (const [what, value, parse] of broken) expect(parse(value).ok, what).toBe(false)
    const result = parseDeskKeyGrant({ ...grant, salt: 42 })
    expect(!result.ok && result.error.en).toContain('grant.salt')
  })
})
