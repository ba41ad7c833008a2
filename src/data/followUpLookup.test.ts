// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { generateFollowUpCode } from '@/domain/report/followUpCode'
import { deriveFollowUpSecrets } from '@/domain/report/followUpSecrets'
import { lookUpFollowUp } from './followUpLookup'

function server(answer: () => Response | Promise<Response>) {
  const requests: { url: string; init: RequestInit | undefined }[] = []
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), init })
    return answer()
  }
  return { fetch: fetchFn as typeof fetch, requests }
}

describe('lookUpFollowUp', () => {
  it('asks with the lookup hash only, never the code, and reads the status', async () => {
    const code = generateFollowUpCode()
    const { lookupHash } = await deriveFollowUpSecrets(code)
    const stub = server(() => Response.json({ found: true, status: 'contact', message: null }))

    expect(await lookUpFollowUp(code, stub.fetch, '/')).toEqual({ status: 'contact', message: null })

    const [request] = stub.requests
    expect(request?.url).toBe('/api/follow-up')
    expect(request?.init).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'error' })
    expect(JSON.parse(String(request?.init?.body))).toEqual({ lookup: lookupHash })
    expect(JSON.stringify(stub.requests)).not.toContain(code.slice(2, 18))
  })

  it('gives null for an unknown code, a refusal, an error page and no connection alike', async () => {
    const answers = [
      () => Response.json({ found: false }),
      () => Response.json({ error: 'rate-limited' }, { status: 429 }),
      () => new Response('<html>Wi-Fi login</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      () => Promise.reject(new TypeError('Failed to fetch')),
    ]
    for (const answer of answers) expect(await lookUpFollowUp(generateFollowUpCode(), server(answer).fetch, '/')).toBeNull()
  })
})
