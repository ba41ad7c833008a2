import type { EcPublicJwk } from '@/domain/report/envelope'
import { grantHeader, type DeskKeyGrant, type DeskKeyRecord, type PersonalPublicKey } from './records'
import { openSealed, sealToPublicKey } from './sealToPublicKey'

// A desk private key wrapped to one holder's personal public key: ECDH + HKDF + AES-GCM, with the
// holder id and the whole desk key record as additional data.

const GRANT_PURPOSE = 'safe-space-map desk key grant v1'

/** Wraps the desk private key (PKCS#8 bytes, left for the caller to zero) to `holder`. */
export async function sealGrant(deskKey: DeskKeyRecord, deskPrivatePkcs8: Uint8Array<ArrayBuffer>, holder: PersonalPublicKey): Promise<DeskKeyGrant> {
  const ids = { v: 1, deskKeyId: deskKey.id, holderId: holder.holderId } as const
  const sealed = await sealToPublicKey(GRANT_PURPOSE, holder.publicKeyJwk, grantHeader(ids, deskKey), deskPrivatePkcs8)
  return { ...ids, epk: sealed.epk, salt: sealed.salt, iv: sealed.iv, wrappedPrivateKey: sealed.ciphertext }
}

/** The desk private key's PKCS#8 bytes from a grant; undefined if it is not this holder's or anything was changed. */
export function openGrant(grant: DeskKeyGrant, deskKey: DeskKeyRecord, holderPrivate: CryptoKey, holderPublic: EcPublicJwk): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const sealed = { epk: grant.epk, salt: grant.salt, iv: grant.iv, ciphertext: grant.wrappedPrivateKey }
  return openSealed(GRANT_PURPOSE, holderPrivate, holderPublic, sealed, grantHeader(grant, deskKey))
}
