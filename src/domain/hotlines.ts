import { lineHref } from './contactLinks'
import type { Hotline, PlaceKind } from './place'

type PhoneHotline = Extract<Hotline, { kind: 'phone' }>

const CONFIRMED = 'Confirmed by two or more public pages (project data review, docs/data-truth.md)'

/**
 * The confirmed national hotlines, built into the app so that emergency numbers work on a first
 * run with no data and no network. The dataset's own list replaces this as soon as it is loaded.
 */
export const BUILT_IN_HOTLINES: readonly Hotline[] = [
  {
    kind: 'phone',
    id: 'hotline-1300',
    number: '1300',
    name: { th: 'ศูนย์ช่วยเหลือสังคม 1300', en: 'Social Assistance Center 1300' },
    purpose: {
      th: 'ความรุนแรงในครอบครัวและปัญหาสังคม (กระทรวงการพัฒนาสังคมฯ)',
      en: 'Domestic violence and social problems (Ministry of Social Development)',
    },
    hours24: true,
    source: CONFIRMED,
  },
  {
    kind: 'phone',
    id: 'hotline-191',
    number: '191',
    name: { th: 'แจ้งเหตุตำรวจ 191', en: 'Police emergency 191' },
    purpose: { th: 'อันตรายเฉพาะหน้า ต้องการตำรวจทันที', en: 'Immediate danger, police needed now' },
    hours24: true,
    source: CONFIRMED,
  },
  {
    kind: 'phone',
    id: 'hotline-1669',
    number: '1669',
    name: { th: 'เจ็บป่วยฉุกเฉิน 1669', en: 'Emergency medical services 1669' },
    purpose: { th: 'บาดเจ็บหรือเจ็บป่วยฉุกเฉิน เรียกรถพยาบาล', en: 'Injury or medical emergency, ambulance' },
    hours24: true,
    source: CONFIRMED,
  },
  {
    kind: 'phone',
    id: 'hotline-1323',
    number: '1323',
    name: { th: 'สายด่วนสุขภาพจิต 1323', en: 'Mental health hotline 1323' },
    purpose: { th: 'ปรึกษาเรื่องความเครียดและสุขภาพใจ (กรมสุขภาพจิต)', en: 'Stress and mental health support (Department of Mental Health)' },
    hours24: true,
    source: CONFIRMED,
  },
  {
    kind: 'phone',
    id: 'hotline-1387',
    number: '1387',
    name: { th: 'สายเด็ก 1387', en: 'Childline Thailand 1387' },
    purpose: { th: 'เด็กและเยาวชนที่ต้องการความช่วยเหลือ', en: 'Children and young people who need help' },
    hours24: true,
    source: CONFIRMED,
  },
  {
    kind: 'line',
    id: 'line-esshelpme',
    account: '@esshelpme',
    url: lineHref('@esshelpme'),
    name: { th: 'LINE @esshelpme', en: 'LINE @esshelpme' },
    purpose: {
      th: 'ปุ่มฉุกเฉินส่งตำแหน่ง สำหรับคนที่พูดโทรศัพท์ไม่ได้',
      en: 'Emergency button that sends your location, for when you cannot speak on a call',
    },
    hours24: false,
    source: CONFIRMED,
  },
]

/** The hotlines to show: the dataset's list when there is one, else the built-in confirmed list. */
export function hotlinesToShow(stored: readonly Hotline[]): readonly Hotline[] {
  return stored.length > 0 ? stored : BUILT_IN_HOTLINES
}

// Someone at a police station in danger needs 191; at a hospital, 1669; everywhere else the
// 24-hour social assistance line, whose first listed issue is domestic violence.
const FALLBACK_NUMBER: Record<PlaceKind, '191' | '1669' | '1300'> = {
  police_station: '191',
  oscc_hospital: '1669',
  hospital: '1669',
  safe_house: '1300',
  community: '1300',
  shelter: '1300',
  support_org: '1300',
}

/** The national hotline to offer for a place that has no phone number of its own. */
export function fallbackHotlineFor(kind: PlaceKind, hotlines: readonly Hotline[]): PhoneHotline {
  const number = FALLBACK_NUMBER[kind]
  const isIt = (hotline: Hotline): hotline is PhoneHotline => hotline.kind === 'phone' && hotline.number === number
  // The built-in list always holds the three fallback numbers.
  return (hotlines.find(isIt) ?? BUILT_IN_HOTLINES.find(isIt)) as PhoneHotline
}
