import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { FollowUpLookupView } from '@common/desk/api'
import { formatFollowUpCode, generateFollowUpCode, type FollowUpCode } from '@/domain/report/followUpCode'
import { deriveFollowUpSecrets } from '@/domain/report/followUpSecrets'
import { createAppI18n } from '@/locales'
import { usePlacesStore } from '@/stores/places'
import SearchInput from './SearchInput.vue'
import { loadSearchFeedback } from './loadSearchFeedback'
import { DISTRICTS, PLACES } from '../../../tests/unit/fixtures/findingPlaces'

// The server's POST /api/follow-up: it knows reports by lookup hash only, and records what it was asked.
const server = { reports: new Map<string, FollowUpLookupView>(), asked: [] as unknown[] }
async function fakeServer(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (!String(input).endsWith('/api/follow-up')) return new Response(null, { status: 404 })
  const body = JSON.parse(String(init?.body)) as { lookup: string }
  server.asked.push(body)
  return Response.json(server.reports.get(body.lookup) ?? { found: false })
}

async function knownReport(code: FollowUpCode, view: FollowUpLookupView): Promise<void> {
  server.reports.set((await deriveFollowUpSecrets(code)).lookupHash, view)
}

let pinia: Pinia
let wrapper: VueWrapper | undefined
// In the app main.ts fetches the feedback's chunk once the map is painted; here, before the first search.
beforeAll(async () => {
  await loadSearchFeedback()
})
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  const places = usePlacesStore()
  places.places = PLACES
  places.districts = DISTRICTS
  server.reports.clear()
  server.asked = []
  vi.stubGlobal('fetch', fakeServer)
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

async function search(query: string): Promise<VueWrapper> {
  wrapper?.unmount()
  usePlacesStore().filters.query = ''
  wrapper = mount(SearchInput, { global: { plugins: [pinia, createAppI18n('th')] } })
  await wrapper.find('[data-testid="search-input"]').setValue(query)
  await flushPromises()
  await vi.waitFor(() => expect(wrapper?.find('.search-feedback').exists()).toBe(true), { timeout: 10_000 })
  await flushPromises()
  return wrapper
}

/**
 * What the feedback shows once the server (if asked) has answered, with the typed words taken out
 * (they are echoed in "no match for …").
 */
async function feedbackFor(query: string, { asksServer }: { asksServer: boolean }): Promise<string> {
  const askedBefore = server.asked.length
  const w = await search(query)
  if (asksServer) await vi.waitFor(() => expect(server.asked.length).toBe(askedBefore + 1), { timeout: 10_000 })
  await flushPromises()
  return w.find('.search-feedback').html().replaceAll(query.trim(), '…')
}

// The lookup stretches the code (PBKDF2) and loads the status view: slow on a busy machine.
const statusShown = (w: VueWrapper) => vi.waitFor(() => expect(w.find('[data-testid="follow-up-status"]').exists()).toBe(true), { timeout: 10_000 })

function typo(code: FollowUpCode): string {
  const digit = code[5] === '1' ? '2' : '1'
  return code.slice(0, 5) + digit + code.slice(6)
}

describe('a follow-up code in the search box', () => {
  it('opens the report’s status instead of "no match", asking with the lookup hash only', async () => {
    const code = generateFollowUpCode()
    await knownReport(code, { found: true, status: 'received', message: null })

    const w = await search(formatFollowUpCode(code).toLowerCase())
    await statusShown(w)

    expect(w.find('[data-testid="follow-up-status"]').attributes('data-status')).toBe('received')
    expect(w.find('[data-testid="follow-up-status"]').text()).toContain('ทีมดูแลเคสได้รับเรื่องแล้ว')
    expect(w.find('[data-testid="search-no-match"]').exists()).toBe(false)
    expect(server.asked).toEqual([{ lookup: (await deriveFollowUpSecrets(code)).lookupHash }])
  })

  it('says "someone will contact you" and "closed" in words', async () => {
    const contact = generateFollowUpCode()
    const closed = generateFollowUpCode()
    await knownReport(contact, { found: true, status: 'contact', message: null })
    await knownReport(closed, { found: true, status: 'closed', message: null })
    const texts = []
    for (const code of [contact, closed]) {
      const w = await search(code)
      await statusShown(w)
      texts.push(w.find('[data-testid="follow-up-status"]').text())
      expect(w.find('[data-testid="follow-up-message"]').exists()).toBe(false)
    }
    expect(texts[0]).toContain('ถ้าคุณขอให้ติดต่อกลับ จะติดต่อตามวิธีและเวลาที่คุณขอไว้')
    expect(texts[1]).toContain('เรื่องนี้ปิดแล้ว')
  })

  it('shows an unknown code, a code with a typo, a refusal and ordinary words that match nothing exactly alike', async () => {
    const known = generateFollowUpCode()
    await knownReport(known, { found: true, status: 'received', message: null })
    const ordinary = await feedbackFor('ไม่มีที่นี่', { asksServer: false })

    expect(await feedbackFor(generateFollowUpCode(), { asksServer: true })).toBe(ordinary)
    expect(await feedbackFor(typo(known), { asksServer: false })).toBe(ordinary)
    expect(await feedbackFor('TH123', { asksServer: false })).toBe(ordinary)
    // Too many lookups: the server refuses (429), and the known code too looks like no match.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      await fakeServer(input, init)
      return Response.json({ error: 'rate-limited' }, { status: 429 })
    })
    expect(await feedbackFor(known, { asksServer: true })).toBe(ordinary)
    expect(ordinary).toContain('data-testid="search-no-match"')
    // Only well-formed codes were sent; a typo never is.
    expect(server.asked).toHaveLength(2)
  })

  it('clears the search box, and the status with it, when the person is done', async () => {
    const code = generateFollowUpCode()
    await knownReport(code, { found: true, status: 'contact', message: null })
    const w = await search(code)
    await statusShown(w)

    await w.find('[data-testid="follow-up-clear"]').trigger('click')
    await flushPromises()

    expect((w.find('[data-testid="search-input"]').element as HTMLInputElement).value).toBe('')
    expect(w.find('[data-testid="follow-up-status"]').exists()).toBe(false)
  })
})
