import { describe, expect, it } from 'vitest'
import type { WorkshopConfig } from '@common/workshop/api'
import { isWorkshopChannelMessage, parseWorkshopConfig, workshopStep } from './workshopSession'

const workshop: WorkshopConfig = { session: 's-1', joinCode: 'K7Q2', publicInstallUrl: 'https://safespace.example/' }

describe('parseWorkshopConfig', () => {
  it('reads the workshop, and null from a real deployment', () => {
    expect(parseWorkshopConfig({ reportEndpoint: null, workshop })).toEqual(workshop)
    expect(parseWorkshopConfig({ reportEndpoint: null, workshop: null })).toBeNull()
  })

  it('says nothing (undefined) for no answer, an older server without the field, or a malformed field', () => {
    expect(parseWorkshopConfig(undefined)).toBeUndefined()
    expect(parseWorkshopConfig({ reportEndpoint: null })).toBeUndefined()
    expect(parseWorkshopConfig({ workshop: { session: '', joinCode: 'K7Q2', publicInstallUrl: null } })).toBeUndefined()
    expect(parseWorkshopConfig({ workshop: 'yes' })).toBeUndefined()
  })

  it('keeps only an https install address', () => {
    expect(parseWorkshopConfig({ workshop: { ...workshop, publicInstallUrl: null } })?.publicInstallUrl).toBeNull()
    expect(parseWorkshopConfig({ workshop: { ...workshop, publicInstallUrl: 'http://192.168.1.2/' } })?.publicInstallUrl).toBeNull()
    expect(parseWorkshopConfig({ workshop: { ...workshop, publicInstallUrl: 'javascript:alert(1)' } })?.publicInstallUrl).toBeNull()
  })
})

describe('workshopStep', () => {
  it('joins a workshop the phone has no session for, and stays in the one it joined', () => {
    expect(workshopStep(null, true, workshop)).toEqual({ kind: 'join', workshop })
    expect(workshopStep('s-1', true, workshop)).toEqual({ kind: 'stay', workshop })
  })

  it('wipes when the trainer reset the workshop (another session)', () => {
    expect(workshopStep('s-0', true, workshop)).toEqual({ kind: 'wipe', reason: 'workshop-reset' })
  })

  it('wipes a phone with demo records or a session when the server says it is no workshop, and leaves a clean phone alone', () => {
    expect(workshopStep(null, true, null)).toEqual({ kind: 'wipe', reason: 'not-a-workshop' })
    expect(workshopStep('s-1', false, null)).toEqual({ kind: 'wipe', reason: 'not-a-workshop' })
    expect(workshopStep(null, false, null)).toEqual({ kind: 'none' })
  })

  it('changes nothing without an answer (offline, or a server that does not say)', () => {
    expect(workshopStep('s-1', true, undefined)).toEqual({ kind: 'none' })
  })
})

describe('isWorkshopChannelMessage', () => {
  it('knows the presenter\'s simulate-offline switch and nothing else', () => {
    expect(isWorkshopChannelMessage({ type: 'simulate-offline', offline: true })).toBe(true)
    expect(isWorkshopChannelMessage({ type: 'simulate-offline', offline: 'yes' })).toBe(false)
    expect(isWorkshopChannelMessage({ type: 'reload' })).toBe(false)
    expect(isWorkshopChannelMessage(null)).toBe(false)
  })
})
