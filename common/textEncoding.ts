/**
 * The encodings a places file may arrive in: UTF-8 (what the export writes, with a BOM so Excel
 * reads it as UTF-8), UTF-8 without a BOM (most editors), and Windows-874, what Excel in Thai
 * writes when a sheet is saved as plain "CSV".
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-874'

/** The encoding of a file's bytes: a UTF-8 BOM, else valid UTF-8, else Windows-874 (TIS-620 and its extras). */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom'
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-874'
}

/** The label TextDecoder takes for an encoding (it drops a UTF-8 BOM by itself). */
export function decoderLabel(encoding: TextEncodingName): 'utf-8' | 'windows-874' {
  return encoding === 'windows-874' ? 'windows-874' : 'utf-8'
}

/**
 * Whether the bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most
 * U+10FFFF). Thai in Windows-874 is bytes 0xA1–0xFB, which never form valid UTF-8 sequences in
 * running text, so one wrong sequence is enough to tell the two apart.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i += 1
      continue
    }
    const [length, min, max] = lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf] : lead === 0xe0 ? [3, 0xa0, 0xbf] : lead === 0xed ? [3, 0x80, 0x9f] : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf] : lead === 0xf0 ? [4, 0x90, 0xbf] : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf] : lead === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0]
    if (length === 0 || i + length > bytes.length) return false
    // The second byte has the narrower range that rules out overlong forms and surrogates.
    const second = bytes[i + 1] ?? 0
    if (second < min || second > max) return false
    for (let k = 2; k < length; k += 1) {
      const next = bytes[i + k] ?? 0
      if (next < 0x80 || next > 0xbf) return false
    }
    i += length
  }
  return true
}
