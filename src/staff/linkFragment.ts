/** A one-time link the staff page was opened with: `/staff#setup=<token>` or `/staff#invite=<token>`. */
export type StaffLink = { kind: 'setup' | 'invite'; token: string }

// The token travels after `#`, which browsers never send to a server: it stays out of access logs
// and Referer headers. It is then posted in a request body.
const LINK = /^#(setup|invite)=([A-Za-z0-9_-]{20,100})$/

/** The link in `hash` (location.hash), or null when it is not one. */
export function parseStaffLink(hash: string): StaffLink | null {
  const match = LINK.exec(hash)
  if (!match) return null
  return { kind: match[1] as StaffLink['kind'], token: match[2] as string }
}
