import QRCode from 'qrcode'
import type { WorkshopAccount, WorkshopAddress } from '@common/workshop/api'

/** What the trainer's console shows once the workshop server listens. */
export interface WorkshopConsoleInfo {
  addresses: WorkshopAddress[]
  joinCode: string
  presenterUrl: string
  accounts: { volunteer: WorkshopAccount; trainer: WorkshopAccount }
  publicInstallUrl: string | null
  dataDir: string
}

/** A QR code drawn with text blocks, for a terminal (made here: nothing is asked of another host). */
function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'utf8', errorCorrectionLevel: 'M', margin: 2 })
}

/** The console text, Thai first: where phones join (with QR codes), the presenter link, the demo accounts, the install address. */
export async function workshopConsoleMessage(info: WorkshopConsoleInfo): Promise<string> {
  const lines: string[] = ['', '== โหมดอบรม · Workshop mode ==', `ฐานข้อมูลตัวอย่าง (ไม่ใช่ข้อมูลจริง) · Demo database (not real data): ${info.dataDir}`, '']
  if (info.addresses.length === 0) {
    lines.push(
      'ไม่พบเครือข่าย Wi-Fi หรือสาย LAN ที่โทรศัพท์จะเข้าถึงได้: ต่อคอมพิวเตอร์เข้ากับ Wi-Fi ของห้อง (วงเดียวกับโทรศัพท์ของผู้เข้าอบรม) แล้วเริ่มใหม่',
      'No Wi-Fi or wired network phones could reach was found: join the room\'s Wi-Fi (the one attendees\' phones use), then start again.',
      '',
    )
  }
  for (const address of info.addresses) {
    lines.push(`เปิดบนโทรศัพท์ · Open on a phone:  ${address.url}  (${address.interfaceName})`, await terminalQr(address.url), `รหัสเข้าร่วม · Join code: ${info.joinCode}`, '')
  }
  lines.push(
    'ผู้นำเสนอ (เปิดบนเครื่องนี้เท่านั้น อย่าฉายหน้าต่างนี้) · Presenter (open on this laptop only; do not project this window):',
    `  ${info.presenterUrl}`,
    '',
    'บัญชีตัวอย่าง ที่ /staff (รหัสผ่านเปลี่ยนทุกครั้งที่เริ่ม) · Demo accounts at /staff (new passwords at every start):',
    `  อาสาสมัคร · volunteer (shared with the room): ${info.accounts.volunteer.username} / ${info.accounts.volunteer.password}`,
    `  วิทยากร · trainer (approves proposals): ${info.accounts.trainer.username} / ${info.accounts.trainer.password}`,
    '',
  )
  if (info.publicInstallUrl) {
    lines.push(`ติดตั้งแอปจริงที่บ้าน (https) · Install the real app at home (https): ${info.publicInstallUrl}`, await terminalQr(info.publicInstallUrl), '')
  }
  lines.push('หยุด: กด Ctrl+C · Stop: press Ctrl+C', '')
  return lines.join('\n')
}
