import { Cron } from "croner";
import { CRON_MODE, type CronSpec, parseCron } from "./cron.ts";
import { assertTimeZone } from "./time-zone.ts";

/**
 * The first instant strictly after `from` at which `cron` fires in `timeZone`, or null if never.
 * DST rules are croner's (documented in its README, the same as Vixie cron and croner-rust):
 * - fixed-time jobs (one value each in minute and hour, like every schedule the app writes): a wall time
 *   repeated by fall-back runs once, at its first occurrence; a wall time skipped by spring-forward runs at
 *   the first valid time after the gap, the same day (02:30 on a 02:00->03:00 night runs at 03:00);
 * - interval jobs (wildcard, step, range or list in minute or hour): a repeated time runs on both
 *   occurrences (hourly jobs keep running through the repeated hour); a skipped time is skipped.
 * Verified by tests/unit/ports/cron-next-run.test.ts.
 */
export function nextRun(cron: string | CronSpec, timeZone: string, from: Date): Date | null {
  const spec = typeof cron === "string" ? parseCron(cron) : cron;
  // croner throws a TypeError on an unknown zone; callers validate user input with our RangeError.
  assertTimeZone(timeZone);
  // No callback: croner only evaluates, it never arms a timer (the in-process scheduler owns timers).
  return new Cron(spec.source, { timezone: timeZone, mode: CRON_MODE, paused: true }).nextRun(from);
}
