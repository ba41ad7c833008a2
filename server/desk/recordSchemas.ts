import type { FastifyRequest } from 'fastify'
import { base64UrlLength } from '@common/report/wire'
import { REPORT_STATUSES } from '@common/desk/api'
import { deskErrors } from './deskErrors'

// JSON schemas of the case desk's records (common/desk/records.ts) as they arrive. Every object is
// closed (additionalProperties: false) and every string bounded, so what is stored is exactly the
// record's shape; a private key's `d` member is refused before that with its own message.

const base64Url = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength, pattern: '^[A-Za-z0-9_-]+$' }) as const
const base64UrlOf = (bytes: number) => ({ type: 'string', pattern: `^[A-Za-z0-9_-]{${base64UrlLength(bytes)}}$` }) as const
const closed = (properties: Record<string, object>) => ({ type: 'object', required: Object.keys(properties), properties, additionalProperties: false }) as const

/** A holder id as src/staff/desk/records.ts allows it (`staff-12`, `desk-recovery`). */
const HOLDER_ID = { type: 'string', pattern: '^[A-Za-z0-9._:@-]{1,128}$' } as const
/** A desk key id: what a report envelope's keyId may be (common/report/wire.ts). */
const DESK_KEY_ID = { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' } as const
const VERSION_1 = { type: 'integer', const: 1 } as const
const ISO_TIME = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?Z$' } as const
// A P-256 public key only: a private key's `d` can never be part of it.
const PUBLIC_JWK = closed({ kty: { type: 'string', const: 'EC' }, crv: { type: 'string', const: 'P-256' }, x: base64UrlOf(32), y: base64UrlOf(32) })
const IV = base64UrlOf(12)
const SALT = base64UrlOf(16)
// A wrapped PKCS#8 P-256 private key is ~150 bytes; room for other encodings, never megabytes.
const WRAPPED_KEY = base64Url(1024)

const KDF = {
  oneOf: [
    closed({ name: { type: 'string', const: 'PBKDF2' }, hash: { type: 'string', const: 'SHA-256' }, iterations: { type: 'integer', minimum: 1, maximum: 10_000_000 }, salt: base64Url(64) }),
    closed({ name: { type: 'string', const: 'HKDF' }, hash: { type: 'string', const: 'SHA-256' }, salt: base64Url(64) }),
  ],
} as const

export const PERSONAL_KEY_RECORD = closed({ v: VERSION_1, holderId: HOLDER_ID, publicKeyJwk: PUBLIC_JWK, kdf: KDF, createdAt: ISO_TIME, iv: IV, wrappedPrivateKey: WRAPPED_KEY })
export const DESK_KEY_RECORD = closed({ v: VERSION_1, id: DESK_KEY_ID, publicKeyJwk: PUBLIC_JWK, createdAt: ISO_TIME })
export const DESK_KEY_GRANT = closed({ v: VERSION_1, deskKeyId: DESK_KEY_ID, holderId: HOLDER_ID, epk: PUBLIC_JWK, salt: SALT, iv: IV, wrappedPrivateKey: WRAPPED_KEY })
/** Notes are padded to at most 16 KB (src/staff/desk/notes.ts), plus the tag. */
export const DESK_NOTE_ENVELOPE = closed({
  v: VERSION_1, kind: { type: 'string', const: 'desk-note' }, keyId: DESK_KEY_ID, epk: PUBLIC_JWK, salt: SALT, iv: IV, ciphertext: base64Url(base64UrlLength(16_384 + 16)),
})
/** The desk's message to a resident is padded to at most 1 KB (src/staff/desk/followUpCode.ts), plus the tag. */
export const FOLLOW_UP_MESSAGE = closed({ v: VERSION_1, iv: IV, ciphertext: base64Url(base64UrlLength(1_024 + 16)) })

const GRANTS = { type: 'array', minItems: 1, maxItems: 200, items: DESK_KEY_GRANT } as const

export const deskBodies = {
  personalKey: closed({ personalKey: PERSONAL_KEY_RECORD }),
  setup: closed({ deskKey: DESK_KEY_RECORD, grants: GRANTS, recoveryKey: PERSONAL_KEY_RECORD }),
  grants: closed({ grants: GRANTS }),
  rotation: closed({ deskKey: DESK_KEY_RECORD, grants: GRANTS }),
  status: closed({ status: { type: 'string', enum: [...REPORT_STATUSES] } }),
  note: closed({ envelope: DESK_NOTE_ENVELOPE }),
  followUpMessage: closed({ message: FOLLOW_UP_MESSAGE }),
}

export const REPORT_ID_PARAMS = closed({ id: { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } })
export const HOLDER_ID_PARAMS = closed({ holderId: HOLDER_ID })

/** Largest desk body: a note's envelope, or a rotation's grants to many holders. */
export const DESK_BODY_LIMIT = 128 * 1024

/** Whether any object inside `value` has a member named `d` (a JWK's private key). */
export function holdsPrivateKeyMember(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsPrivateKeyMember)
  if (typeof value !== 'object' || value === null) return false
  return Object.hasOwn(value, 'd') || Object.values(value).some(holdsPrivateKeyMember)
}

/** A preValidation hook: a body carrying a private key is refused with its own message, before the schema check. */
export async function refusePrivateKeys(request: FastifyRequest): Promise<void> {
  if (holdsPrivateKeyMember(request.body)) throw deskErrors.privateKeyRefused()
}
