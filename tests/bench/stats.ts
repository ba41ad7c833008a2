import { availableParallelism, loadavg } from 'node:os'

/** The middle value (the upper middle for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** "median (min–max, n=…)" for a table cell. */
export function spread(values: readonly number[], digits = 0): string {
  if (values.length === 0) return 'n/a'
  return `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}, n=${values.length})`
}

/** The machine's 1/5/15-minute load average and core count, printed beside every figure. */
export function loadLine(): string {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(1))
  return `load average ${one} / ${five} / ${fifteen} (1/5/15 min) on ${availableParallelism()} cores`
}

/** Rejects after `ms` (and runs `onTimeout`, e.g. to close the browser the promise waits on). */
export async function withTimeout<T>(label: string, ms: number, promise: Promise<T>, onTimeout?: () => unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void onTimeout?.()
      reject(new Error(`${label}: no result after ${ms / 1000} s`))
    }, ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
