import type { FollowUpMessage } from '@common/desk/records'
import { toBase64Url } from '@/domain/report/base64url'
import { padToBucket } from '@/domain/report/bucketPadding'
import { FOLLOW_UP_MESSAGE_INFO, importFollowUpMessageKey, openFollowUpMessage as openOnPhone } from '@/domain/report/followUpSecrets'
import { deskErrors, ok, type DeskResult } from './errors'

// The desk's side of the resident's follow-up code (src/domain/report/followUpCode.ts, followUpSecrets.ts): the short
// message a coordinator writes, sealed with the message key that came inside the report.

export { generateFollowUpCode, parseFollowUpCode, type FollowUpCode, type FollowUpCodeParse } from '@/domain/report/followUpCode'
export { deriveFollowUpSecrets, FOLLOW_UP_PBKDF2_ITERATIONS, type FollowUpSecrets } from '@/domain/report/followUpSecrets'
export type { FollowUpMessage } from '@common/desk/records'

const MESSAGE_BUCKETS = [256, 1024]
const IV_BYTES = 12

/** Encrypts the desk's message with the message key that came inside the report; refuses a key that is not 32 bytes of base64url. */
export async function sealFollowUpMessage(text: string, secretMessageKey: string): Promise<DeskResult<FollowUpMessage>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const plaintext = padToBucket(new TextEncoder().encode(text), MESSAGE_BUCKETS)
  try {
    const key = await importFollowUpMessageKey(secretMessageKey, 'encrypt')
    const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: FOLLOW_UP_MESSAGE_INFO }, key, plaintext)
    return ok({ v: 1, iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(ciphertext)) })
  } catch {
    return deskErrors.recordMalformed('followUp.messageKey')
  }
}

/** Opens a sealed message as the resident will (the desk shows what it sent). */
export async function openFollowUpMessage(message: FollowUpMessage, secretMessageKey: string): Promise<DeskResult<string>> {
  const text = await openOnPhone(message, secretMessageKey)
  return text === null ? deskErrors.messageUnreadable() : ok(text)
}
