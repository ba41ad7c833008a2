import { describe, expect, it } from 'vitest'
import { workshopConsoleMessage, type WorkshopConsoleInfo } from './consoleMessage'

const info: WorkshopConsoleInfo = {
  addresses: [{ url: 'http://192.168.1.23:8800/', interfaceName: 'wlan0' }],
  joinCode: 'K7MP',
  presenterUrl: 'http://127.0.0.1:8800/workshop#key=abc',
  accounts: { volunteer: { username: 'volunteer', password: 'aaaa-bbbb-cccc' }, trainer: { username: 'trainer', password: 'dddd-eeee-ffff' } },
  publicInstallUrl: null,
  dataDir: '/home/trainer/ssm/.data-workshop',
}

describe('workshopConsoleMessage', () => {
  it('prints each address with a QR code and the join code, the presenter link and the demo accounts', async () => {
    const text = await workshopConsoleMessage(info)
    expect(text).toMatch(/http:\/\/192\.168\.1\.23:8800\/ {2}\(wlan0\)\n[\s\S]*█[\s\S]*Join code: K7MP/)
    expect(text).toContain(info.presenterUrl)
    expect(text).toContain('volunteer / aaaa-bbbb-cccc')
    expect(text).toContain('trainer / dddd-eeee-ffff')
    expect(text).not.toContain('Install the real app')
  })

  it('says to join the room\'s Wi-Fi when no address is usable', async () => {
    const text = await workshopConsoleMessage({ ...info, addresses: [] })
    expect(text).toContain('Wi-Fi ของห้อง')
    expect(text).toContain('join the room\'s Wi-Fi')
  })

  it('adds the https install address with its own QR code when set', async () => {
    const text = await workshopConsoleMessage({ ...info, publicInstallUrl: 'https://map.example.org/' })
    expect(text).toMatch(/Install the real app at home \(https\): https:\/\/map\.example\.org\/\n[\s\S]*█/)
  })
})
