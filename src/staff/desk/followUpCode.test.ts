// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { deriveFollowUpSecrets, generateFollowUpCode, openFollowUpMessage, sealFollowUpMessage } from './followUpCode'

describe('the desk’s follow-up message', () => {
  it('carries the desk’s short message to whoever has the code, and to no one else', async () => {
    const secrets = await deriveFollowUpSecrets(generateFollowUpCode())
    const sealed = await sealFollowUpMessage('เราจะโทรหาคุณวันอังคารตามเวลาที่สะดวก', secrets.messageKey)
    if (!sealed.ok) throw new Error(sealed.error.en)
    const message = sealed.value
    expect(await openFollowUpMessage(message, secrets.messageKey)).toEqual({ ok: true, value: 'เราจะโทรหาคุณวันอังคารตามเวลาที่สะดวก' })
    const stranger = await deriveFollowUpSecrets(generateFollowUpCode())
    expect((await openFollowUpMessage(message, stranger.messageKey)).ok).toBe(false)
    expect((await openFollowUpMessage(message, secrets.lookupHash)).ok).toBe(false)
  })

  it('refuses to seal with a message key that is not 32 bytes', async () => {
    expect((await sealFollowUpMessage('hello', 'c2hvcnQ')).ok).toBe(false)
  })
})
