// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url'
import { generateFollowUpCode, parseFollowUpCode, type FollowUpCode } from './followUpCode'
import { padToBucket } from './bucketPadding'
import { deriveFollowUpSecrets, FOLLOW_UP_MESSAGE_INFO, openFollowUpMessage } from './followUpSecrets'

function codeOf(text: string): FollowUpCode {
  const parsed = parseFollowUpCode(text)
  if (parsed.kind !== 'code') throw new Error(`not a code: ${text}`)
  return parsed.code
}

describe('what a follow-up code gives', () => {
  it('derives the same lookup hash and message key from the same code, different ones from another', async () => {
    const code = codeOf(generateFollowUpCode())
    const first = await deriveFollowUpSecrets(code)
    const again = await deriveFollowUpSecrets(codeOf(code.toLowerCase()))
    const other = await deriveFollowUpSecrets(codeOf(generateFollowUpCode()))
    expect(again).toEqual(first)
    expect(other.lookupHash).not.toBe(first.lookupHash)
    expect(other.messageKey).not.toBe(first.messageKey)
  })

  it('keeps the lookup hash and the message key apart: 32 bytes each, unrelated, neither contains the code', async () => {
    const code = generateFollowUpCode()
    const secrets = await deriveFollowUpSecrets(code)
    expect(fromBase64Url(secrets.lookupHash)).toHaveLength(32)
    expect(fromBase64Url(secrets.messageKey)).toHaveLength(32)
    expect(secrets.lookupHash).not.toBe(secrets.messageKey)
    expect(JSON.stringify(secrets)).not.toContain(code.slice(2, 18))
  })

  it('opens the desk’s message with the message key from the code, and gives null for any other key or a damaged message', async () => {
    const secrets = await deriveFollowUpSecrets(generateFollowUpCode())
    // Sealed as the desk seals it (src/staff/desk/followUpCode.ts).
    const key = await crypto.subtle.importKey('raw', fromBase64Url(secrets.messageKey), 'AES-GCM', false, ['encrypt'])
    const iv = crypto.getRandomValues(new Uint8Array(12))
    const padded = padToBucket(new TextEncoder().encode('เราได้รับเรื่องแล้ว'), [256])
    const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: FOLLOW_UP_MESSAGE_INFO }, key, padded))
    const message = { v: 1 as const, iv: toBase64Url(iv), ciphertext: toBase64Url(ciphertext) }

    expect(await openFollowUpMessage(message, secrets.messageKey)).toBe('เราได้รับเรื่องแล้ว')
    expect(await openFollowUpMessage(message, secrets.lookupHash)).toBeNull()
    expect(await openFollowUpMessage({ ...message, ciphertext: toBase64Url(ciphertext.map((byte, i) => (i === 0 ? byte ^ 1 : byte))) }, secrets.messageKey)).toBeNull()
    expect(await openFollowUpMessage(message, 'c2hvcnQ')).toBeNull()
  })
})
