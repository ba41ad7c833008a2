// Node script (`npm run pwa:icons`), not part of the app: renders each home-screen look's icon.svg
// (public/icons/ and the neutral looks' folders) into the PNG icons its web app manifest names,
// with the Chromium the end-to-end tests already use.
// Its output is committed; run it again only when a source SVG changes.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../../tests/e2e/support/chromium'
import { HOME_SCREEN_LOOKS, LOOK_IDENTITIES } from './homeScreenLooks'

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url))

/** Maskable icons keep their content inside the central 80% "safe zone"; the rest is background. */
const outputs = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
]

async function main(): Promise<void> {
  const browser = await launchChromium()
  try {
    for (const look of HOME_SCREEN_LOOKS) {
      const { iconDir, color } = LOOK_IDENTITIES[look]
      const svg = await readFile(`${publicDir}${iconDir}icon.svg`, 'utf8')
      for (const { file, size, maskable } of outputs) {
        const page = await browser.newPage({ viewport: { width: size, height: size } })
        const inner = maskable ? Math.round(size * 0.8) : size
        await page.setContent(
          `<body style="margin:0;background:${maskable ? color : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">
             <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div>
           </body>`,
        )
        await page.screenshot({ path: `${publicDir}${iconDir}${file}`, omitBackground: !maskable })
        await page.close()
        console.log(`wrote public/${iconDir}${file}`)
      }
    }
  } finally {
    await browser.close()
  }
}

await main()
