// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { EcPublicJwk } from '@common/report/wire'
import { pureJsAgreement, pureJsCryptoSuite } from '@/safety/crypto/pureJsCryptoSuite'
import { webCryptoSuite } from '@/safety/crypto/webCryptoSuite'
import { openEnvelope, openReport, sealReport } from '@/safety/reportEncryption'
import { deriveFollowUpSecrets, openFollowUpMessage as openOnPhone } from '@/domain/report/followUpSecrets'
import { generateFollowUpCode } from '@/domain/report/followUpCode'
import { createDesk } from '../desk/deskKey'
import type { DeskResult } from '../desk/errors'
import { sealFollowUpMessage } from '../desk/followUpCode'
import { unlockDesk } from '../desk/keyring'
import { createPersonalKey } from '../desk/personalKey'

// A phone on plain http (a workshop) has no crypto.subtle and seals with the pure-JavaScript suite;
// the desk opens with WebCrypto (here Node's, through the desk's own keyring). Both must be one format.

const report = { v: 1, whatHappened: 'MARKER-pure-js เขาขังฉันไว้ในบ้าน', contact: { kind: 'none' } }

function value<T>(result: DeskResult<T>): T {
  if (!result.ok) throw new Error(result.error.en)
  return result.value
}

/** A desk created and unlocked as coordinators do it (fast passphrase stretching for the test). */
async function unlockedDesk() {
  const person = value(await createPersonalKey('somchai', 'ฝนตกที่กรุงเทพทั้งวัน', { testOnlyIterations: 1_000 }))
  const desk = value(await createDesk(person))
  const keyring = value(await unlockDesk(person, 'ฝนตกที่กรุงเทพทั้งวัน', { deskKeys: [desk.deskKey], grants: desk.grants }))
  const { privateKey, record } = value(keyring.privateKeyFor(desk.deskKey.id))
  return { recipient: { id: desk.deskKey.id, publicKeyJwk: desk.deskKey.publicKeyJwk }, pair: { privateKey, publicKeyJwk: record.publicKeyJwk } }
}

describe('the report envelope sealed without WebCrypto', () => {
  it('is a v2 envelope the desk opens with WebCrypto, exactly as sealed', async () => {
    const { recipient, pair } = await unlockedDesk()
    const envelope = await sealReport(report, recipient, pureJsCryptoSuite)
    expect(envelope.v).toBe(2)
    expect(JSON.stringify(envelope)).not.toContain('MARKER')
    expect(await openReport(envelope, pair)).toEqual(report)
    await expect(openReport({ ...envelope, keyId: 'desk-other' }, pair)).rejects.toThrow()
  })

  it('opens with the pure-JavaScript suite when WebCrypto sealed it, and refuses a changed header', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey)
    const publicKeyJwk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' }
    const secretKey = Uint8Array.from(Buffer.from(jwk.d ?? '', 'base64url'))
    const envelope = await sealReport(report, { id: 'desk-test', publicKeyJwk }, webCryptoSuite)
    const openWithPureJs = (sealed: typeof envelope) => openEnvelope(sealed, publicKeyJwk, (epk) => pureJsAgreement(secretKey, epk), pureJsCryptoSuite)
    expect(await openWithPureJs(envelope)).toEqual(report)
    await expect(openWithPureJs({ ...envelope, keyId: 'desk-other' })).rejects.toThrow()
  })
})

describe('the follow-up code without WebCrypto', () => {
  it('derives the same lookup hash and message key, and opens the message the desk sealed with WebCrypto', async () => {
    const code = generateFollowUpCode()
    const onPlainHttp = await deriveFollowUpSecrets(code, pureJsCryptoSuite)
    expect(onPlainHttp).toEqual(await deriveFollowUpSecrets(code, webCryptoSuite))
    const message = value(await sealFollowUpMessage('เราได้รับเรื่องแล้ว', onPlainHttp.messageKey))
    expect(await openOnPhone(message, onPlainHttp.messageKey, pureJsCryptoSuite)).toBe('เราได้รับเรื่องแล้ว')
    expect(await openOnPhone(message, onPlainHttp.lookupHash, pureJsCryptoSuite)).toBeNull()
  })
})
