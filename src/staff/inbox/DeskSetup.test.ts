import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import type { DeskSetupUpload, PersonalKeyUpload } from '@common/desk/api'
import { DEFAULT_PBKDF2_ITERATIONS } from '../desk/passphrase'
import { recoveryCodeSheet } from '../desk/recoveryCode'
import { unlockDeskWithRecoveryCode } from '../desk/keyring'
import { coordinator, FakeDeskServer } from './testing/fakeDeskServer'
import { find, mountDesk, TEST_PASSPHRASE } from './testing/deskTestKit'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

const byTestId = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

// Real WebCrypto (the screens make keys at 600,000 PBKDF2 rounds) on a shared machine: more than the default 5 s.
describe('the first coordinator sets up the desk', { timeout: 30_000 }, () => {
  it('makes a personal key, shows the recovery code once and publishes nothing until two groups are typed back', async () => {
    const server = new FakeDeskServer([coordinator(7, 'somchai')])
    wrapper = await mountDesk(server)

    // The passphrase rules are ticked off while typing.
    await find(wrapper, 'desk-personal-key')
    await byTestId('desk-new-passphrase').setValue('สั้น')
    expect(byTestId('desk-rule-length').attributes('data-met')).toBe('false')
    expect(byTestId('desk-passphrase-rules').text()).toContain('อย่างน้อย 12 ตัวอักษร')
    await byTestId('desk-new-passphrase').setValue('aaaaaaaaaaaaaaaa')
    expect(byTestId('desk-rule-length').attributes('data-met')).toBe('true')
    expect(byTestId('desk-rule-distinct').attributes('data-met')).toBe('false')

    // A mismatch is refused before any key is made.
    await byTestId('desk-new-passphrase').setValue(TEST_PASSPHRASE)
    await byTestId('desk-repeat-passphrase').setValue(`${TEST_PASSPHRASE}x`)
    await byTestId('desk-personal-key').trigger('submit')
    expect(byTestId('desk-new-passphrase-problem').text()).toContain('ไม่ตรงกัน')
    expect(server.sent('PUT', '/api/staff/desk/personal-key')).toHaveLength(0)

    await byTestId('desk-repeat-passphrase').setValue(TEST_PASSPHRASE)
    await byTestId('desk-personal-key').trigger('submit')
    expect(byTestId('desk-working').text()).toContain('กำลังสร้างกุญแจ')
    await find(wrapper, 'desk-setup')
    const [upload] = server.sent('PUT', '/api/staff/desk/personal-key')
    const personalKey = (upload?.body as PersonalKeyUpload).personalKey
    expect(personalKey).toMatchObject({ holderId: 'staff-7', kdf: { name: 'PBKDF2', iterations: DEFAULT_PBKDF2_ITERATIONS } })
    expect(JSON.stringify(server.requests)).not.toContain(TEST_PASSPHRASE)

    // The recovery code: seven groups, in Latin and in Thai letters, on a page to print.
    await byTestId('desk-setup-create').trigger('click')
    const sheet = await find(wrapper, 'desk-recovery-sheet')
    const latin = sheet.findAll('[data-testid="desk-recovery-latin"]').map((cell) => cell.text())
    expect(latin).toHaveLength(7)
    const code = latin.join('')
    const [firstGroup] = recoveryCodeSheet(code as Parameters<typeof recoveryCodeSheet>[0])
    expect(byTestId('desk-recovery-group-1').text()).toContain(firstGroup?.thai)
    expect(byTestId('desk-recovery-print').exists()).toBe(true)

    // Typing back the wrong groups does not finish set-up and sends nothing.
    await byTestId('desk-setup-stored').trigger('click')
    const asked = byTestId('desk-setup-asked').text()
    const [first, second] = [...asked.matchAll(/กลุ่มที่ (\d)/g)].map((match) => Number(match[1]))
    expect(first).toBeLessThan(second!)
    const group = (number: number) => latin[number - 1] ?? ''
    await byTestId('desk-setup-typed').setValue(`${group(second!)} ${group(first!)}`)
    await byTestId('desk-setup-confirm').trigger('submit')
    expect(byTestId('staff-problem').text()).toContain('ไม่ตรงกับรหัสกู้คืน')
    expect(server.sent('POST', '/api/staff/desk/setup')).toHaveLength(0)

    // The right groups, in Thai letters, publish the desk: the code itself never leaves the page.
    const thai = recoveryCodeSheet(code as Parameters<typeof recoveryCodeSheet>[0])
    await byTestId('desk-setup-typed').setValue(`${thai[first! - 1]?.thai}-${thai[second! - 1]?.thai}`)
    await byTestId('desk-setup-confirm').trigger('submit')
    await find(wrapper, 'desk-unlock')
    const [setup] = server.sent('POST', '/api/staff/desk/setup')
    const published = setup?.body as DeskSetupUpload
    expect(published.grants.map((grant) => grant.holderId).sort()).toEqual(['desk-recovery', 'staff-7'])
    expect(JSON.stringify(server.requests)).not.toContain(code)
    expect(JSON.stringify(server.requests)).not.toContain(group(1))

    // The printed code opens what was published.
    const recovered = await unlockDeskWithRecoveryCode(published.recoveryKey, code, { deskKeys: [published.deskKey], grants: published.grants })
    expect(recovered.ok).toBe(true)
  })
})
