import { create } from 'qrcode'

// QR codes are made in the browser from the address (the `qrcode` package): nothing is asked of any
// other host. Drawn as SVG for the projector and on a canvas for the printed handout.

/** Light modules around the code, as the QR standard asks, so phones find it on any background. */
export const QUIET_ZONE = 4

/** A QR code's modules: `size` × `size`, `isDark(row, column)`. */
export interface QrMatrix {
  size: number
  isDark: (row: number, column: number) => boolean
}

/** The QR code of `text` (error correction M: survives a smudge or a glare on the projector screen). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) }
}

/** The dark modules as one SVG path in module units, quiet zone included (viewBox `0 0 n n`, n = size + 2 × QUIET_ZONE). */
export function qrSvgPath(matrix: QrMatrix): string {
  const parts: string[] = []
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.isDark(row, column)) parts.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`)
    }
  }
  return parts.join('')
}

/** Side of the drawing in modules, quiet zone included. */
export function qrSideModules(matrix: QrMatrix): number {
  return matrix.size + 2 * QUIET_ZONE
}

/** Draws the code on a 2D canvas context, `scale` pixels per module, quiet zone included. */
export function drawQr(context: CanvasRenderingContext2D, matrix: QrMatrix, scale: number): void {
  const side = qrSideModules(matrix) * scale
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, side, side)
  context.fillStyle = '#000000'
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.isDark(row, column)) context.fillRect((column + QUIET_ZONE) * scale, (row + QUIET_ZONE) * scale, scale, scale)
    }
  }
}
