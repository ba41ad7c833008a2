import { HOME_SCREEN_LOOKS, LOOK_IDENTITIES, manifestFile, type HomeScreenLook } from './homeScreenLooks'

// localStorage, not IndexedDB: the manifest link must be swapped synchronously at start, before the
// browser reads it (for the install offer, and for an installed app's update check).
const STORAGE_KEY = 'homeScreenLook'

function localStore(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** The look chosen on this phone; the standard one when none was chosen or storage is blocked. */
export function storedLook(storage: Pick<Storage, 'getItem'> | undefined = localStore()): HomeScreenLook {
  try {
    const value = storage?.getItem(STORAGE_KEY)
    return HOME_SCREEN_LOOKS.find((look) => look === value) ?? 'standard'
  } catch {
    return 'standard'
  }
}

/** Remembers the look on this phone; false when the browser refuses to store it. */
export function rememberLook(look: HomeScreenLook, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = localStore()): boolean {
  try {
    if (!storage) return false
    if (look === 'standard') storage.removeItem(STORAGE_KEY)
    else storage.setItem(STORAGE_KEY, look)
    return true
  } catch {
    return false
  }
}

function headElement<K extends 'link' | 'meta'>(doc: Document, tag: K, selector: string, attributes: Record<string, string>): HTMLElementTagNameMap[K] {
  const found = doc.head.querySelector<HTMLElementTagNameMap[K]>(selector)
  if (found) return found
  const created = doc.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value)
  doc.head.append(created)
  return created
}

/**
 * Points the page at the look's manifest (Chromium, Samsung Internet, Firefox read name and icon from
 * it when installing) and its home-screen icon and title (Safari's "Add to Home Screen").
 */
export function showLook(doc: Document, baseUrl: string, look: HomeScreenLook): void {
  const { short_name, iconDir } = LOOK_IDENTITIES[look]
  headElement(doc, 'link', 'link[rel="manifest"]', { rel: 'manifest' }).setAttribute('href', `${baseUrl}${manifestFile(look)}`)
  headElement(doc, 'link', 'link[rel="apple-touch-icon"]', { rel: 'apple-touch-icon' }).setAttribute('href', `${baseUrl}${iconDir}apple-touch-icon-180.png`)
  headElement(doc, 'meta', 'meta[name="apple-mobile-web-app-title"]', { name: 'apple-mobile-web-app-title' }).setAttribute('content', short_name)
}
