import { describe, expect, it } from 'vitest'
import { textIn } from './localizedText'

describe('textIn', () => {
  const both = { th: 'สายด่วน', en: 'Hotline' }

  it('shows Thai to a Thai reader', () => {
    expect(textIn(both, 'th')).toEqual({ text: 'สายด่วน', lang: 'th' })
  })

  it('shows English to an English reader when there is English', () => {
    expect(textIn(both, 'en')).toEqual({ text: 'Hotline', lang: 'en' })
  })

  it('falls back to Thai, marked as Thai, when there is no English', () => {
    expect(textIn({ th: 'ชุมชน' }, 'en')).toEqual({ text: 'ชุมชน', lang: 'th' })
    expect(textIn({ th: 'ชุมชน', en: '' }, 'en')).toEqual({ text: 'ชุมชน', lang: 'th' })
  })
})
