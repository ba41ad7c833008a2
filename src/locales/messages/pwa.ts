import { defineMessages } from '../defineMessages'

export default defineMessages(
  {
    pwa: {
      offline: 'ออฟไลน์อยู่ · แอปยังใช้ได้ด้วยข้อมูลที่บันทึกไว้ในเครื่อง',
      update: {
        available: 'มีแอปเวอร์ชันใหม่',
        now: 'อัปเดตเลย',
        later: 'ภายหลัง',
      },
    },
  },
  {
    pwa: {
      offline: 'Offline · the app still works with the data saved on this device',
      update: {
        available: 'A new version of the app is ready',
        now: 'Update now',
        later: 'Later',
      },
    },
  },
)
