import { afterEach, describe, expect, it } from 'vitest'
import { rememberLook, showLook, storedLook } from './homeScreenLook'
import { HOME_SCREEN_LOOKS, LOOK_IDENTITIES, manifestFile, neutralManifest, SHARED_MANIFEST } from './homeScreenLooks'
import { pwaOptions } from './pwaOptions'

afterEach(() => {
  localStorage.clear()
  document.head.innerHTML = ''
})

const manifestHref = () => document.head.querySelector('link[rel="manifest"]')?.getAttribute('href')

describe('the home-screen look', () => {
  it('is the standard one until the person chooses another, and is remembered on this phone', () => {
    expect(storedLook()).toBe('standard')
    expect(rememberLook('weather')).toBe(true)
    expect(storedLook()).toBe('weather')
    expect(rememberLook('standard')).toBe(true)
    expect(localStorage.length).toBe(0)
  })

  it('falls back to the standard one for an unknown value or blocked storage', () => {
    localStorage.setItem('homeScreenLook', 'casino')
    expect(storedLook()).toBe('standard')
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      removeItem: () => undefined,
    }
    expect(storedLook(blocked)).toBe('standard')
    expect(rememberLook('notes', blocked)).toBe(false)
  })

  it('swaps the manifest link, the Safari icon and title, without adding a second link', () => {
    document.head.innerHTML = '<link rel="manifest" href="/manifest.webmanifest">'
    showLook(document, '/', 'weather')
    expect(manifestHref()).toBe('/manifest-weather.webmanifest')
    expect(document.head.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe('/icons/weather/apple-touch-icon-180.png')
    expect(document.head.querySelector('meta[name="apple-mobile-web-app-title"]')?.getAttribute('content')).toBe('สภาพอากาศ')
    showLook(document, '/', 'standard')
    expect(manifestHref()).toBe('/manifest.webmanifest')
    expect(document.head.querySelectorAll('link[rel="manifest"], link[rel="apple-touch-icon"]')).toHaveLength(2)
  })
})

describe('the manifests', () => {
  const standard = pwaOptions('https://tile.example.org/{z}/{x}/{y}.png').manifest
  if (!standard) throw new Error('no manifest')

  it('standard: the current name and icon stay the default', () => {
    expect(standard).toMatchObject({ ...SHARED_MANIFEST, short_name: 'พื้นที่ปลอดภัย' })
    expect(manifestFile('standard')).toBe('manifest.webmanifest')
  })

  it.each(HOME_SCREEN_LOOKS.filter((look) => look !== 'standard'))('%s: the same app (id, start, scope), a neutral name and icon, nothing that says what it is', (look) => {
    const manifest = neutralManifest(look)
    expect(manifest).toMatchObject(SHARED_MANIFEST)
    expect(manifest.short_name).toBe(LOOK_IDENTITIES[look].short_name)
    const text = JSON.stringify(manifest)
    for (const telling of ['ปลอดภัย', 'Safe', 'OSCC', 'ศูนย์พึ่งได้', 'icons/icon-', 'screenshots']) expect(text).not.toContain(telling)
    expect(manifest).not.toHaveProperty('description')
    expect(manifest).not.toHaveProperty('categories')
  })
})
