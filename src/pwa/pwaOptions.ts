// Build-time configuration of vite-plugin-pwa (imported by vite.config.ts, not by the app).
import type { VitePWAOptions } from 'vite-plugin-pwa'
import { tileOrigin } from '../domain/deployment'

const DAY = 24 * 60 * 60

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * The service worker and web app manifest. `registerType: 'prompt'`: a new version waits until the
 * person taps "update", so a half-filled form is never lost to a reload.
 */
export function pwaOptions(tileUrl: string): Partial<VitePWAOptions> {
  // Route patterns are serialised into sw.js, so they must be literals, not closures.
  const tileHost = new RegExp(`^${escapeRegExp(tileOrigin(tileUrl))}/`)
  return {
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon-180.png'],
    manifest: {
      id: './',
      name: 'แผนที่พื้นที่ปลอดภัย · Safe Space Map',
      short_name: 'พื้นที่ปลอดภัย',
      description:
        'หาศูนย์พึ่งได้ สถานีตำรวจ และพื้นที่ปลอดภัยในชุมชน กรุงเทพฯ และสมุทรปราการ ใช้ได้แม้ออฟไลน์ · Find OSCC hospitals, police and community safe spaces in Bangkok and Samut Prakan, offline.',
      lang: 'th',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#1f4e8c',
      background_color: '#ffffff',
      categories: ['health', 'medical', 'navigation'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
      // Made by `npm run pwa:screenshots`.
      screenshots: [
        { src: 'screenshots/home-narrow.png', sizes: '780x1688', type: 'image/png', form_factor: 'narrow', label: 'แผนที่และรายการที่ช่วยเหลือใกล้คุณ · Help near you, on a map and in a list' },
        { src: 'screenshots/home-wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'แผนที่และรายการที่ช่วยเหลือใกล้คุณ · Help near you, on a map and in a list' },
      ],
    },
    workbox: {
      // The shell, the shipped dataset, the offline basemap, the Thai font and the icons.
      globPatterns: ['**/*.{js,css,html,svg,png,woff2,json}'],
      // Fetched network-first below, so a newly published dataset or configuration is seen. The staff
      // page (src/staff/) is never stored on a resident's phone.
      globIgnores: ['data/manifest.json', 'config.json', 'screenshots/**', 'staff.html', 'staff/**'],
      navigateFallback: 'index.html',
      // The staff page and the API are the server's, not the app shell's.
      navigateFallbackDenylist: [/\/staff(?:\.html)?\/?$/, /\/api\//],
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: /\/data\/manifest\.json$/,
          handler: 'NetworkFirst',
          options: { cacheName: 'dataset-manifest', networkTimeoutSeconds: 5, expiration: { maxEntries: 2 } },
        },
        {
          // Content-addressed (the hash is in the name), so a cached copy never goes stale.
          urlPattern: /\/data\/dataset\.[0-9a-f]+\.json$/,
          handler: 'CacheFirst',
          options: { cacheName: 'datasets', expiration: { maxEntries: 3 } },
        },
        {
          urlPattern: /\/config\.json$/,
          handler: 'NetworkFirst',
          options: { cacheName: 'runtime-config', networkTimeoutSeconds: 5, expiration: { maxEntries: 1 } },
        },
        {
          // Only tiles the person actually viewed; no bulk prefetch (OpenStreetMap's tile policy).
          urlPattern: tileHost,
          handler: 'CacheFirst',
          options: {
            cacheName: 'map-tiles',
            expiration: { maxEntries: 1500, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [0, 200] },
          },
        },
      ],
    },
  }
}
