import { describe, expect, it } from 'vitest'
import { DATASET_MESSAGES, statusAfterProblem, type DatasetProblem } from './datasetUpdateStatus'

describe('statusAfterProblem', () => {
  it('is an error only when nothing is on screen', () => {
    expect(statusAfterProblem('offline', 'none')).toEqual({ phase: 'error', message: DATASET_MESSAGES.offlineNoData })
    expect(statusAfterProblem('download_failed', 'none')).toEqual({ phase: 'error', message: DATASET_MESSAGES.downloadFailedNoData })
  })

  it.each<[DatasetProblem, keyof typeof DATASET_MESSAGES]>([
    ['offline', 'offlineShowingSaved'],
    ['download_failed', 'updateFailedKeptSaved'],
    ['storage_failed', 'updateFailedKeptSaved'],
    ['storage_full', 'storageFullKeptSaved'],
  ])('keeps saved data ready after %s, saying %s', (problem, message) => {
    expect(statusAfterProblem(problem, 'saved')).toEqual({ phase: 'ready', message: DATASET_MESSAGES[message] })
  })

  it('keeps saying data is not saved, whatever went wrong since', () => {
    for (const problem of ['offline', 'download_failed', 'storage_full'] as const) {
      expect(statusAfterProblem(problem, 'unsaved_storage_full')).toEqual({ phase: 'ready', message: DATASET_MESSAGES.storageFullNotSaved })
      expect(statusAfterProblem(problem, 'unsaved_storage_failed')).toEqual({ phase: 'ready', message: DATASET_MESSAGES.storageFailedNotSaved })
    }
  })

  it('gives help numbers when there is no map at all', () => {
    for (const message of [DATASET_MESSAGES.offlineNoData, DATASET_MESSAGES.downloadFailedNoData]) {
      expect(message.th).toContain('1300')
      expect(message.en).toContain('1300')
    }
  })
})
