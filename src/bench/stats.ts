/** Small statistics for the benchmark, pure so they can be tested. */
export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}

/** Two aligned columns, as Markdown so it can be pasted into the README. */
export function formatTable(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([k]) => k.length), "measure".length);
  const valueWidth = Math.max(...rows.map(([, v]) => v.length), "value".length);
  const line = (k: string, v: string) => `| ${k.padEnd(width)} | ${v.padStart(valueWidth)} |`;
  return [line("measure", "value"), `| ${"-".repeat(width)} | ${"-".repeat(valueWidth - 1)}: |`, ...rows.map(([k, v]) => line(k, v))].join("\n");
}
