import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, reportApiSource } from './contentSecurityPolicy'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ')
      return [name, sources]
    }),
  )
}

const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'

describe('content security policy', () => {
  it('allows only the app, the tile host for images and the service worker\'s tile fetches, and nothing inline or evaluated for scripts', () => {
    const policy = directives(contentSecurityPolicy({ tileUrl: OSM }))
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org'])
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://tile.openstreetmap.org'])
    expect(policy.get('font-src')).toEqual(["'self'"])
    expect(policy.get('worker-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
  })

  it('never allows unsafe-eval, and unsafe-inline only for styles', () => {
    const policy = contentSecurityPolicy({ tileUrl: OSM, reportApiOrigin: 'https://reports.example.org' })
    expect(policy).not.toContain('unsafe-eval')
    const inline = [...directives(policy)].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name)
    expect(inline).toEqual(['style-src'])
  })

  it('adds the report API origin to connect-src', () => {
    const policy = directives(contentSecurityPolicy({ tileUrl: OSM, reportApiOrigin: 'https://reports.example.org/' }))
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://reports.example.org', 'https://tile.openstreetmap.org'])
  })

  it('uses the configured tile host, and nothing extra for tiles served by the app itself', () => {
    const own = directives(contentSecurityPolicy({ tileUrl: 'https://tiles.example.org:8443/osm/{z}/{x}/{y}.png' }))
    expect(own.get('img-src')).toEqual(["'self'", 'data:', 'https://tiles.example.org:8443'])
    const local = directives(contentSecurityPolicy({ tileUrl: '/tiles/{z}/{x}/{y}.png' }))
    expect(local.get('img-src')).toEqual(["'self'", 'data:'])
  })
})

describe('report API origin', () => {
  it('accepts an https origin, or plain http on this machine for development', () => {
    expect(reportApiSource('https://reports.example.org')).toBe('https://reports.example.org')
    expect(reportApiSource('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787')
  })

  it('refuses plain http elsewhere, a path, and text that is not an address', () => {
    expect(() => reportApiSource('http://reports.example.org')).toThrow(/https/)
    expect(() => reportApiSource('https://reports.example.org/api')).toThrow(/origin only/)
    expect(() => reportApiSource('reports.example.org')).toThrow(/not an absolute address/)
  })
})
