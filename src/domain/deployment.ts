/**
 * Deployment settings that a build can override with VITE_* variables. The defaults make the app
 * demo-able with no set-up; every other module reads these names instead of repeating the values.
 */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
export const DEFAULT_EXIT_URL = 'https://www.tmd.go.th/'

/** What a deployment sets with VITE_* variables, read by the build (vite.config.ts) and the server alike. */
export interface DeploymentSettings {
  tileUrl: string
  exitUrl: string
  /** Another origin the report form may send to, when it is not the app's own. */
  reportApiOrigin?: string
}

/** The deployment settings from VITE_* variables (unset or empty ones take the defaults). */
export function deploymentSettings(env: Record<string, string | undefined>): DeploymentSettings {
  return {
    tileUrl: env.VITE_TILE_URL || DEFAULT_TILE_URL,
    exitUrl: env.VITE_EXIT_URL || DEFAULT_EXIT_URL,
    reportApiOrigin: env.VITE_REPORT_API_ORIGIN || undefined,
  }
}

/**
 * The origin (scheme://host[:port]) of a tile URL template such as `https://tile.example/{z}/{x}/{y}.png`.
 * Subdomain templates (`{s}`) are refused: the Content-Security-Policy and the tile cache need one host.
 */
export function tileOrigin(tileUrl: string): string {
  if (tileUrl.includes('{s}')) {
    throw new Error(`Tile URL "${tileUrl}" uses {s}: give a single tile host (VITE_TILE_URL).`)
  }
  return new URL(tileUrl.replace(/\{[^}]+\}/g, '0')).origin
}
