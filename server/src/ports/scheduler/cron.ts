import { CronPattern } from "croner";

// Cron expressions are parsed by croner (https://github.com/Hexagon/croner). The app only ever writes
// daily 5-field expressions ("M H * * *"); we hold every schedule to 5 fields (minute hour day-of-month
// month day-of-week) because that is the dialect QStash accepts, so one expression works on both schedulers.
// Day-of-month and day-of-week combine with OR when both are restricted (croner's default, as Vixie cron).

export interface CronSpec {
  /** The expression as given (trimmed); what croner evaluates and QStash receives. */
  source: string;
  /** Expanded fields, read from croner's parsed pattern (for inspection and tests). */
  minutes: number[];
  hours: number[];
  daysOfMonth: number[];
  months: number[];
  daysOfWeek: number[]; // 0 = Sunday (7 is folded into 0)
}

export class CronError extends Error {
  override readonly name = "CronError";
}

/** Croner's options for every expression we evaluate: exactly 5 fields, no seconds or years. */
export const CRON_MODE = "5-part" as const;

export function parseCron(expression: string): CronSpec {
  const source = expression.trim();
  if (source.split(/\s+/).length !== 5) {
    throw new CronError(`cron "${expression}" must have 5 fields (minute hour day-of-month month day-of-week)`);
  }
  let pattern: CronPattern;
  try {
    pattern = new CronPattern(source, undefined, { mode: CRON_MODE });
  } catch (err) {
    // croner throws TypeError/RangeError with a "CronPattern: " prefix; callers turn CronError into field errors.
    const why = err instanceof Error ? err.message.replace(/^CronPattern:\s*/, "") : String(err);
    throw new CronError(`cron "${expression}": ${why}`);
  }
  const on = (flags: number[], offset = 0) => flags.flatMap((v, i) => (v ? [i + offset] : []));
  return {
    source,
    minutes: on(pattern.minute),
    hours: on(pattern.hour),
    daysOfMonth: on(pattern.day, 1),
    months: on(pattern.month, 1),
    daysOfWeek: [...new Set(on(pattern.dayOfWeek).map((d) => d % 7))],
  };
}
