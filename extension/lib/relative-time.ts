// "3 days ago"-style labels for "Tracked · Applied · 3 days ago". Pure, so it is unit tested.
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

export function relativeTime(when: string | Date | null | undefined, now: Date = new Date()): string {
  if (!when) return "";
  const t = new Date(when).getTime();
  if (Number.isNaN(t)) return "";
  const diff = t - now.getTime();
  const fmt = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms) return fmt.format(Math.round(diff / ms), unit);
  }
  return "just now";
}
