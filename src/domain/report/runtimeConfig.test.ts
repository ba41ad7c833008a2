import { describe, expect, it } from 'vitest'
import { parseRuntimeConfig, reportChannel } from './runtimeConfig'

const X = 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU'
const Y = 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0'
const jwk = { kty: 'EC', crv: 'P-256', x: X, y: Y }
const key = (id: string) => ({ id, publicKeyJwk: jwk })

const APP = 'https://safe.example.org'
const parse = (content: unknown) => parseRuntimeConfig(content, APP)

function problemOf(content: unknown): string {
  const parsed = parse(content)
  return parsed.ok ? '' : `${parsed.problem.th}\n${parsed.problem.en}`
}

describe('parseRuntimeConfig', () => {
  it('accepts the committed static-deployment default', () => {
    expect(parse({ reportEndpoint: null, caseDeskKeys: [] })).toEqual({
      ok: true,
      value: { reportEndpoint: null, caseDeskKeys: [] },
    })
  })

  it('accepts an https endpoint, a same-site path and a loopback http address for local testing, resolved to a full address', () => {
    const endpoints = {
      'https://cases.example.org/api/reports': 'https://cases.example.org/api/reports',
      '/api/reports': `${APP}/api/reports`,
      'http://127.0.0.1:8080/r': 'http://127.0.0.1:8080/r',
      'http://localhost/r': 'http://localhost/r',
    }
    for (const [endpoint, resolved] of Object.entries(endpoints)) {
      const parsed = parse({ reportEndpoint: endpoint, caseDeskKeys: [key('2026-01')] })
      expect(parsed.ok && parsed.value.reportEndpoint).toBe(resolved)
    }
  })

  it('refuses a "path" that the browser resolves to another host', () => {
    for (const endpoint of ['/\\evil.example/x', '/\t/evil.example', '/\n/evil.example/r', '\\\\evil.example/r', '/\\/evil.example']) {
      expect(problemOf({ reportEndpoint: endpoint, caseDeskKeys: [key('k')] })).toContain('reportEndpoint')
    }
  })

  it('refuses endpoints that would send reports in the clear or to a guessable place', () => {
    for (const endpoint of ['http://cases.example.org/r', '//evil.example/r', 'ftp://x/y', 'reports', '', 42]) {
      expect(problemOf({ reportEndpoint: endpoint, caseDeskKeys: [key('k')] })).toContain('reportEndpoint')
    }
  })

  it('keeps only the public parts of each key, in order', () => {
    const parsed = parse({
      reportEndpoint: '/api/reports',
      caseDeskKeys: [{ id: 'new', publicKeyJwk: { ...jwk, ext: true, key_ops: [] } }, key('old')],
    })
    expect(parsed.ok && parsed.value.caseDeskKeys).toEqual([key('new'), key('old')])
  })

  it('refuses a private key loudly', () => {
    const message = problemOf({ reportEndpoint: '/r', caseDeskKeys: [{ id: 'k', publicKeyJwk: { ...jwk, d: 'secret' } }] })
    expect(message).toContain('PRIVATE')
    expect(message).toContain('กุญแจส่วนตัว')
  })

  it('says which key is malformed and how', () => {
    expect(problemOf({ reportEndpoint: '/r', caseDeskKeys: [key('a'), { id: 'b', publicKeyJwk: { ...jwk, crv: 'P-384' } }] })).toContain(
      'caseDeskKeys[1].publicKeyJwk must be an EC P-256 public key',
    )
    expect(problemOf({ reportEndpoint: '/r', caseDeskKeys: [{ publicKeyJwk: jwk }] })).toContain('caseDeskKeys[0] needs an "id"')
    expect(problemOf({ reportEndpoint: '/r', caseDeskKeys: [{ id: 'a', publicKeyJwk: { ...jwk, x: 'short' } }] })).toContain('base64url x and y')
    expect(problemOf({ reportEndpoint: '/r', caseDeskKeys: [key('a'), key('a')] })).toContain('"a" twice')
  })

  it('refuses an endpoint without a key, and things that are not a config', () => {
    expect(problemOf({ reportEndpoint: '/r', caseDeskKeys: [] })).toContain('caseDeskKeys is empty')
    expect(problemOf({ reportEndpoint: '/r' })).toContain('caseDeskKeys is empty')
    expect(problemOf({ reportEndpoint: null, caseDeskKeys: {} })).toContain('must be a list')
    expect(problemOf([])).toContain('must be a JSON object')
    expect(problemOf(null)).toContain('must be a JSON object')
  })
})

describe('reportChannel', () => {
  it('is ready with the first (newest) key when an endpoint and keys are set', () => {
    const channel = reportChannel(parse({ reportEndpoint: '/r', caseDeskKeys: [key('new'), key('old')] }))
    expect(channel).toEqual({ status: 'ready', endpoint: `${APP}/r`, key: key('new') })
  })

  it('is not configured without an endpoint, even with keys', () => {
    expect(reportChannel(parse({ reportEndpoint: null, caseDeskKeys: [key('k')] }))).toEqual({ status: 'not-configured' })
  })

  it('carries the problem of a malformed config', () => {
    const channel = reportChannel(parse({ reportEndpoint: 5 }))
    expect(channel.status).toBe('invalid')
  })
})
