import type { EcPublicJwk } from '@common/report/wire'
import { deskErrors, ok, type DeskResult } from './errors'
import { grantHeader, parsePersonalPublicKey, type DeskKeyGrant, type DeskKeyRecord, type PersonalPublicKey } from './records'
import { openSealed, sealToPublicKey } from './sealToPublicKey'

// A desk private key wrapped to one holder's personal public key: ECDH + HKDF + AES-GCM, with the
// holder id and the whole desk key record as additional data.

const GRANT_PURPOSE = 'safe-space-map desk key grant v1'

/** Wraps the desk private key (PKCS#8 bytes, left for the caller to zero) to `holder`; refuses a holder whose public key is not a P-256 point. */
export async function sealGrant(deskKey: DeskKeyRecord, deskPrivatePkcs8: Uint8Array<ArrayBuffer>, holder: PersonalPublicKey): Promise<DeskResult<DeskKeyGrant>> {
  const checked = parsePersonalPublicKey(holder)
  if (!checked.ok) return checked
  const ids = { v: 1, deskKeyId: deskKey.id, holderId: holder.holderId } as const
  try {
    const sealed = await sealToPublicKey(GRANT_PURPOSE, holder.publicKeyJwk, grantHeader(ids, deskKey), deskPrivatePkcs8)
    return ok({ ...ids, epk: sealed.epk, salt: sealed.salt, iv: sealed.iv, wrappedPrivateKey: sealed.ciphertext })
  } catch {
    return deskErrors.recordMalformed('personalKey.publicKeyJwk')
  }
}

/** Wraps the desk private key to each holder (once per holder id); the first refusal wins. */
export async function sealGrants(deskKey: DeskKeyRecord, deskPrivatePkcs8: Uint8Array<ArrayBuffer>, holders: readonly PersonalPublicKey[]): Promise<DeskResult<DeskKeyGrant[]>> {
  const unique = [...new Map(holders.map((holder) => [holder.holderId, holder])).values()]
  const grants: DeskKeyGrant[] = []
  for (const holder of unique) {
    const grant = await sealGrant(deskKey, deskPrivatePkcs8, holder)
    if (!grant.ok) return grant
    grants.push(grant.value)
  }
  return ok(grants)
}

/** The desk private key's PKCS#8 bytes from a grant; undefined if it is not this holder's or anything was changed. */
export function openGrant(grant: DeskKeyGrant, deskKey: DeskKeyRecord, holderPrivate: CryptoKey, holderPublic: EcPublicJwk): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const sealed = { epk: grant.epk, salt: grant.salt, iv: grant.iv, ciphertext: grant.wrappedPrivateKey }
  return openSealed(GRANT_PURPOSE, holderPrivate, holderPublic, sealed, grantHeader(grant, deskKey))
}
