import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { DeskGrantsUpload, DeskRotationUpload } from '@common/desk/api'
import { grantDeskKeys } from '../desk/grants'
import { unlockDesk } from '../desk/keyring'
import { useDeskLock } from '../stores/deskLock'
import { coordinator, FakeDeskServer } from './testing/fakeDeskServer'
import { find, givePersonalKey, mountDesk, samplePayload, setUpDesk, TEST_PASSPHRASE, unlock } from './testing/deskTestKit'

let wrapper: VueWrapper | undefined
afterEach(() => {
  useDeskLock().lock()
  wrapper?.unmount()
  document.body.innerHTML = ''
})

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

async function holdersOf(server: FakeDeskServer): Promise<void> {
  wrapper = await mountDesk(server)
  await unlock(wrapper)
  await byTestId('desk-panel-holders').trigger('click')
  await find(wrapper, 'desk-holders')
}

// Real WebCrypto (the screens make keys at 600,000 PBKDF2 rounds) on a shared machine: more than the default 5 s.
describe('key holders', { timeout: 30_000 }, () => {
  it('grants every desk key to a coordinator who has a personal key, who can then open the reports', async () => {
    const server = new FakeDeskServer([coordinator(7, 'somchai'), coordinator(8, 'malee'), coordinator(9, 'niran')])
    await setUpDesk(server, 7)
    await givePersonalKey(server, 8, 'ดอกมะลิบานที่ริมรั้วบ้าน')
    await server.receive(samplePayload('MARKER-granted'))
    await holdersOf(server)

    expect(byTestId('desk-holder-niran').text()).toContain('ยังไม่ได้สร้างกุญแจส่วนตัว')
    expect(byTestId('desk-holder-niran').find('[data-testid="desk-holder-grant"]').exists()).toBe(false)
    expect(byTestId('desk-holder-somchai').find('button').exists()).toBe(false)
    await byTestId('desk-holder-malee').find('[data-testid="desk-holder-grant"]').trigger('click')
    await expect.poll(() => byTestId('desk-holder-malee').text()).toContain('ถือกุญแจอยู่')

    const granted = (server.sent('POST', '/api/staff/desk/grants')[0]?.body as DeskGrantsUpload).grants
    expect(granted.map((grant) => grant.holderId)).toEqual(['staff-8'])
    const malee = await unlockDesk(server.personalKeys.get('staff-8')!, 'ดอกมะลิบานที่ริมรั้วบ้าน', { deskKeys: server.deskKeys, grants: granted })
    expect(malee.ok && malee.value.privateKeyFor(server.deskKeys[0]!.id).ok).toBe(true)
  })

  it('revokes a holder, then rotates: the new key goes to the rest and the recovery key, new reports use it and old ones stay readable', async () => {
    const server = new FakeDeskServer([coordinator(7, 'somchai'), coordinator(8, 'malee')])
    await setUpDesk(server, 7)
    await givePersonalKey(server, 8)
    const firstKey = server.deskKeys[0]!
    // Malee already holds the key (granted earlier).
    const own = await unlockDesk(server.personalKeys.get('staff-7')!, TEST_PASSPHRASE, server)
    if (!own.ok) throw new Error(own.error.en)
    const toMalee = await grantDeskKeys(own.value, { holderId: 'staff-8', publicKeyJwk: server.personalKeys.get('staff-8')!.publicKeyJwk })
    if (!toMalee.ok) throw new Error(toMalee.error.en)
    server.grants.push(...toMalee.value)
    await server.receive(samplePayload('MARKER-before-rotation'), { day: '2026-11-30' })
    await holdersOf(server)

    await byTestId('desk-holder-malee').find('[data-testid="desk-holder-revoke"]').trigger('click')
    expect(byTestId('desk-holder-malee').text()).toContain('ต้องสร้างกุญแจใหม่')
    await byTestId('desk-holder-malee').find('[data-testid="desk-holder-revoke-confirm"]').trigger('click')
    await find(wrapper!, 'desk-rotation-due')
    expect(server.sent('DELETE', '/api/staff/desk/holders/staff-8')).toHaveLength(1)

    await byTestId('desk-rotate').trigger('click')
    await expect.poll(() => byTestId('desk-rotation-due').exists()).toBe(false)
    const rotation = server.sent('POST', '/api/staff/desk/rotate')[0]?.body as DeskRotationUpload
    expect(rotation.grants.map((grant) => grant.holderId).sort()).toEqual(['desk-recovery', 'staff-7'])
    expect(server.deskKeys[0]?.id).toBe(rotation.deskKey.id)
    expect(rotation.deskKey.id).not.toBe(firstKey.id)

    // A report sent after the rotation uses the new key; both open without unlocking again.
    const after = await server.receive(samplePayload('MARKER-after-rotation'))
    expect(after.envelope.keyId).toBe(rotation.deskKey.id)
    await byTestId('desk-panel-inbox').trigger('click')
    await flushPromises()
    const open = async (index: number) => {
      await find(wrapper!, 'desk-report-open')
      await wrapper!.findAll('[data-testid="desk-report-open"]')[index]!.trigger('click')
      const text = (await find(wrapper!, 'desk-report-whatHappened')).text()
      await byTestId('desk-report-back').trigger('click')
      return text
    }
    expect(await open(0)).toBe('MARKER-after-rotation')
    expect(await open(1)).toBe('MARKER-before-rotation')
  })
})
