import type { LocalizedText } from '@common/place'

/** What can go wrong while getting or keeping the dataset. */
export type DatasetProblem = 'offline' | 'download_failed' | 'too_large' | 'storage_full' | 'storage_failed'

/**
 * Which data is on screen: none, the stored copy, or a download that could not be stored
 * (and why), which is gone once the app is closed.
 */
export type ShownData = 'none' | 'saved' | 'unsaved_storage_full' | 'unsaved_storage_failed'

// Calm, and always saying what still works and what the person can do. Suggestions never include
// deleting photos or messages: they may be someone's evidence.
export const DATASET_MESSAGES = {
  offlineShowingSaved: {
    th: 'ตอนนี้ไม่ได้เชื่อมต่ออินเทอร์เน็ต แอปกำลังแสดงข้อมูลแผนที่ที่บันทึกไว้ในเครื่อง ใช้งานได้ตามปกติ',
    en: "You're offline. The app is showing the map data saved on this phone, and it works as usual.",
  },
  offlineNoData: {
    th: 'ยังไม่มีข้อมูลแผนที่ในเครื่องนี้ กรุณาเชื่อมต่ออินเทอร์เน็ตหนึ่งครั้งเพื่อดาวน์โหลดข้อมูลแผนที่ หลังจากนั้นจะใช้งานได้แม้ไม่มีอินเทอร์เน็ต หากต้องการความช่วยเหลือตอนนี้ โทร 1300 (ตลอด 24 ชั่วโมง) หรือ 191 (ตำรวจ)',
    en: 'There is no map data on this phone yet. Connect to the internet once to download the map data; after that the map works offline. If you need help now, call 1300 (24 hours) or 191 (police).',
  },
  updateFailedKeptSaved: {
    th: 'ยังอัปเดตข้อมูลแผนที่ไม่ได้ในตอนนี้ ข้อมูลที่บันทึกไว้ในเครื่องยังใช้งานได้ตามปกติ แอปจะลองอีกครั้งภายหลัง',
    en: "The map data couldn't be updated right now. The data saved on this phone still works, and the app will try again later.",
  },
  downloadFailedNoData: {
    th: 'ดาวน์โหลดข้อมูลแผนที่ไม่สำเร็จ กรุณาเปิดแอปอีกครั้งในภายหลัง หากต้องการความช่วยเหลือตอนนี้ โทร 1300 (ตลอด 24 ชั่วโมง) หรือ 191 (ตำรวจ)',
    en: "The map data couldn't be downloaded. Please open the app again a little later. If you need help now, call 1300 (24 hours) or 191 (police).",
  },
  tooLargeKeptSaved: {
    th: 'ข้อมูลแผนที่ฉบับใหม่ใหญ่เกิน 5 MB ที่แอปรับได้ จึงไม่ได้ดาวน์โหลด ข้อมูลเดิมในเครื่องยังใช้งานได้ตามปกติ ผู้ดูแลแอปต้องแก้ไขข้อมูลฉบับนี้',
    en: 'The new map data is larger than the 5 MB the app accepts, so it was not downloaded. The data saved on this phone still works as usual. The app’s maintainers need to fix this data.',
  },
  tooLargeNoData: {
    th: 'ข้อมูลแผนที่ใหญ่เกิน 5 MB ที่แอปรับได้ จึงไม่ได้ดาวน์โหลด ผู้ดูแลแอปต้องแก้ไขข้อมูลนี้ หากต้องการความช่วยเหลือตอนนี้ โทร 1300 (ตลอด 24 ชั่วโมง) หรือ 191 (ตำรวจ)',
    en: 'The map data is larger than the 5 MB the app accepts, so it was not downloaded; the app’s maintainers need to fix it. If you need help now, call 1300 (24 hours) or 191 (police).',
  },
  storageFullKeptSaved: {
    th: 'พื้นที่เก็บข้อมูลในเครื่องเต็ม จึงบันทึกข้อมูลแผนที่ฉบับใหม่ไม่ได้ ข้อมูลเดิมในเครื่องยังใช้งานได้ เมื่อมีพื้นที่ว่างมากขึ้น แอปจะอัปเดตให้ในครั้งถัดไป',
    en: "This phone's storage is full, so the new map data couldn't be saved. The data already saved still works. When there is more free space, the app will update next time.",
  },
  storageFullNotSaved: {
    th: 'พื้นที่เก็บข้อมูลในเครื่องเต็ม จึงบันทึกข้อมูลแผนที่ไว้ใช้แบบออฟไลน์ไม่ได้ ตอนนี้ยังดูแผนที่ได้ แต่ครั้งหน้าต้องเชื่อมต่ออินเทอร์เน็ตอีกครั้ง เมื่อมีพื้นที่ว่างมากขึ้น แอปจะบันทึกข้อมูลไว้ให้',
    en: "This phone's storage is full, so the map data couldn't be saved for offline use. You can use the map now, but next time you'll need the internet again. When there is more free space, the app will save it.",
  },
  storageFailedNotSaved: {
    th: 'เบราว์เซอร์นี้ไม่ให้แอปบันทึกข้อมูลแผนที่ไว้ในเครื่อง (เช่น ในโหมดส่วนตัว) ตอนนี้ยังดูแผนที่ได้ แต่ครั้งหน้าต้องเชื่อมต่ออินเทอร์เน็ตอีกครั้ง',
    en: "This browser didn't let the app save the map data on the phone (private browsing can do this). You can use the map now, but next time you'll need the internet again.",
  },
  // Says nothing about the app being saved for offline use: only the service worker knows that
  // (components/pwa/OfflineCopyStatus.vue says it once its download is complete).
  persistenceRefused: {
    th: 'เบราว์เซอร์อาจลบข้อมูลที่บันทึกไว้ในเครื่องนี้ หากพื้นที่ในเครื่องเหลือน้อยหรือไม่ได้เปิดแอปเป็นเวลานาน หากเป็นเช่นนั้น เพียงเชื่อมต่ออินเทอร์เน็ตหนึ่งครั้งเพื่อดาวน์โหลดใหม่',
    en: "The browser may remove what is saved on this phone if space runs low or the app isn't opened for a long time. If that happens, connect to the internet once to download it again.",
  },
} as const satisfies Record<string, LocalizedText>

/** Says which areas are not on the phone yet (a split dataset whose download stopped), and that it will continue. */
export function missingAreasMessage(areas: readonly LocalizedText[]): LocalizedText {
  const th = areas.map((area) => area.th).join(', ')
  const en = areas.map((area) => area.en ?? area.th).join(', ')
  return {
    th: `ยังไม่ได้ดาวน์โหลดข้อมูลบางพื้นที่: ${th} แผนที่แสดงเฉพาะพื้นที่ที่ดาวน์โหลดแล้ว แอปจะดาวน์โหลดต่อเมื่อเชื่อมต่ออินเทอร์เน็ต`,
    en: `Some areas are not downloaded yet: ${en}. The map shows only the areas already downloaded; the app will continue when it is online.`,
  }
}

/**
 * The status a problem leaves behind: whatever is on screen stays on screen, and the message says
 * what happened and what still works. Only an empty screen is an error.
 */
export function statusAfterProblem(
  problem: DatasetProblem,
  shown: ShownData,
): { phase: 'ready' | 'error'; message: LocalizedText } {
  switch (shown) {
    case 'none':
      return {
        phase: 'error',
        message: messageWithNoData(problem),
      }
    // Not being able to keep the data matters more than a failed re-check: it is what to fix.
    case 'unsaved_storage_full':
      return { phase: 'ready', message: DATASET_MESSAGES.storageFullNotSaved }
    case 'unsaved_storage_failed':
      return { phase: 'ready', message: DATASET_MESSAGES.storageFailedNotSaved }
    case 'saved':
      return { phase: 'ready', message: messageKeepingSaved(problem) }
  }
}

function messageWithNoData(problem: DatasetProblem): LocalizedText {
  if (problem === 'offline') return DATASET_MESSAGES.offlineNoData
  if (problem === 'too_large') return DATASET_MESSAGES.tooLargeNoData
  return DATASET_MESSAGES.downloadFailedNoData
}

function messageKeepingSaved(problem: DatasetProblem): LocalizedText {
  if (problem === 'offline') return DATASET_MESSAGES.offlineShowingSaved
  if (problem === 'too_large') return DATASET_MESSAGES.tooLargeKeptSaved
  if (problem === 'storage_full') return DATASET_MESSAGES.storageFullKeptSaved
  return DATASET_MESSAGES.updateFailedKeptSaved
}
