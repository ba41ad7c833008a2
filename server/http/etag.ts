/** A strong entity tag for a value that identifies the content (a hash, a version). */
export function etagFor(identity: string): string {
  return `"${identity}"`
}

/**
 * Whether an If-None-Match header names this entity tag (or is "*"), so the answer is 304.
 * Weak tags (W/"…") match too: If-None-Match uses the weak comparison (RFC 9110 13.1.2).
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '')
    return tag === '*' || tag === etag
  })
}
