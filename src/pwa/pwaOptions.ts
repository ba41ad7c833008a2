// Build-time configuration of vite-plugin-pwa (imported by vite.config.ts, not by the app).
import type { VitePWAOptions } from 'vite-plugin-pwa'
import { tileOrigin } from '../domain/deployment'
import { DATASET_CACHE, TILE_CACHE } from './cacheNames'
import { keepJsonOnly, keepTileImagesOnly } from './cachePlugins'
import { LOOK_IDENTITIES, manifestIcons, SHARED_MANIFEST } from './homeScreenLooks'

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
    // The neutral looks' manifests (neutralManifestsPlugin.ts) are fetched when installing, never precached.
    manifest: {
      ...SHARED_MANIFEST,
      name: LOOK_IDENTITIES.standard.name,
      short_name: LOOK_IDENTITIES.standard.short_name,
      description:
        'หาศูนย์พึ่งได้ สถานีตำรวจ และพื้นที่ปลอดภัยในชุมชน กรุงเทพฯ และสมุทรปราการ ใช้ได้แม้ออฟไลน์ · Find OSCC hospitals, police and community safe spaces in Bangkok and Samut Prakan, offline.',
      theme_color: LOOK_IDENTITIES.standard.color,
      categories: ['health', 'medical', 'navigation'],
      icons: manifestIcons(LOOK_IDENTITIES.standard.iconDir),
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
      // The staff page, a workshop's presenter and quick-exit pages and the API are the server's, not the app shell's.
      navigateFallbackDenylist: [/\/staff(?:\.html)?\/?$/, /\/workshop(?:\.html)?\/?$/, /\/weather\/?$/, /\/api\//],
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: /\/data\/manifest\.json$/,
          handler: 'NetworkFirst',
          options: { cacheName: 'dataset-manifest', networkTimeoutSeconds: 5, expiration: { maxEntries: 2 }, plugins: [keepJsonOnly] },
        },
        {
          // Content-addressed (the hash is in the name), so a cached copy never goes stale; one that
          // fails its hash is deleted by the app (data/datasetSource.ts).
          urlPattern: /\/data\/dataset\.[0-9a-f]+\.json$/,
          handler: 'CacheFirst',
          options: { cacheName: DATASET_CACHE, expiration: { maxEntries: 3 }, plugins: [keepJsonOnly] },
        },
        {
          urlPattern: /\/config\.json$/,
          handler: 'NetworkFirst',
          options: { cacheName: 'runtime-config', networkTimeoutSeconds: 5, expiration: { maxEntries: 1 }, plugins: [keepJsonOnly] },
        },
        {
          // Only tiles the person actually viewed; no bulk prefetch (OpenStreetMap's tile policy).
          // At most 500 tiles of at most 100 KB each (typically 10–40 KB): about 40 screens of map,
          // never more than 50 MB. Quick exit deletes this cache (safety/tileCache.ts).
          urlPattern: tileHost,
          handler: 'CacheFirst',
          options: {
            cacheName: TILE_CACHE,
            expiration: { maxEntries: 500, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true },
            plugins: [keepTileImagesOnly],
          },
        },
      ],
    },
  }
}
