import jsQR from 'jsqr'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

// What a printed PDF holds, read with PDF.js (pure JS): its text and the QR codes of its images.

/** The text of every page, and the decoded text of each image that is a QR code. */
export interface PdfContents {
  pageCount: number
  text: string
  qrCodes: string[]
}

interface DecodedImage {
  width: number
  height: number
  data: Uint8Array | Uint8ClampedArray
}

/** RGBA pixels of a PDF.js image (it keeps RGB images as 3 bytes a pixel). */
function toRgba(image: DecodedImage): Uint8ClampedArray {
  const pixels = image.width * image.height
  if (image.data.length === pixels * 4) return new Uint8ClampedArray(image.data)
  const rgba = new Uint8ClampedArray(pixels * 4).fill(255)
  for (let pixel = 0; pixel < pixels; pixel++) rgba.set(image.data.subarray(pixel * 3, pixel * 3 + 3), pixel * 4)
  return rgba
}

/** Reads a PDF (from Chromium's `page.pdf()`). */
export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isOffscreenCanvasSupported: false, useSystemFonts: false, verbosity: 0 }).promise
  const texts: string[] = []
  const qrCodes: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
    const operators = await page.getOperatorList()
    for (const [index, fn] of operators.fnArray.entries()) {
      if (fn !== OPS.paintImageXObject) continue
      const [name] = operators.argsArray[index] as [string]
      const image = (await new Promise((resolve) => page.objs.get(name, resolve))) as DecodedImage | null
      if (!image?.data) continue
      const code = jsQR(toRgba(image), image.width, image.height)
      if (code) qrCodes.push(code.data)
    }
  }
  await pdf.destroy()
  return { pageCount: pdf.numPages, text: texts.join('\n'), qrCodes }
}
