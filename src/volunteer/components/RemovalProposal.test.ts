import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { WorkingPlaceView } from '@common/volunteer/api'
import { testSourcePlace } from '@common/volunteer/testPlace'
import { VOLUNTEER_DATABASE_NAME } from '../data/volunteerDb'
import { MAX_REMOVAL_REASON } from '../domain/removalReason'
import { useVolunteerSession } from '../stores/volunteerSession'
import RemovalProposal from './RemovalProposal.vue'
import { volunteerPlugins } from './volunteerTestKit'

let wrapper: VueWrapper | undefined
afterEach(async () => {
  wrapper?.unmount()
  await Dexie.delete(VOLUNTEER_DATABASE_NAME)
})

const view: WorkingPlaceView = { place: testSourcePlace(), updatedAt: '2026-11-20T00:00:00Z', checks: {} }

async function openRemoval() {
  const { plugins } = volunteerPlugins()
  wrapper = mount(RemovalProposal, { props: { view }, global: { plugins } })
  await wrapper.get('[data-testid="removal-open"]').trigger('click')
  return { w: wrapper, session: useVolunteerSession() }
}

async function send(w: VueWrapper, reason: string): Promise<void> {
  await w.get('[data-testid="removal-reason"]').setValue(reason)
  await w.get('[data-testid="removal-send"]').trigger('click')
  await flushPromises()
}

describe('RemovalProposal', () => {
  it('says a coordinator must approve it and that residents still see the place until then', async () => {
    const { w } = await openRemoval()
    expect(w.text()).toContain('ผู้ประสานงานต้องอนุมัติการลบก่อน ระหว่างนี้ผู้ใช้ยังเห็นสถานที่นี้ตามเดิม')
  })

  it('refuses an empty, blank or too long reason in Thai and English, and queues nothing', async () => {
    const { w, session } = await openRemoval()
    await send(w, '')
    const problem = () => w.get('[data-testid="removal-reason-problem"]').text()
    expect(problem()).toContain('กรุณาเขียนเหตุผลที่ควรลบสถานที่นี้')
    expect(problem()).toContain('Write why this place should be removed')
    await send(w, '   \n ')
    expect(problem()).toContain('cannot be empty or only spaces')
    await send(w, 'ก'.repeat(MAX_REMOVAL_REASON + 1))
    expect(problem()).toContain(`ยาวเกิน ${MAX_REMOVAL_REASON} ตัวอักษร`)
    expect(problem()).toContain(`longer than ${MAX_REMOVAL_REASON} characters`)
    expect(session.jobs).toEqual([])
    expect(w.find('[data-testid="removal-queued"]').exists()).toBe(false)
  })

  it('queues one removal of the place as loaded, with the trimmed reason, and shows it is waiting', async () => {
    const { w, session } = await openRemoval()
    await send(w, '  ปิดไปแล้วตั้งแต่ปี 2568  ')
    await vi.waitFor(() => expect(session.jobs).toHaveLength(1))
    const [job] = session.jobs
    expect(job?.tag).toBe('remove')
    expect(job?.payload).toEqual({ kind: 'remove', clientId: job?.id, placeId: view.place.properties.id, base: view.place, comment: 'ปิดไปแล้วตั้งแต่ปี 2568' })
    await flushPromises()
    expect(w.get('[data-testid="removal-queued"]').text()).toContain('จะส่งเมื่อมีสัญญาณ')
    expect(w.find('[data-testid="removal-reason"]').exists()).toBe(false)
  })
})
