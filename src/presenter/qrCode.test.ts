import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { QUIET_ZONE, qrMatrix, qrSideModules, qrSvgPath, type QrMatrix } from './qrCode'

/** The code as RGBA pixels, `scale` per module, quiet zone included: what a camera would see. */
function pixels(matrix: QrMatrix, scale: number): { data: Uint8ClampedArray; side: number } {
  const side = qrSideModules(matrix) * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const [row, column] = [Math.floor(y / scale) - QUIET_ZONE, Math.floor(x / scale) - QUIET_ZONE]
      const dark = row >= 0 && column >= 0 && row < matrix.size && column < matrix.size && matrix.isDark(row, column)
      if (dark) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3)
    }
  }
  return { data, side }
}

describe('qrMatrix', () => {
  it.each(['http://192.168.1.23:8080/', 'https://map.example.org/'])('makes a code that a reader decodes back to %s', (address) => {
    const { data, side } = pixels(qrMatrix(address), 4)
    expect(jsQR(data, side, side)?.data).toBe(address)
  })
})

describe('qrSvgPath', () => {
  it('draws one square per dark module, inside the quiet zone', () => {
    const matrix: QrMatrix = { size: 2, isDark: (row, column) => row === column }
    expect(qrSvgPath(matrix)).toBe(`M${QUIET_ZONE} ${QUIET_ZONE}h1v1h-1zM${QUIET_ZONE + 1} ${QUIET_ZONE + 1}h1v1h-1z`)
    expect(qrSideModules(matrix)).toBe(2 + 2 * QUIET_ZONE)
  })
})
