import { isRecord } from '../validation/guards'

// The report wire format, shared by the app (which seals and sends), the report server (which
// checks and stores) and the case desk (which opens). The cryptography itself runs where
// WebCrypto (or its pure-JavaScript stand-in) is: src/safety/reportEncryption.ts.

/** A P-256 public key as JSON Web Key (RFC 7517); x and y are 32-byte base64url coordinates. */
export interface EcPublicJwk {
  kty: 'EC'
  crv: 'P-256'
  x: string
  y: string
}

/**
 * An encrypted report, the only form in which a report is stored or sent. Binary fields are
 * unpadded base64url. Ephemeral ECDH P-256 (`epk`) with the case desk key `keyId` → HKDF-SHA-256
 * (`salt`) → AES-256-GCM (`iv`; `ciphertext` ends with the 16-byte tag).
 * v1: info `REPORT_HKDF_INFO_V1`, no additional data, the plaintext is the bare JSON.
 * v2: info binds both public keys, `{v, keyId, epk, salt}` is authenticated as additional data,
 * and the plaintext is padded to a size bucket (`padding.ts`).
 */
export interface ReportEnvelope {
  v: ReportEnvelopeVersion
  keyId: string
  epk: EcPublicJwk
  salt: string
  iv: string
  ciphertext: string
}

export const ENVELOPE_VERSIONS = [1, 2] as const
export type ReportEnvelopeVersion = (typeof ENVELOPE_VERSIONS)[number]
/** The version the app writes today; v1 stays readable (reports queued before an update). */
export const CURRENT_ENVELOPE_VERSION: ReportEnvelopeVersion = 2

/** The envelope fields a v2 ciphertext authenticates. */
export type EnvelopeHeader = Pick<ReportEnvelope, 'v' | 'keyId' | 'epk' | 'salt'>

/** HKDF `info` of v1 envelopes. */
export const REPORT_HKDF_INFO_V1 = 'safe-space-map report v1'
/** Start of the HKDF `info` of v2 envelopes; the ephemeral and then the desk public key (65-byte raw points) follow it. */
export const REPORT_HKDF_LABEL_V2 = 'safe-space-map report v2'

export const SALT_BYTES = 16
export const IV_BYTES = 12
export const GCM_TAG_BYTES = 16
/** Size buckets of a v2 plaintext: every report is one of these sizes (plus the tag) on the wire. */
export const PLAINTEXT_BUCKETS = [2_048, 8_192, 32_768] as const
/** The largest ciphertext either version may carry: the largest bucket and the tag. */
export const MAX_CIPHERTEXT_BYTES = Math.max(...PLAINTEXT_BUCKETS) + GCM_TAG_BYTES
/** A body longer than this is refused before it is parsed (the envelope's JSON around the largest ciphertext). */
export const MAX_ENVELOPE_JSON_CHARS = Math.ceil((MAX_CIPHERTEXT_BYTES * 4) / 3) + 1_024

/** The additional data a v2 ciphertext authenticates: the header as JSON, fields in this fixed order. */
export function envelopeAdditionalData(header: EnvelopeHeader): string {
  const { v, keyId, salt } = header
  const { kty, crv, x, y } = header.epk
  return JSON.stringify({ v, keyId, epk: { kty, crv, x, y }, salt })
}

/** Why an envelope was refused; the server answers 4xx with `{ error: <code> }`. */
export type ReportRejectionCode = 'malformed-envelope' | 'unknown-key' | 'too-large' | 'missing-idempotency-key'

export type EnvelopeCheck = { ok: true; envelope: ReportEnvelope } | { ok: false; code: ReportRejectionCode; field: string }

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/
const COORDINATE = /^[A-Za-z0-9_-]{43}$/

/** Length of `bytes` bytes written as unpadded base64url. */
export function base64UrlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3)
}

function isBase64UrlOf(value: unknown, bytes: number): value is string {
  return typeof value === 'string' && value.length === base64UrlLength(bytes) && /^[A-Za-z0-9_-]*$/.test(value)
}

function ciphertextFits(v: ReportEnvelopeVersion, text: string): boolean {
  if (v === 2) return PLAINTEXT_BUCKETS.some((bucket) => text.length === base64UrlLength(bucket + GCM_TAG_BYTES))
  return text.length > base64UrlLength(GCM_TAG_BYTES) && text.length <= base64UrlLength(MAX_CIPHERTEXT_BYTES)
}

/** Checks the shape of a received envelope (not that it decrypts: only the desk can tell). */
export function checkEnvelope(value: unknown): EnvelopeCheck {
  const refuse = (field: string, code: ReportRejectionCode = 'malformed-envelope'): EnvelopeCheck => ({ ok: false, code, field })
  if (!isRecord(value)) return refuse('envelope')
  const expected = ['ciphertext', 'epk', 'iv', 'keyId', 'salt', 'v']
  if (Object.keys(value).sort().join() !== expected.join()) return refuse('envelope')
  const { v, keyId, epk, salt, iv, ciphertext } = value
  if (v !== 1 && v !== 2) return refuse('v')
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId)) return refuse('keyId')
  if (!isRecord(epk) || Object.keys(epk).sort().join() !== 'crv,kty,x,y') return refuse('epk')
  if (epk.kty !== 'EC' || epk.crv !== 'P-256' || typeof epk.x !== 'string' || typeof epk.y !== 'string') return refuse('epk')
  if (!COORDINATE.test(epk.x) || !COORDINATE.test(epk.y)) return refuse('epk')
  if (!isBase64UrlOf(salt, SALT_BYTES)) return refuse('salt')
  if (!isBase64UrlOf(iv, IV_BYTES)) return refuse('iv')
  if (typeof ciphertext !== 'string' || !/^[A-Za-z0-9_-]+$/.test(ciphertext)) return refuse('ciphertext')
  if (ciphertext.length > base64UrlLength(MAX_CIPHERTEXT_BYTES)) return refuse('ciphertext', 'too-large')
  if (!ciphertextFits(v, ciphertext)) return refuse('ciphertext')
  return { ok: true, envelope: { v, keyId, epk: { kty: 'EC', crv: 'P-256', x: epk.x, y: epk.y }, salt, iv, ciphertext } }
}

/** The `Idempotency-Key` of a report: a lowercase UUID the phone makes once and sends on every try. */
export const IDEMPOTENCY_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * The server's answer once it has stored a report (also to a repeat of the same key):
 * status 2xx, `Content-Type: application/json`, this body. Nothing else counts as delivered.
 */
export interface ReportAcknowledgement {
  stored: true
  idempotencyKey: string
}

/** The acknowledgement the server sends for a stored report. */
export function acknowledgement(idempotencyKey: string): ReportAcknowledgement {
  return { stored: true, idempotencyKey }
}

/** Whether a parsed answer body acknowledges the report sent with `idempotencyKey`. */
export function isAcknowledgementOf(body: unknown, idempotencyKey: string): boolean {
  return isRecord(body) && body.stored === true && body.idempotencyKey === idempotencyKey
}
