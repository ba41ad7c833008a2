import { createRequire } from 'node:module'
import type { BrowserContext, Page } from 'playwright-core'

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: string; html: string; summary: string }[]
}

/**
 * Loads axe-core into every page of the context. An init script, not a <script> tag: the app's
 * Content-Security-Policy rightly refuses inline scripts, and the check must not weaken it.
 */
export async function addAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE_PATH })
}

/** Runs axe on the page as it is now (WCAG 2.x A and AA rules plus best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    type AxeResult = {
      violations: {
        id: string
        impact?: string | null
        help: string
        helpUrl: string
        nodes: { target: unknown[]; html: string; failureSummary?: string }[]
      }[]
    }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html.slice(0, 200),
        summary: node.failureSummary ?? '',
      })),
    }))
  })
}

/** Violations as a readable report: rule, impact, what to fix, and each offending element. */
export function formatViolations(screen: string, violations: AxeViolation[]): string {
  const lines = violations.flatMap((violation) => [
    `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map((node) => `    at ${node.target}\n      ${node.html}\n      ${node.summary.replace(/\n/g, '\n      ')}`),
  ])
  return `axe found ${violations.length} violation(s) on ${screen}:\n${lines.join('\n')}`
}
