// How the installed app shows on the home screen: its own name and icon, or a neutral one, because
// an icon that says "safe space" can tell someone checking the phone what the person looked for.
// Used by the build (the manifests) and the app (the install guide); relative imports only.

export const HOME_SCREEN_LOOKS = ['standard', 'weather', 'notes'] as const
export type HomeScreenLook = (typeof HOME_SCREEN_LOOKS)[number]

export interface LookIdentity {
  name: string
  short_name: string
  /** Folder of icon.svg and its PNGs (`npm run pwa:icons`), under the app's base. */
  iconDir: string
  /** The icon's background: the maskable icon's margin and the title bar. */
  color: string
}

export const LOOK_IDENTITIES: Record<HomeScreenLook, LookIdentity> = {
  standard: { name: 'แผนที่พื้นที่ปลอดภัย · Safe Space Map', short_name: 'พื้นที่ปลอดภัย', iconDir: 'icons/', color: '#1f4e8c' },
  weather: { name: 'สภาพอากาศ', short_name: 'สภาพอากาศ', iconDir: 'icons/weather/', color: '#3d8fd6' },
  notes: { name: 'บันทึก', short_name: 'บันทึก', iconDir: 'icons/notes/', color: '#f2b632' },
}

/** The web app manifest of a look, under the app's base (the standard one is vite-plugin-pwa's). */
export function manifestFile(look: HomeScreenLook): string {
  return look === 'standard' ? 'manifest.webmanifest' : `manifest-${look}.webmanifest`
}

/** The manifest's icons for a look's icon folder. */
export function manifestIcons(iconDir: string): { src: string; sizes: string; type: string; purpose: string }[] {
  return [
    { src: `${iconDir}icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: `${iconDir}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: `${iconDir}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: `${iconDir}icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ]
}

/** What every look's manifest shares: the same `id`, so each is the same app under another name. */
export const SHARED_MANIFEST = {
  id: './',
  lang: 'th',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  background_color: '#ffffff',
} as const

/**
 * A neutral look's manifest: name and icon only. No description, categories or screenshots, which
 * would say (or show) what the app is in the install dialog and the phone's app settings.
 */
export function neutralManifest(look: Exclude<HomeScreenLook, 'standard'>): Record<string, unknown> {
  const { name, short_name, iconDir, color } = LOOK_IDENTITIES[look]
  return { ...SHARED_MANIFEST, name, short_name, theme_color: color, icons: manifestIcons(iconDir) }
}
