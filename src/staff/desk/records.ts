import { canonicalJson } from '@common/canonicalJson'
import type { EcPublicJwk } from '@common/report/wire'
import type { DeskKeyGrant, DeskKeyRecord, KdfParams, PersonalKeyRecord, PersonalPublicKey } from '@common/desk/records'
import { deskErrors, ok, type DeskResult } from './errors'

// The JSON records the server stores for the desk. None holds a private key in the clear: a private
// key appears only as AES-GCM ciphertext whose additional data is the record's own header, so any
// changed field makes it fail to open. `parse…` checks the shape of what came from the server.

export const DESK_RECORD_VERSION = 1

export type { DeskKeyGrant, DeskKeyRecord, KdfParams, PersonalKeyRecord, PersonalPublicKey } from '@common/desk/records'

const encoder = new TextEncoder()

/** Additional data for a personal key's wrapped private key: every field but the ciphertext and IV. */
export function personalKeyHeader(record: Omit<PersonalKeyRecord, 'iv' | 'wrappedPrivateKey'>): Uint8Array<ArrayBuffer> {
  const { v, holderId, publicKeyJwk, kdf, createdAt } = record
  return encoder.encode(canonicalJson({ type: 'safe-space-map personal key', v, holderId, publicKeyJwk, kdf, createdAt }))
}

/** Additional data for a grant: its version, ids and the whole desk key record it opens. */
export function grantHeader(grant: Pick<DeskKeyGrant, 'v' | 'deskKeyId' | 'holderId'>, deskKey: DeskKeyRecord): Uint8Array<ArrayBuffer> {
  const { v, deskKeyId, holderId } = grant
  return encoder.encode(canonicalJson({ type: 'safe-space-map desk key grant', v, deskKeyId, holderId, deskKey }))
}

type Shape = Record<string, unknown>

const BASE64URL = /^[A-Za-z0-9_-]+$/
const ID = /^[A-Za-z0-9._:@-]{1,128}$/
const MAX_ITERATIONS = 10_000_000

function isObject(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isBase64Url(value: unknown): value is string {
  return typeof value === 'string' && BASE64URL.test(value)
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value)
}

function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

function isPublicJwk(value: unknown): value is EcPublicJwk {
  return isObject(value) && value.kty === 'EC' && value.crv === 'P-256' && isBase64Url(value.x) && isBase64Url(value.y) && !('d' in value)
}

function isKdf(value: unknown): value is KdfParams {
  if (!isObject(value) || value.hash !== 'SHA-256' || !isBase64Url(value.salt)) return false
  if (value.name === 'HKDF') return true
  return value.name === 'PBKDF2' && Number.isInteger(value.iterations) && (value.iterations as number) >= 1 && (value.iterations as number) <= MAX_ITERATIONS
}

function checkFields<T>(value: unknown, what: string, checks: Record<string, (field: unknown) => boolean>): DeskResult<T> {
  if (!isObject(value)) return deskErrors.recordMalformed(what)
  if (value.v !== DESK_RECORD_VERSION) return deskErrors.recordMalformed(`${what}.v`)
  for (const [field, check] of Object.entries(checks)) {
    if (!check(value[field])) return deskErrors.recordMalformed(`${what}.${field}`)
  }
  return ok(value as T)
}

/** Checks the shape of a personal key record received from the server. */
export function parsePersonalKeyRecord(value: unknown): DeskResult<PersonalKeyRecord> {
  return checkFields(value, 'personalKey', {
    holderId: isId, publicKeyJwk: isPublicJwk, kdf: isKdf, createdAt: isIsoTime, iv: isBase64Url, wrappedPrivateKey: isBase64Url,
  })
}

/** Checks the shape of the public part of a personal key (a grant's recipient). */
export function parsePersonalPublicKey(value: unknown): DeskResult<PersonalPublicKey> {
  if (!isObject(value) || !isId(value.holderId)) return deskErrors.recordMalformed('personalKey.holderId')
  return isPublicJwk(value.publicKeyJwk) ? ok({ holderId: value.holderId, publicKeyJwk: value.publicKeyJwk }) : deskErrors.recordMalformed('personalKey.publicKeyJwk')
}

/** Checks the shape of a desk key record received from the server. */
export function parseDeskKeyRecord(value: unknown): DeskResult<DeskKeyRecord> {
  return checkFields(value, 'deskKey', { id: isId, publicKeyJwk: isPublicJwk, createdAt: isIsoTime })
}

/** Checks the shape of a desk key grant received from the server. */
export function parseDeskKeyGrant(value: unknown): DeskResult<DeskKeyGrant> {
  return checkFields(value, 'grant', {
    deskKeyId: isId, holderId: isId, epk: isPublicJwk, salt: isBase64Url, iv: isBase64Url, wrappedPrivateKey: isBase64Url,
  })
}
