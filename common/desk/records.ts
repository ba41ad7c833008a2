import type { EcPublicJwk } from '../report/wire'

// The case desk's JSON records as the server stores them and the /staff page opens them
// (src/staff/desk/ holds the cryptography and the shape checks). None holds a private key in the
// clear: a private key appears only as AES-GCM ciphertext whose additional data is the record's header.

/** How a personal key's wrapping key is derived: from a passphrase (slow) or from the recovery code (already high-entropy). */
export type KdfParams =
  | { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  | { name: 'HKDF'; hash: 'SHA-256'; salt: string }

/** A coordinator's (or the recovery key's) ECDH P-256 key pair, private half wrapped under `kdf`. */
export interface PersonalKeyRecord {
  v: 1
  holderId: string
  publicKeyJwk: EcPublicJwk
  kdf: KdfParams
  createdAt: string
  /** AES-256-GCM IV, base64url. */
  iv: string
  /** AES-256-GCM of the PKCS#8 private key (with tag), base64url; additional data = the header. */
  wrappedPrivateKey: string
}

/** A desk key's public half: what the app encrypts reports to. */
export interface DeskKeyRecord {
  v: 1
  id: string
  publicKeyJwk: EcPublicJwk
  createdAt: string
}

/** The desk private key `deskKeyId` wrapped to `holderId`'s personal public key. */
export interface DeskKeyGrant {
  v: 1
  deskKeyId: string
  holderId: string
  epk: EcPublicJwk
  salt: string
  iv: string
  wrappedPrivateKey: string
}

/** The public part of a personal key: all a granter needs. */
export type PersonalPublicKey = Pick<PersonalKeyRecord, 'holderId' | 'publicKeyJwk'>

/** An encrypted coordinator's note, stored beside its report. */
export interface DeskNoteEnvelope {
  v: 1
  kind: 'desk-note'
  keyId: string
  epk: EcPublicJwk
  salt: string
  iv: string
  ciphertext: string
}

/** The desk's short message to the resident, encrypted to the key derived from the follow-up code. */
export interface FollowUpMessage {
  v: 1
  iv: string
  ciphertext: string
}
