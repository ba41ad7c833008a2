import { defineMessages } from '../defineMessages'

export default defineMessages(
  {
    install: {
      heading: 'ติดตั้งแอปบนโทรศัพท์',
      intro: 'เปิดแอปนี้หนึ่งครั้งขณะมีอินเทอร์เน็ต แล้วแผนที่ รายชื่อ และสายด่วนจะใช้ได้แม้ไม่มีสัญญาณ จะติดตั้งหรือไม่ก็ได้',
      warningTitle: 'ก่อนติดตั้ง โปรดคิดถึงความปลอดภัย',
      warning:
        'เมื่อติดตั้ง ไอคอนของแอปจะอยู่บนหน้าจอโทรศัพท์ คนที่ใช้หรือตรวจโทรศัพท์ของคุณอาจเห็นได้ ถ้าไม่ปลอดภัย ไม่ต้องติดตั้ง ใช้ผ่านเบราว์เซอร์แล้วลบประวัติการเข้าชมหน้านี้แทน',
      installNow: 'ติดตั้งแอป',
      installed: 'ติดตั้งแล้ว',
      androidTitle: 'Android (Chrome)',
      androidSteps: [
        'เปิดแอปนี้ใน Chrome',
        'แตะเมนู ⋮ ที่มุมขวาบน',
        'แตะ “ติดตั้งแอป” หรือ “เพิ่มลงในหน้าจอหลัก”',
        'แตะ “ติดตั้ง” เพื่อยืนยัน',
      ],
      iosTitle: 'iPhone / iPad (Safari)',
      iosSteps: [
        'เปิดแอปนี้ใน Safari',
        'แตะปุ่มแชร์ (สี่เหลี่ยมมีลูกศรชี้ขึ้น)',
        'แตะ “เพิ่มไปยังหน้าจอโฮม”',
        'ตั้งชื่อที่ไม่สะดุดตาได้ในช่องชื่อ แล้วแตะ “เพิ่ม”',
      ],
      storageTitle: 'ข้อมูลที่เก็บในเครื่อง',
      storage:
        'แอปขอให้เบราว์เซอร์เก็บข้อมูลแผนที่ไว้ถาวร บน iPhone ถ้าไม่ได้ติดตั้งและไม่ได้เปิดใช้ 7 วัน Safari อาจลบข้อมูลนี้ เปิดแอปอีกครั้งขณะมีอินเทอร์เน็ตเพื่อดาวน์โหลดใหม่',
      persisted: 'เบราว์เซอร์นี้รับปากว่าจะเก็บข้อมูลไว้',
      notPersisted: 'เบราว์เซอร์นี้อาจลบข้อมูลเมื่อพื้นที่เต็ม',
      removeTitle: 'ลบแอป',
      remove: 'กดไอคอนค้างไว้ แล้วเลือก “ลบ” หรือ “ถอนการติดตั้ง”',
    },
  },
  {
    install: {
      heading: 'Install the app on your phone',
      intro: 'Open this app once while online; after that the map, the list and the hotlines work with no signal. Installing is optional.',
      warningTitle: 'Before you install, think about safety',
      warning:
        'Installing puts the app’s icon on your home screen, where anyone who uses or checks your phone may see it. If that is not safe, do not install: use it in the browser and delete this page from your history instead.',
      installNow: 'Install the app',
      installed: 'Installed',
      androidTitle: 'Android (Chrome)',
      androidSteps: [
        'Open this app in Chrome',
        'Tap the ⋮ menu at the top right',
        'Tap “Install app” or “Add to Home screen”',
        'Tap “Install” to confirm',
      ],
      iosTitle: 'iPhone / iPad (Safari)',
      iosSteps: [
        'Open this app in Safari',
        'Tap the Share button (a square with an arrow pointing up)',
        'Tap “Add to Home Screen”',
        'You can give it an unremarkable name in the name field, then tap “Add”',
      ],
      storageTitle: 'Data kept on this device',
      storage:
        'The app asks the browser to keep its map data. On iPhone, Safari may delete it if the app is not installed and not opened for 7 days; open it again while online to download it again.',
      persisted: 'This browser promised to keep the data',
      notPersisted: 'This browser may delete the data when space runs low',
      removeTitle: 'Removing the app',
      remove: 'Press and hold the icon, then choose “Remove” or “Uninstall”',
    },
  },
)
