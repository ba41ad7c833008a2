import { sha256 } from '@/safety/crypto/cryptoSuite'

/**
 * SHA-256 of a UTF-8 string as 64 lowercase hex digits (as the dataset build computes it): with
 * WebCrypto, or on a plain-http page (a workshop) with the pure-JavaScript suite.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await sha256(new TextEncoder().encode(text))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
