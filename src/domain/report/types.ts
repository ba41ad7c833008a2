import type { LatLng } from '@common/place'

export const AFFECTED_PEOPLE = ['child', 'woman', 'older_person', 'other'] as const
export type AffectedPerson = (typeof AFFECTED_PEOPLE)[number]

export const VIOLENCE_KINDS = ['physical', 'sexual', 'psychological', 'neglect', 'economic'] as const
export type ViolenceKind = (typeof VIOLENCE_KINDS)[number]

export const PLACE_CHOICES = ['none', 'community', 'district', 'position'] as const
export type PlaceChoice = (typeof PLACE_CHOICES)[number]

export const CONTACT_CHOICES = ['phone', 'none'] as const
export type ContactChoice = (typeof CONTACT_CHOICES)[number]

/** What the form holds while the person fills it in. Lives in memory only, never stored. */
export interface ReportDraft {
  inDanger: 'yes' | 'no' | null
  affected: AffectedPerson | null
  violence: ViolenceKind[]
  placeChoice: PlaceChoice
  communityId: string | null
  districtCode: number | null
  /** Already rounded to about 1 km (see `roundPositionForReport`); the exact fix is never kept. */
  position: LatLng | null
  whatHappened: string
  contactChoice: ContactChoice | null
  phone: string
  /** Start and end of the safe time to call, "HH:MM" (the window may pass midnight). */
  safeFrom: string
  safeTo: string
  /** Optional word the caller will say, so the person knows the call is safe to take. */
  codeWord: string
  consent: boolean
}

/** Where it happened, as sent. Ids and codes refer to the app's public dataset. */
export type ReportPlace =
  | { kind: 'community'; placeId: string }
  | { kind: 'district'; code: number }
  | { kind: 'position'; lat: number; lng: number; precisionKm: 1 }

export type ReportContact =
  | { kind: 'phone'; phone: string; safeTime: { from: string; to: string }; codeWord?: string }
  | { kind: 'none' }

/** The report as the case desk reads it once decrypted. Never stored on the phone. */
export interface ReportPayload {
  v: 1
  submittedAt: string
  locale: 'th' | 'en'
  inDanger: boolean
  affected: AffectedPerson
  violence: ViolenceKind[]
  place: ReportPlace | null
  whatHappened?: string
  contact: ReportContact
  consent: true
  /**
   * The key of the desk's short message to the resident, derived from the follow-up code made for
   * this report (`followUpCode.ts`). Every report sent since the follow-up code has one; the
   * resident may never see the code.
   */
  followUp?: { messageKey: string }
}

/** A fresh, empty draft. */
export function emptyDraft(): ReportDraft {
  return {
    inDanger: null,
    affected: null,
    violence: [],
    placeChoice: 'none',
    communityId: null,
    districtCode: null,
    position: null,
    whatHappened: '',
    contactChoice: null,
    phone: '',
    safeFrom: '',
    safeTo: '',
    codeWord: '',
    consent: false,
  }
}
