import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createFeatureI18n } from '@/locales'
import review from '@/locales/messages/review'
import staff from '@/locales/messages/staff'
import type { ProposalView } from '@common/volunteer/api'
import { PUBLISHED, sourcePlace } from '../../../tests/unit/fixtures/placesImport'
import { useStaffSession } from '../stores/staffSession'
import ProposalCard from './ProposalCard.vue'

const police = PUBLISHED[0] ?? sourcePlace({ id: 'police-dusit' })

function proposal(overrides: Partial<ProposalView> = {}): ProposalView {
  return {
    id: 7,
    clientId: 'c-7',
    kind: 'edit',
    placeId: 'police-dusit',
    status: 'pending',
    author: 'vol.somchai',
    createdAt: '2026-12-01T03:00:00Z',
    before: police,
    after: { properties: { ...police.properties, phones: [{ e164: '+6622811999', display: '02 281 1999' }] }, point: { lat: 13.785, lng: 100.52 } },
    answers: null,
    comment: null,
    sensitive: false,
    decidedBy: null,
    decidedAt: null,
    rejectionReason: null,
    publishedVersion: null,
    ...overrides,
  }
}

type Answer = { status: number; body: unknown }

/** Mounts a card for `coordinator`, answering the staff API from `answers` (path → answer), and records what was sent. */
async function mountCard(view: ProposalView, coordinator = 'coord.a', answers: Record<string, Answer> = {}) {
  const sent: Array<{ path: string; body: unknown }> = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      sent.push({ path, body: init?.body ? JSON.parse(String(init.body)) : undefined })
      const answer = path === '/api/staff/me' ? { status: 200, body: { account: { id: 1, username: coordinator, role: 'coordinator', createdAt: '', disabledAt: null } } } : answers[path]
      return new Response(JSON.stringify(answer?.body ?? {}), { status: answer?.status ?? 500 })
    }),
  )
  const pinia = createPinia()
  setActivePinia(pinia)
  const problem = { th: 'x', en: 'x' }
  await useStaffSession().start({ offline: problem, unexpected: problem, sessionEnded: problem })
  const wrapper = mount(ProposalCard, { props: { proposal: view, basemap: null }, global: { plugins: [pinia, createFeatureI18n([staff, review])] } })
  return { wrapper, sent }
}

afterEach(() => vi.unstubAllGlobals())

describe('ProposalCard', () => {
  it('shows the change field by field, old and new, who proposed it and when, and the moved pin', async () => {
    const { wrapper } = await mountCard(proposal())
    const rows = wrapper.findAll('[data-testid="review-diff-row"]')
    expect(rows.map((row) => row.attributes('data-column'))).toEqual(['lat', 'phone_1'])
    const phone = rows[1]
    expect(phone?.find('[data-testid="review-before"]').text()).toBe('02 281 1000')
    expect(phone?.find('[data-testid="review-after"]').text()).toBe('02 281 1999')
    expect(phone?.find('th').text()).toContain('เบอร์โทร 1')
    expect(wrapper.get('[data-testid="review-proposed-by"]').text()).toContain('vol.somchai')
    expect(wrapper.get('[data-testid="review-proposed-by"]').text()).toContain('2569')
    expect(wrapper.find('[data-testid="review-pin-before"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="review-pin-after"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="review-moved"]').text()).toContain('556')
  })

  it('approves and shows the dataset version it published', async () => {
    const approved = { proposal: proposal({ status: 'approved', publishedVersion: 3 }), publishedVersion: 3 }
    const { wrapper, sent } = await mountCard(proposal(), 'coord.a', { '/api/staff/proposals/7/approve': { status: 200, body: approved } })
    await wrapper.get('[data-testid="review-approve"]').trigger('click')
    await flushPromises()
    expect(sent.at(-1)).toEqual({ path: '/api/staff/proposals/7/approve', body: { confirmSensitive: false } })
    expect(wrapper.get('[data-testid="review-approved"]').text()).toContain('ชุดที่ 3')
    expect(wrapper.find('[data-testid="review-approve"]').exists()).toBe(false)
  })

  it('does not offer approval of the signed-in person’s own proposal, and says why', async () => {
    const { wrapper } = await mountCard(proposal({ author: 'coord.a' }), 'coord.a')
    expect(wrapper.find('[data-testid="review-approve"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="review-own"]').text()).toContain('another coordinator must approve it')
  })

  it('refuses a rejection without a reason, in Thai and English, and sends nothing', async () => {
    const { wrapper, sent } = await mountCard(proposal())
    await wrapper.get('[data-testid="review-reason"]').setValue('   ')
    await wrapper.get('[data-testid="review-reject"]').trigger('click')
    expect(wrapper.get('[data-testid="staff-problem"]').text()).toContain('ใส่เหตุผลก่อน')
    expect(wrapper.get('[data-testid="staff-problem"]').text()).toContain('Give a reason first')
    expect(sent.map((call) => call.path)).toEqual(['/api/staff/me'])
  })

  it('a removal or a change to a safe house needs the second confirmation before it is sent', async () => {
    const removal = proposal({ kind: 'remove', after: null, sensitive: true, comment: 'ปิดแล้ว' })
    const { wrapper, sent } = await mountCard(removal, 'coord.a', { '/api/staff/proposals/7/approve': { status: 200, body: { proposal: { ...removal, status: 'approved' }, publishedVersion: 4 } } })
    await wrapper.get('[data-testid="review-approve"]').trigger('click')
    expect(wrapper.get('[data-testid="staff-problem"]').text()).toContain('Tick the confirmation')
    expect(sent).toHaveLength(1)
    await wrapper.get('[data-testid="review-confirm-sensitive"]').setValue(true)
    await wrapper.get('[data-testid="review-approve"]').trigger('click')
    await flushPromises()
    expect(sent.at(-1)?.body).toEqual({ confirmSensitive: true })
    expect(wrapper.get('[data-testid="review-approved"]').text()).toContain('4')
  })
})
