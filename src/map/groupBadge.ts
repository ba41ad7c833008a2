import { MARKER_OUTLINE } from './kindAppearance'

/** What a group's badge says: its count, capped so the badge stays small. */
export function groupLabel(count: number): string {
  return count > 999 ? '999+' : String(count)
}

/** Badge radius in CSS pixels: wide enough for its label. */
export function groupBadgeRadius(count: number): number {
  return 10 + 2 * groupLabel(count).length
}

const BADGE_OUTLINE_PX = 2
const badges = new Map<string, HTMLCanvasElement>()

/**
 * A group's badge, drawn once per label at `pixelScale` device pixels per CSS pixel and stamped
 * wherever a group with that label is: a white disc with a solid dark ring and the count, unlike
 * any kind's marker and unlike an approximate place's pale dashed area. Its size is
 * 2 × (radius + 2) CSS pixels; its centre is the group's position.
 */
export function groupBadge(count: number, pixelScale: number): HTMLCanvasElement {
  const label = groupLabel(count)
  let badge = badges.get(label)
  if (!badge) {
    const radius = groupBadgeRadius(count)
    const half = radius + BADGE_OUTLINE_PX
    badge = document.createElement('canvas')
    badge.width = badge.height = 2 * half * pixelScale
    const ctx = badge.getContext('2d')!
    ctx.scale(pixelScale, pixelScale)
    ctx.beginPath()
    ctx.arc(half, half, radius, 0, Math.PI * 2)
    ctx.fillStyle = '#ffffff'
    ctx.fill()
    ctx.lineWidth = BADGE_OUTLINE_PX
    ctx.strokeStyle = MARKER_OUTLINE
    ctx.stroke()
    ctx.fillStyle = MARKER_OUTLINE
    ctx.font = 'bold 12px system-ui, sans-serif'
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    ctx.fillText(label, half, half + 0.5)
    badges.set(label, badge)
  }
  return badge
}

/** Half the badge's side in CSS pixels (its centre's offset from its corner). */
export const groupBadgeHalf = (count: number): number => groupBadgeRadius(count) + BADGE_OUTLINE_PX
