import { defineMessages } from '../defineMessages'

export default defineMessages(
  {
    hotlines: {
      open: 'สายด่วน',
      heading: 'สายด่วนขอความช่วยเหลือ',
      intro: 'กดที่เบอร์เพื่อโทรได้ทันที',
      close: 'ปิดสายด่วน',
      call: 'โทร {number}',
      open24h: '24 ชั่วโมง',
      openLine: 'เปิด LINE {account} (ออกจากแอปนี้)',
      callHistory: 'เบอร์ที่โทรจะอยู่ในประวัติการโทรของโทรศัพท์ ลบได้ในแอปโทรศัพท์',
    },
  },
  {
    hotlines: {
      open: 'Hotlines',
      heading: 'Hotlines for help',
      intro: 'Tap a number to call it straight away',
      close: 'Close hotlines',
      call: 'Call {number}',
      open24h: '24 hours',
      openLine: 'Open LINE {account} (leaves this app)',
      callHistory: "Numbers you call stay in the phone's call history; you can delete them in the phone app",
    },
  },
)
