import hotlinesSource from '../../geo/hotlines.json'
import type { Hotline, PlaceKind } from '@common/place'

type PhoneHotline = Extract<Hotline, { kind: 'phone' }>

// geo/hotlines.json is checked by `npm run geo:build` (and its tests) against the Hotline shape.
const SOURCE_HOTLINES = hotlinesSource as Hotline[]
const BUILT_IN_NUMBERS: readonly string[] = ['1300', '191', '1669', '1323', '1387']

/**
 * The confirmed national hotlines (1300, 191, 1669, 1323, 1387 and LINE @esshelpme; sources in
 * geo/hotlines.json), built into the app so that emergency numbers work on a first run with no
 * data and no network. The downloaded dataset's list replaces this as soon as it is loaded.
 */
export const BUILT_IN_HOTLINES: readonly Hotline[] = SOURCE_HOTLINES.filter(
  (hotline) => hotline.kind === 'line' || BUILT_IN_NUMBERS.includes(hotline.number),
)

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
