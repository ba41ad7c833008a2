import { defineMessages } from '../defineMessages'

// The quick-exit button and the "I understand" button are always bilingual, so they live in the
// components, not here. Keep '@', '|', '{' and '}' out of plain text: they are vue-i18n syntax.
export default defineMessages(
  {
    safety: {
      exit: {
        loading: 'กำลังโหลด…',
        shiftRemaining: 'กด Shift อีก {n} ครั้งเพื่อออกจากหน้านี้',
      },
      notice: {
        heading: 'ใช้แอปนี้อย่างปลอดภัย',
        intro: 'ถ้ามีคนอื่นอาจเห็นโทรศัพท์ของคุณ อ่านหน้านี้ก่อนสักครู่',
        doesHeading: 'แอปนี้ช่วยอะไรได้',
        does: [
          'ปุ่ม “ออกทันที” สีแดงด้านบนสุด ซ่อนหน้าจอทันทีแล้วเปิดเว็บพยากรณ์อากาศ ปุ่มย้อนกลับจะไม่พากลับมาที่แอปนี้ บนคอมพิวเตอร์ กด Shift 3 ครั้งก็ได้',
          'ไม่มีบัญชีผู้ใช้ และไม่เก็บตำแหน่งของคุณ ปุ่ม “ใกล้ฉัน” ใช้ตำแหน่งเฉพาะตอนที่คุณแตะ และไม่บันทึกไว้',
          'แอปไม่ส่งข้อมูลเกี่ยวกับคุณออกไป เว้นแต่คุณเลือกส่งรายงานเอง แต่ภาพแผนที่โหลดจากเซิร์ฟเวอร์แผนที่ ซึ่งเห็นที่อยู่อินเทอร์เน็ต (IP) ของคุณและบริเวณที่คุณดู',
        ],
        doesNotHeading: 'สิ่งที่แอปนี้ทำไม่ได้',
        doesNot: [
          'ไม่ลบประวัติการเข้าเว็บ แอปนี้ยังอยู่ในประวัติของเบราว์เซอร์ ดูวิธีลบทีละรายการด้านล่าง',
          'การโทรจากแอปจะขึ้นในประวัติการโทรของโทรศัพท์',
          'ถ้าเพิ่มแอปไว้ที่หน้าจอหลัก ไอคอนจะยังอยู่ และข้อมูลแผนที่ที่บันทึกไว้ในเครื่องก็ยังอยู่',
          'ไม่สามารถรู้ได้ว่ามีแอปสอดแนม (spyware หรือ stalkerware) ในเครื่องหรือไม่ แอปแบบนี้อาจเห็นทุกอย่างที่คุณทำและพิมพ์ รวมทั้งในแอปนี้',
        ],
        saferHeading: 'ถ้าไม่แน่ใจว่าโทรศัพท์เครื่องนี้ปลอดภัย',
        safer: [
          'ใช้เครื่องที่ปลอดภัยกว่า เช่น โทรศัพท์ของเพื่อนที่ไว้ใจ หรือคอมพิวเตอร์ในห้องสมุด',
          'ถ้ามีคนอื่นรู้รหัสผ่านบัญชี Google หรือ Apple ID ของคุณ ประวัติการเข้าเว็บอาจซิงก์ไปขึ้นในเครื่องของเขา',
          'การลบแอปสอดแนมทันทีอาจทำให้คนที่ติดตั้งรู้ตัว ปรึกษาสายด่วน 1300 ก่อนได้',
        ],
        dismissed: 'หน้านี้จะไม่ขึ้นเองอีก เปิดอ่านได้จากเมนู',
      },
      history: {
        heading: 'ลบประวัติทีละรายการ',
        intro: 'ลบเฉพาะรายการของแอปนี้ เพราะการล้างประวัติทั้งหมดอาจดูผิดสังเกต แท็บไม่ระบุตัวตน (Incognito) ไม่บันทึกประวัติ แต่เมื่อปิดแท็บ แผนที่ที่บันทึกไว้ก็หายไปด้วย',
        lookFor: 'ในประวัติ แอปนี้ชื่อ “{title}” ที่อยู่ {host}',
        chrome: {
          title: 'Chrome (Android)',
          steps: [
            'เปิด Chrome แล้วแตะ ⋮ (เพิ่มเติม) ที่มุมขวาบน ถ้าแถบที่อยู่อยู่ด้านล่าง ให้ปัดแถบที่อยู่ขึ้น',
            'แตะ “ประวัติการเข้าชม” (History)',
            'หารายการของแอปนี้ แตะ 🔍 เพื่อค้นหาได้',
            'แตะ ✕ (นำออก) ทางขวาของแต่ละรายการ',
          ],
        },
        samsung: {
          title: 'Samsung Internet',
          steps: [
            'เปิด Samsung Internet แล้วแตะ ☰ (เมนู) ที่มุมขวาล่าง',
            'แตะ “ประวัติ” (History)',
            'แตะค้างที่รายการของแอปนี้ แล้วเลือกรายการอื่นเพิ่มได้',
            'แตะ “ลบ” (Delete)',
          ],
        },
        safari: {
          title: 'Safari (iPhone)',
          steps: [
            'เปิด Safari แล้วแตะปุ่มบุ๊กมาร์ก (รูปหนังสือเปิด) ถ้าไม่เห็น ให้แตะ ⋯ ก่อน',
            'แตะแท็บประวัติ (รูปนาฬิกา)',
            'ปัดรายการของแอปนี้ไปทางซ้าย',
            'แตะ “ลบ” (Delete)',
          ],
        },
      },
      call: {
        heading: 'โทรขอความช่วยเหลือแทนได้',
        hotline1300: 'ศูนย์ช่วยเหลือสังคม 1300 (ตลอด 24 ชั่วโมง)',
        police191: 'เหตุด่วนเหตุร้าย 191 (ตำรวจ)',
        callLog: 'การโทรจะขึ้นในประวัติการโทร ลบได้ในแอปโทรศัพท์',
      },
      exitUrl: {
        heading: 'หน้าที่เปิดเมื่อกด “ออกทันที”',
        current: 'ตอนนี้: {url}',
        label: 'ที่อยู่เว็บ (ขึ้นต้นด้วย https://)',
        hint: 'เลือกเว็บธรรมดาที่คุณเปิดอยู่แล้ว เช่น ข่าวหรือพยากรณ์อากาศ',
        save: 'บันทึก',
        reset: 'กลับไปใช้ค่าเริ่มต้น',
        saved: 'บันทึกแล้ว ปุ่มออกทันทีจะเปิด {url}',
      },
    },
  },
  {
    safety: {
      exit: {
        loading: 'Loading…',
        shiftRemaining: 'Press Shift {n} more time to exit this page | Press Shift {n} more times to exit this page',
      },
      notice: {
        heading: 'Using this app safely',
        intro: 'If someone else may see your phone, please read this first.',
        doesHeading: 'What this app does',
        does: [
          'The red “Exit now” button at the very top hides the screen at once and opens a weather website; Back does not bring you back here. On a computer, pressing Shift 3 times does the same.',
          'There is no account, and your location is never stored: “near me” uses it only when you tap it, and does not keep it.',
          'Nothing about you is sent unless you choose to send a report. The map images do come from a map server, which sees your internet (IP) address and the area you look at.',
        ],
        doesNotHeading: 'What this app cannot do',
        doesNot: [
          'It does not erase your browsing history: this app stays in the browser history. See below how to delete single entries.',
          'Calls made from the app appear in the phone’s call log.',
          'If you added the app to your home screen, its icon stays there, and so does the map data saved on the phone.',
          'It cannot tell whether spyware or stalkerware is on this phone. Such software may see everything you do and type, in this app too.',
        ],
        saferHeading: 'If you are not sure this phone is safe',
        safer: [
          'Use a safer device, such as a trusted friend’s phone or a library computer.',
          'If someone else knows the password of your Google account or Apple ID, your browsing history may sync to their devices.',
          'Removing spyware suddenly can alert the person who installed it. You can talk it through with the 1300 hotline first.',
        ],
        dismissed: 'This page will not open by itself again. You can read it from the menu.',
      },
      history: {
        heading: 'Delete single entries from your history',
        intro: 'Delete only this app’s entries: clearing all history can look suspicious. A private (Incognito) tab keeps no history, but the saved map is gone too when you close it.',
        lookFor: 'In the history this app is called “{title}”, at {host}',
        chrome: {
          title: 'Chrome (Android)',
          steps: [
            'Open Chrome and tap ⋮ (More) at the top right. If the address bar is at the bottom, swipe up on it.',
            'Tap History.',
            'Find this app’s entries; tap 🔍 to search.',
            'Tap ✕ (Remove) to the right of each entry.',
          ],
        },
        samsung: {
          title: 'Samsung Internet',
          steps: [
            'Open Samsung Internet and tap ☰ (Menu) at the bottom right.',
            'Tap History.',
            'Touch and hold this app’s entry; you can then select more entries.',
            'Tap Delete.',
          ],
        },
        safari: {
          title: 'Safari (iPhone)',
          steps: [
            'Open Safari and tap the Bookmarks button (an open book). If you do not see it, tap ⋯ first.',
            'Tap the History tab (a clock).',
            'Swipe left on this app’s entry.',
            'Tap Delete.',
          ],
        },
      },
      call: {
        heading: 'You can call for help instead',
        hotline1300: 'Social Assistance Center 1300 (24 hours)',
        police191: 'Police emergency 191',
        callLog: 'The call appears in your call log; you can delete it in the Phone app.',
      },
      exitUrl: {
        heading: 'The page “Exit now” opens',
        current: 'Now: {url}',
        label: 'Web address (starting with https://)',
        hint: 'Choose an ordinary website you already visit, such as news or weather.',
        save: 'Save',
        reset: 'Back to the default',
        saved: 'Saved. Exit now will open {url}',
      },
    },
  },
)
