/** A P-256 public key as JSON Web Key (RFC 7517); x and y are 32-byte base64url coordinates. */
export interface EcPublicJwk {
  kty: 'EC'
  crv: 'P-256'
  x: string
  y: string
}

/** HKDF `info` string: binds the derived key to this format and version. */
export const REPORT_HKDF_INFO = 'safe-space-map report v1'

/**
 * An encrypted report, the only form in which a report is stored or sent. All binary fields are
 * unpadded base64url. Recipe: ephemeral ECDH P-256 (epk) with the case desk key `keyId` →
 * HKDF-SHA-256 (salt, info REPORT_HKDF_INFO) → AES-256-GCM (iv, ciphertext includes the 16-byte tag).
 */
export interface ReportEnvelope {
  v: 1
  keyId: string
  epk: EcPublicJwk
  salt: string
  iv: string
  ciphertext: string
}

/** One report waiting to be delivered. Holds the envelope only, never the plaintext. */
export interface OutboxEntry {
  /** Client UUID, sent as the Idempotency-Key on every try so the server keeps one copy. */
  id: string
  envelope: ReportEnvelope
  createdAt: number
  /** Tries that failed so far. */
  attempts: number
  /** Epoch ms before which no timed retry is made. */
  nextAttemptAt: number
  /** The server refused it for good (e.g. 400/403/413): no timed retries; tried again once per app start. */
  held: boolean
  /** HTTP status of the last answer, when there was one. */
  lastStatus?: number
}
