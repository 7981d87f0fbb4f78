/** "1 document", "16 segments": counts in messages read as sentences. */
export function formatCount(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Two aligned columns, numbers right-aligned, for human-readable reports. */
export function formatTable(rows: readonly (readonly [string, number | string])[]): string {
  const labelWidth = Math.max(0, ...rows.map(([label]) => label.length));
  const valueWidth = Math.max(0, ...rows.map(([, value]) => String(value).length));
  return rows.map(([label, value]) => `${label.padEnd(labelWidth)}  ${String(value).padStart(valueWidth)}\n`).join('');
}
