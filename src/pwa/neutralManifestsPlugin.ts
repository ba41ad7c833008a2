// Imported by vite.config.ts: relative imports only.
import type { Plugin } from 'vite'
import { HOME_SCREEN_LOOKS, manifestFile, neutralManifest } from './homeScreenLooks'

/**
 * Writes the neutral looks' web app manifests next to vite-plugin-pwa's `manifest.webmanifest`; the
 * install guide points the page's manifest link at the one the person chose (homeScreenLook.ts).
 */
export function neutralManifestsPlugin(): Plugin {
  return {
    name: 'safe-space-map:neutral-manifests',
    apply: 'build',
    generateBundle() {
      for (const look of HOME_SCREEN_LOOKS) {
        if (look === 'standard') continue
        this.emitFile({ type: 'asset', fileName: manifestFile(look), source: `${JSON.stringify(neutralManifest(look))}\n` })
      }
    },
  }
}
