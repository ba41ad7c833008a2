import { fromBase64Url, toBase64Url } from '@/domain/report/base64url'
import type { EcPublicJwk } from '@common/report/wire'
import { exportPrivatePkcs8, exportPublicJwk, generateEcdhKeyPair, importPrivateMatching } from './ecKeys'
import { deskErrors, ok, type DeskResult } from './errors'
import { checkNewPassphrase, newHkdfParams, newPbkdf2Params, normalisePassphrase, type KdfOptions } from './passphrase'
import { personalKeyHeader, type KdfParams, type PersonalKeyRecord } from './records'

// A personal key pair: its private half is stored only encrypted under a key derived from a
// secret the person holds (their passphrase, or for the recovery key the printed recovery code).

const IV_BYTES = 12
const RECOVERY_HKDF_INFO = new TextEncoder().encode('safe-space-map recovery key v1')

/** Options for making a record: the clock, and (tests only) fewer PBKDF2 iterations. */
export interface CreateOptions extends KdfOptions {
  now?: Date
}

async function wrappingKey(secret: Uint8Array<ArrayBuffer>, kdf: KdfParams, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const aes = { name: 'AES-GCM', length: 256 }
  if (kdf.name === 'PBKDF2') {
    const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey'])
    return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(kdf.salt), iterations: kdf.iterations }, base, aes, false, [usage])
  }
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: fromBase64Url(kdf.salt), info: RECOVERY_HKDF_INFO }, base, aes, false, [usage])
}

async function wrapPrivateKey(holderId: string, publicKeyJwk: EcPublicJwk, pkcs8: Uint8Array<ArrayBuffer>, secret: Uint8Array<ArrayBuffer>, kdf: KdfParams, createdAt: string): Promise<PersonalKeyRecord> {
  const header = { v: 1 as const, holderId, publicKeyJwk, kdf, createdAt }
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const key = await wrappingKey(secret, kdf, 'encrypt')
  try {
    const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: personalKeyHeader(header) }, key, pkcs8)
    return { ...header, iv: toBase64Url(iv), wrappedPrivateKey: toBase64Url(new Uint8Array(wrapped)) }
  } finally {
    pkcs8.fill(0)
  }
}

async function wrapNewKeyPair(holderId: string, secret: Uint8Array<ArrayBuffer>, kdf: KdfParams, now: Date): Promise<PersonalKeyRecord> {
  const keyPair = await generateEcdhKeyPair()
  return wrapPrivateKey(holderId, await exportPublicJwk(keyPair.publicKey), await exportPrivatePkcs8(keyPair.privateKey), secret, kdf, now.toISOString())
}

/** The PKCS#8 bytes inside a personal key record; undefined if the secret is wrong or any field was changed. */
async function decryptPrivateKey(record: PersonalKeyRecord, secret: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    const key = await wrappingKey(secret, record.kdf, 'decrypt')
    const iv = fromBase64Url(record.iv)
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: personalKeyHeader(record) }, key, fromBase64Url(record.wrappedPrivateKey)))
  } catch {
    return undefined
  }
}

async function openPersonalKey(record: PersonalKeyRecord, secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey | undefined> {
  const pkcs8 = await decryptPrivateKey(record, secret)
  return pkcs8 && importPrivateMatching(pkcs8, record.publicKeyJwk)
}

function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(normalisePassphrase(passphrase))
}

/** Makes a coordinator's personal key pair, the private half wrapped under their new passphrase (PBKDF2-SHA-256). */
export async function createPersonalKey(holderId: string, passphrase: string, options: CreateOptions = {}): Promise<DeskResult<PersonalKeyRecord>> {
  const checked = checkNewPassphrase(passphrase)
  if (!checked.ok) return checked
  return ok(await wrapNewKeyPair(holderId, passphraseBytes(passphrase), newPbkdf2Params(options), options.now ?? new Date()))
}

/** The personal private key (non-extractable) from the passphrase; a wrong passphrase or a changed record is refused. */
export async function unlockPersonalKey(record: PersonalKeyRecord, passphrase: string): Promise<DeskResult<CryptoKey>> {
  if (record.kdf.name !== 'PBKDF2') return deskErrors.wrongPassphrase()
  const privateKey = await openPersonalKey(record, passphraseBytes(passphrase))
  return privateKey ? ok(privateKey) : deskErrors.wrongPassphrase()
}

/**
 * The same key pair under a new passphrase, with a fresh salt and today's iteration count (so the
 * count can be raised over time: see needsStrongerKdf). Grants stay valid: the key pair is unchanged.
 */
export async function changePassphrase(record: PersonalKeyRecord, oldPassphrase: string, newPassphrase: string, options: KdfOptions = {}): Promise<DeskResult<PersonalKeyRecord>> {
  const checked = checkNewPassphrase(newPassphrase)
  if (!checked.ok) return checked
  const pkcs8 = record.kdf.name === 'PBKDF2' ? await decryptPrivateKey(record, passphraseBytes(oldPassphrase)) : undefined
  if (!pkcs8) return deskErrors.wrongPassphrase()
  return ok(await wrapPrivateKey(record.holderId, record.publicKeyJwk, pkcs8, passphraseBytes(newPassphrase), newPbkdf2Params(options), record.createdAt))
}

/** Makes the desk's recovery key pair, wrapped under the recovery code's secret (HKDF: the code carries ≥ 126 bits). */
export async function createRecoveryKey(holderId: string, secret: Uint8Array<ArrayBuffer>, now: Date): Promise<PersonalKeyRecord> {
  return wrapNewKeyPair(holderId, secret, newHkdfParams(), now)
}

/** The recovery private key from the recovery code's secret; undefined if the code is not this desk's. */
export async function unlockRecoveryKey(record: PersonalKeyRecord, secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey | undefined> {
  if (record.kdf.name !== 'HKDF') return undefined
  return openPersonalKey(record, secret)
}
