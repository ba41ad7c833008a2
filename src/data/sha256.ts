/**
 * SHA-256 of a UTF-8 string as 64 lowercase hex digits (as the dataset build computes it), or
 * undefined where WebCrypto is missing: browsers only offer it on https and localhost pages.
 */
export async function sha256Hex(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return undefined
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
