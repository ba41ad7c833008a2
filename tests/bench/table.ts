/** Rows as a fixed-width text table: a header, a rule, and columns padded to their widest cell. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)))
  const line = (row: readonly string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)]
}

/** Two blocks of lines printed next to each other, separated by a bar. */
export function sideBySide(left: readonly string[], right: readonly string[]): string[] {
  if (left.length === 0) return [...right]
  if (right.length === 0) return [...left]
  const width = Math.max(0, ...left.map((line) => line.length))
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => `${(left[i] ?? '').padEnd(width)}  │  ${right[i] ?? ''}`)
}
