/** `%…%` pattern for ILIKE that matches `s` literally (its own %, _ and \ escaped). */
export function containsPattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
