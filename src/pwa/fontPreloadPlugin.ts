// Imported by vite.config.ts: relative imports only.
import type { HtmlTagDescriptor, Plugin } from 'vite'

/** The Thai letters of the app's font, in the two weights the first screen uses (src/main.ts imports both). */
const FIRST_SCREEN_FONT = /noto-sans-thai-thai-(?:400|700)-normal\.woff2$/

/** Where the built font files are: the output names of the assets whose source is a first-screen font. */
export function firstScreenFontFiles(assets: readonly { fileName: string; originalFileNames: readonly string[] }[]): string[] {
  return assets.filter((asset) => asset.originalFileNames.some((name) => FIRST_SCREEN_FONT.test(name))).map((asset) => asset.fileName)
}

/**
 * Asks for the Thai font files from the resident's page itself, beside its scripts. Without it the
 * browser finds them only when it first lays out text, lays that text out with whatever other font
 * has Thai letters (looking for one is slow where none is installed), then again once they arrive
 * (and the text may move). The Latin letters and digits are left to load when used: every phone
 * has a font for them.
 */
export function fontPreloadPlugin(): Plugin {
  let base = '/'
  return {
    name: 'safe-space-map:font-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { filename, bundle }): HtmlTagDescriptor[] {
        if (!bundle || !filename.endsWith('/index.html')) return []
        const assets = Object.values(bundle).flatMap((output) => (output.type === 'asset' ? [output] : []))
        const files = firstScreenFontFiles(assets)
        if (files.length !== 2) throw new Error(`Expected the Thai font in 2 weights among the build's assets, found ${files.length}: the first screen's fonts have changed (src/main.ts).`)
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head',
        }))
      },
    },
  }
}
