import { describe, expect, it } from 'vitest'
import type { Hours } from '@common/place'
import { openingStatus, type OpeningStatus } from './openingStatus'

const officeHours: Hours = {
  kind: 'text',
  text: { th: 'จันทร์–ศุกร์ 08:30–16:30, เสาร์ 09:00–12:00', en: 'Mon–Fri 08:30–16:30, Sat 09:00–12:00' },
  weekly: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '16:30' },
    { days: ['sat'], opens: '09:00', closes: '12:00' },
  ],
}

// 2026-12-01 is a Tuesday. Times are written in UTC: Bangkok is UTC+7.
const cases: Array<[string, Hours | undefined, string, OpeningStatus]> = [
  ['24 h, any time', { kind: '24h' }, '2026-12-01T20:00:00Z', { state: 'open24h' }],
  ['no hours in the record', undefined, '2026-12-01T03:00:00Z', { state: 'unknown' }],
  ['hours only as words: not guessed', { kind: 'text', text: { th: 'เวลาราชการ' } }, '2026-12-01T03:00:00Z', { state: 'unknown' }],
  ['Tuesday 10:00 Bangkok', officeHours, '2026-12-01T03:00:00Z', { state: 'open', closes: '16:30' }],
  ['Tuesday 08:29 Bangkok', officeHours, '2026-12-01T01:29:00Z', { state: 'closed', opens: '08:30', on: 'today' }],
  ['Tuesday 16:30 Bangkok, closing time', officeHours, '2026-12-01T09:30:00Z', { state: 'closed', opens: '08:30', on: 'tomorrow' }],
  // 23:30 UTC on Tuesday is already Wednesday 06:30 in Bangkok.
  ['Wednesday 06:30 Bangkok, still Tuesday in UTC', officeHours, '2026-12-01T23:30:00Z', { state: 'closed', opens: '08:30', on: 'today' }],
  ['Friday 18:00 Bangkok: Saturday morning next', officeHours, '2026-12-04T11:00:00Z', { state: 'closed', opens: '09:00', on: 'tomorrow' }],
  ['Saturday 13:00 Bangkok: Monday next', officeHours, '2026-12-05T06:00:00Z', { state: 'closed', opens: '08:30', on: 'mon' }],
]

describe('openingStatus', () => {
  it.each(cases)('%s', (_, hours, now, expected) => {
    expect(openingStatus(hours, new Date(now))).toEqual(expected)
  })
})
