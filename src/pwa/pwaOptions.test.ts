import { describe, expect, it } from 'vitest'
import { pwaOptions } from './pwaOptions'

const denylist = pwaOptions('https://tile.example.org/{z}/{x}/{y}.png').workbox?.navigateFallbackDenylist ?? []
const servedByTheAppShell = (path: string) => !denylist.some((pattern) => pattern.test(path))

describe("the service worker's page fallback", () => {
  // On the trainer's laptop the app is controlled by its service worker: quick exit to the laptop's
  // neutral page, or opening /staff or /workshop, must reach the server, not the app's own shell.
  it("never answers for the server's own pages: staff, the presenter, a workshop's exit page, the API", () => {
    for (const path of ['/staff', '/staff.html', '/workshop', '/workshop/', '/weather', '/api/config']) {
      expect(servedByTheAppShell(path), path).toBe(false)
    }
  })

  it("answers for the app's own addresses", () => {
    for (const path of ['/', '/index.html', '/some/deep/link']) expect(servedByTheAppShell(path), path).toBe(true)
  })
})
