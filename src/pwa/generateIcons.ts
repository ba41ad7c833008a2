// Node script (`npm run pwa:icons`), not part of the app: renders public/icons/icon.svg into the
// PNG icons the web app manifest names, with the Chromium the end-to-end tests already use.
// Its output is committed; run it again only when the source SVG changes.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../../tests/e2e/support/chromium'

const iconsDir = fileURLToPath(new URL('../../public/icons/', import.meta.url))

/** Maskable icons keep their content inside the central 80% "safe zone"; the rest is background. */
const outputs = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
]

async function main(): Promise<void> {
  const svg = await readFile(`${iconsDir}icon.svg`, 'utf8')
  const browser = await launchChromium()
  try {
    for (const { file, size, maskable } of outputs) {
      const page = await browser.newPage({ viewport: { width: size, height: size } })
      const inner = maskable ? Math.round(size * 0.8) : size
      await page.setContent(
        `<body style="margin:0;background:${maskable ? '#1f4e8c' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">
           <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div>
         </body>`,
      )
      await page.screenshot({ path: `${iconsDir}${file}`, omitBackground: !maskable })
      await page.close()
      console.log(`wrote public/icons/${file}`)
    }
  } finally {
    await browser.close()
  }
}

await main()
