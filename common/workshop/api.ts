import type { EcPublicJwk, ReportEnvelope } from '../report/wire'

/**
 * Workshop mode (issue #11): a trainer's laptop runs `npm run workshop`, a server with its own
 * embedded demo database, and attendees' phones join over the room's Wi-Fi (plain http, so no
 * service worker and no `crypto.subtle` there). These are the shapes the server, the resident app
 * and the presenter page share.
 */

/** What `GET /api/config` adds on a workshop server (`workshop: null` on a real deployment). */
export interface WorkshopConfig {
  /** Changes at every start and every reset: a phone that stored another one wipes its demo records. */
  session: string
  /** The short code under each QR code; the attendee's banner shows it so people know they joined the right laptop. */
  joinCode: string
  /** The real app's public HTTPS address, to install at home; null when the trainer did not set one. */
  publicInstallUrl: string | null
}

/** One address attendees can open: a LAN address of the trainer's laptop (never loopback or a virtual adapter). */
export interface WorkshopAddress {
  /** e.g. `http://192.168.1.23:8080/` */
  url: string
  /** The network interface it belongs to, e.g. `wlan0`. */
  interfaceName: string
}

/** A demo account the trainer shares with the room (printed on the presenter page; demo database only). */
export interface WorkshopAccount {
  username: string
  password: string
}

/** `GET /api/workshop/presenter`: everything the presenter page shows (presenter session required). */
export interface WorkshopPresenterView {
  config: WorkshopConfig
  addresses: WorkshopAddress[]
  /** The demo desk's key pair: the presenter page decrypts demo reports to show what a coordinator sees. */
  demoDesk: { keyId: string; privateKeyJwk: EcPublicJwk & { d: string } }
  /** Shared with attendees for volunteer practice. */
  volunteerAccount: WorkshopAccount
  /** The trainer's staff account, for approving proposals on the projector (/staff). */
  trainerAccount: WorkshopAccount
  reportCount: number
  /** Volunteer proposals waiting for review. */
  pendingProposalCount: number
}

/** One demo report as it arrived (ciphertext; the presenter page decrypts it in the browser). */
export interface WorkshopReportView {
  id: string
  /** YYYY-MM-DD (Bangkok), as the real desk keeps it. */
  receivedOn: string
  envelope: ReportEnvelope
}

/** `GET /api/workshop/reports`: every demo report, newest first. */
export interface WorkshopReportsView {
  reports: WorkshopReportView[]
}

/** `POST /api/workshop/presenter/session` body: the presenter key the CLI printed (exchanged for a cookie). */
export interface WorkshopPresenterSignIn {
  key: string
}

/** `POST /api/workshop/reset`: answers with the new session; every demo report, proposal and edit is gone. */
export interface WorkshopResetView {
  config: WorkshopConfig
}

/** The laptop's own neutral page quick exit opens during a workshop (same origin as the app: the room may have no internet). */
export const WORKSHOP_EXIT_PATH = '/weather'

/** BroadcastChannel name between the presenter page and the projected app (same origin, same laptop). */
export const WORKSHOP_CHANNEL = 'safe-space-map-workshop'

/** Messages on WORKSHOP_CHANNEL: the presenter's "simulate offline" switch for the projected app. */
export type WorkshopChannelMessage = { type: 'simulate-offline'; offline: boolean }
