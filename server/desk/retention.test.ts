import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { auditLines } from '../testing/audit'
import { createDeskTestApp, sealTestReport, setUpDesk, submitReport, type DeskTestApp } from '../testing/desk'
import { addDays, bangkokDay } from './bangkokDay'
import { deleteExpiredReports, deletesOn, reportsDueForDeletion, startRetentionJob } from './retention'

describe('Bangkok days', () => {
  it('are UTC+7: 17:00 UTC is already the next day in Bangkok', () => {
    expect(bangkokDay(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01')
    expect(bangkokDay(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})

describe('reportsDueForDeletion', () => {
  const reports = [
    { id: 'open', closedOn: null },
    { id: 'closed-89-days-ago', closedOn: '2026-09-03' },
    { id: 'closed-90-days-ago', closedOn: '2026-09-02' },
    { id: 'closed-long-ago', closedOn: '2025-01-01' },
  ]

  it('chooses closed reports whose closing day + retention has come, never an open one', () => {
    expect(deletesOn('2026-09-02', 90)).toBe('2026-12-01')
    expect(deletesOn(null, 90)).toBeNull()
    expect(reportsDueForDeletion(reports, '2026-12-01', 90)).toEqual(['closed-90-days-ago', 'closed-long-ago'])
    expect(reportsDueForDeletion(reports, '2026-11-30', 90)).toEqual(['closed-long-ago'])
    expect(reportsDueForDeletion(reports, '2030-01-01', 90)).not.toContain('open')
  })
})

describe('the retention job', () => {
  let t: DeskTestApp

  beforeAll(async () => {
    t = await createDeskTestApp()
    const somchai = await t.coordinator('somchai')
    const { deskKey } = (await setUpDesk(t.app, somchai)).desk
    for (let i = 0; i < 3; i++) await submitReport(t.app, await sealTestReport(deskKey))
    const ids = (await t.database.db.selectFrom('reports').select('id').orderBy('id').execute()).map((row) => row.id)
    await t.database.db.updateTable('reports').set({ status: 'closed', closed_on: '2026-09-01' }).where('id', '=', ids[0] ?? '').execute()
    await t.database.db.updateTable('reports').set({ status: 'closed', closed_on: '2026-11-30' }).where('id', '=', ids[1] ?? '').execute()
    await t.database.db.insertInto('report_notes').values({ report_id: ids[0] ?? '', created_on: '2026-09-01', envelope: '{}' }).execute()
  })
  afterAll(() => t.close())

  it('deletes the rows of expired closed reports and their notes, audited, and keeps the rest', async () => {
    const deleted = await deleteExpiredReports(t.database.db, new Date('2026-12-01T08:00:00Z'), 90)
    expect(deleted).toHaveLength(1)
    expect(await t.database.db.selectFrom('reports').select('id').where('id', '=', deleted[0] ?? '').execute()).toEqual([])
    expect(await t.database.db.selectFrom('report_notes').selectAll().execute()).toEqual([])
    expect((await t.database.db.selectFrom('reports').select('status').orderBy('status').execute()).map((row) => row.status)).toEqual(['closed', 'new'])
    expect(await auditLines(t.database.db, ['report_retention_delete'])).toEqual([`report_retention_delete {"report":"${deleted[0]}"}`])
  })

  it('runs at start and then on every interval, with the clock it is given', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    try {
      let now = new Date('2026-12-02T08:00:00Z')
      const job = startRetentionJob({ db: t.database.db, clock: () => now, retentionDays: 90, onError: (error) => { throw error }, intervalMs: 1000 })
      await job.firstRun
      expect(await t.database.db.selectFrom('reports').select('id').execute()).toHaveLength(2)
      now = new Date('2027-03-01T08:00:00Z')
      await vi.advanceTimersByTimeAsync(1000)
      await vi.waitFor(async () => expect(await t.database.db.selectFrom('reports').select('id').execute()).toHaveLength(1))
      job.stop()
    } finally {
      vi.useRealTimers()
    }
  })
})
