import { describe, expect, it } from 'vitest'
import { firstScreenFontFiles } from './fontPreloadPlugin'

const fontsource = (file: string) => [`node_modules/@fontsource/noto-sans-thai/files/${file}`]

describe('firstScreenFontFiles', () => {
  it('finds the Thai letters in the regular and bold weights, not the Latin subsets or the woff fallbacks', () => {
    const assets = [
      { fileName: 'assets/A.woff2', originalFileNames: fontsource('noto-sans-thai-thai-400-normal.woff2') },
      { fileName: 'assets/B.woff2', originalFileNames: fontsource('noto-sans-thai-latin-400-normal.woff2') },
      { fileName: 'assets/C.woff2', originalFileNames: fontsource('noto-sans-thai-thai-700-normal.woff2') },
      { fileName: 'assets/D.woff', originalFileNames: fontsource('noto-sans-thai-thai-400-normal.woff') },
      { fileName: 'assets/E.woff2', originalFileNames: fontsource('noto-sans-thai-thai-300-normal.woff2') },
      { fileName: 'assets/index.css', originalFileNames: [] },
    ]
    expect(firstScreenFontFiles(assets)).toEqual(['assets/A.woff2', 'assets/C.woff2'])
  })
})
