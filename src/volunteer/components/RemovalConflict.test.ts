import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { ProposalInput } from '@common/volunteer/api'
import { testSourcePlace } from '@common/volunteer/testPlace'
import RemovalConflict from './RemovalConflict.vue'
import { volunteerPlugins } from './volunteerTestKit'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const base = testSourcePlace()
const current = { ...base, properties: { ...base.properties, phones: [{ e164: '+6621234567', display: '02 123 4567' }] } }
const removal = { kind: 'remove', clientId: 'removal-first-try', placeId: base.properties.id, base, comment: 'ปิดไปแล้ว' } as const
const conflict = { code: 'conflict', current: { place: current, updatedAt: '2026-11-25T00:00:00Z', checks: {} } } as const

describe('RemovalConflict', () => {
  it('shows what changed on the server and proposes removing the current version under a new clientId', async () => {
    wrapper = mount(RemovalConflict, { props: { removal, conflict }, global: { plugins: volunteerPlugins().plugins } })
    const rows = wrapper.findAll('[data-testid="removal-conflict-row"]')
    expect(rows.map((row) => row.attributes('data-field'))).toEqual(['phones'])
    expect(rows[0]?.text()).toContain('02 123 4567')
    await wrapper.get('[data-testid="removal-send-again"]').trigger('click')
    const [[input]] = wrapper.emitted('settle') as [[ProposalInput]]
    expect(input).toMatchObject({ kind: 'remove', placeId: base.properties.id, base: current, comment: 'ปิดไปแล้ว' })
    expect(input.clientId).not.toBe('removal-first-try')
  })
})
