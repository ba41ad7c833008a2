import { fromBase64Url, toBase64Url } from '@/domain/report/base64url'
import type { EcPublicJwk } from '@common/report/wire'
import { ECDH_P256, exportPublicJwk, importPublicJwk, rawPublicKey } from './ecKeys'

// The envelope family of the case desk: ephemeral ECDH P-256 with the recipient's key → HKDF-SHA-256
// (info = purpose ‖ 0x00 ‖ recipient point ‖ ephemeral point) → AES-256-GCM with the record's
// header as additional data. The purpose string keeps a grant, a note and a report from ever being
// read as one another.

const SALT_BYTES = 16
const IV_BYTES = 12
const encoder = new TextEncoder()

/** The encrypted part of a record sealed to a public key; binary fields are unpadded base64url. */
export interface SealedToKey {
  epk: EcPublicJwk
  salt: string
  iv: string
  ciphertext: string
}

function hkdfInfo(purpose: string, recipient: EcPublicJwk, ephemeral: EcPublicJwk): Uint8Array<ArrayBuffer> {
  const label = encoder.encode(purpose)
  const parts = [label, new Uint8Array([0]), rawPublicKey(recipient), rawPublicKey(ephemeral)]
  const info = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    info.set(part, offset)
    offset += part.length
  }
  return info
}

async function deriveAesKey(ownPrivate: CryptoKey, peer: EcPublicJwk, salt: Uint8Array<ArrayBuffer>, info: Uint8Array<ArrayBuffer>, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const peerKey = await importPublicJwk(peer)
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: peerKey }, ownPrivate, 256)
  const hkdfKey = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, hkdfKey, { name: 'AES-GCM', length: 256 }, false, [usage])
}

/** Encrypts `plaintext` so only the holder of `recipient`'s private key can read it; `header` is authenticated, not hidden. */
export async function sealToPublicKey(purpose: string, recipient: EcPublicJwk, header: Uint8Array<ArrayBuffer>, plaintext: Uint8Array<ArrayBuffer>): Promise<SealedToKey> {
  const ephemeral = await crypto.subtle.generateKey(ECDH_P256, false, ['deriveBits'])
  const epk = await exportPublicJwk(ephemeral.publicKey)
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const key = await deriveAesKey(ephemeral.privateKey, recipient, salt, hkdfInfo(purpose, recipient, epk), 'encrypt')
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, plaintext)
  return { epk, salt: toBase64Url(salt), iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(ciphertext)) }
}

/** Opens what `sealToPublicKey` made; undefined when the key, the header or any byte does not match. */
export async function openSealed(purpose: string, recipientPrivate: CryptoKey, recipientPublic: EcPublicJwk, sealed: SealedToKey, header: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    const key = await deriveAesKey(recipientPrivate, sealed.epk, fromBase64Url(sealed.salt), hkdfInfo(purpose, recipientPublic, sealed.epk), 'decrypt')
    const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(sealed.iv), additionalData: header }, key, fromBase64Url(sealed.ciphertext))
    return new Uint8Array(plaintext)
  } catch {
    return undefined
  }
}
