import { defineMessages } from '../defineMessages'

export default defineMessages(
  {
    app: {
      title: 'แผนที่พื้นที่ปลอดภัย',
      subtitle: 'หาที่ช่วยเหลือใกล้คุณ',
      skipToContent: 'ข้ามไปยังเนื้อหา',
      menu: 'เมนู',
      closeMenu: 'ปิดเมนู',
      back: 'กลับ',
      pages: {
        home: 'แผนที่',
        safety: 'ความปลอดภัยในการใช้แอป',
        about: 'เกี่ยวกับข้อมูล',
        install: 'ติดตั้งบนโทรศัพท์',
      },
      dataset: {
        loading: 'กำลังโหลดข้อมูล…',
        summary: 'ข้อมูล {count} แห่ง · ฉบับ {version}',
        updatedAt: 'ปรับปรุงล่าสุด {date}',
        none: 'ยังไม่มีข้อมูลในเครื่อง',
      },
      about: {
        heading: 'เกี่ยวกับข้อมูลในแอป',
        body: 'ทุกสถานที่บอกที่มาและสถานะการตรวจสอบ ตำแหน่งที่ยังไม่ได้ยืนยันควรโทรสอบถามก่อนเดินทาง',
        attribution: 'แหล่งข้อมูลและสัญญาอนุญาต',
        counts: 'จำนวนสถานที่ตามประเภท',
        kind: 'ประเภท',
        total: 'ทั้งหมด',
        unverified: 'ยังไม่ได้ยืนยัน',
        tiles: 'แผนที่พื้นหลัง © ผู้ร่วมพัฒนา OpenStreetMap (ODbL) เมื่อออนไลน์',
      },
    },
  },
  {
    app: {
      title: 'Safe Space Map',
      subtitle: 'Find help near you',
      skipToContent: 'Skip to content',
      menu: 'Menu',
      closeMenu: 'Close menu',
      back: 'Back',
      pages: {
        home: 'Map',
        safety: 'Using this app safely',
        about: 'About the data',
        install: 'Install on your phone',
      },
      dataset: {
        loading: 'Loading data…',
        summary: '{count} places · version {version}',
        updatedAt: 'Last updated {date}',
        none: 'No data on this device yet',
      },
      about: {
        heading: 'About the data in this app',
        body: 'Every place says where its facts came from and whether they were checked. Call places that are not yet confirmed before you go.',
        attribution: 'Sources and licences',
        counts: 'Places by kind',
        kind: 'Kind',
        total: 'All',
        unverified: 'Not yet confirmed',
        tiles: 'Background map © OpenStreetMap contributors (ODbL), when online',
      },
    },
  },
)
