// A 5-field cron parser (minute hour day-of-month month day-of-week) with `*`, lists, ranges,
// steps and month/day names; the same dialect QStash accepts, so one expression works on both schedulers.

export interface CronSpec {
  minutes: number[];
  hours: number[];
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>; // 0 = Sunday (7 is folded into 0)
  domRestricted: boolean;
  dowRestricted: boolean;
  /** Hour field is `*` or `*\/n`: the job repeats through the day, so a repeated DST hour runs again. */
  hourWildcard: boolean;
  source: string;
}

export class CronError extends Error {
  override readonly name = "CronError";
}

const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

interface FieldDef {
  label: string;
  min: number;
  max: number;
  names?: string[];
  namesOffset?: number;
}

const FIELDS: FieldDef[] = [
  { label: "minute", min: 0, max: 59 },
  { label: "hour", min: 0, max: 23 },
  { label: "day of month", min: 1, max: 31 },
  { label: "month", min: 1, max: 12, names: MONTH_NAMES, namesOffset: 1 },
  { label: "day of week", min: 0, max: 7, names: DAY_NAMES, namesOffset: 0 },
];

export function parseCron(expression: string): CronSpec {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) {
    throw new CronError(`cron "${expression}" must have 5 fields (minute hour day-of-month month day-of-week)`);
  }
  const values = parts.map((part, i) => parseField(part, FIELDS[i]!, expression));
  const [minutes, hours, dom, months, dow] = values as [number[], number[], number[], number[], number[]];
  return {
    minutes,
    hours,
    daysOfMonth: new Set(dom),
    months: new Set(months),
    daysOfWeek: new Set(dow.map((d) => d % 7)),
    domRestricted: !parts[2]!.startsWith("*"),
    dowRestricted: !parts[4]!.startsWith("*"),
    hourWildcard: parts[1]!.startsWith("*"),
    source: expression.trim(),
  };
}

function parseField(field: string, def: FieldDef, expression: string): number[] {
  const fail = (why: string): never => {
    throw new CronError(`cron "${expression}": ${def.label} field "${field}" ${why}`);
  };
  const out = new Set<number>();
  for (const item of field.split(",")) {
    const [rangePart = "", stepPart, extra] = item.split("/");
    if (extra !== undefined) fail("has more than one '/'");
    let step = 1;
    if (stepPart !== undefined) {
      if (!/^\d+$/.test(stepPart) || Number(stepPart) === 0) fail("has an invalid step");
      step = Number(stepPart);
    }
    let lo: number;
    let hi: number;
    if (rangePart === "*") {
      lo = def.min;
      hi = def.max === 7 ? 6 : def.max;
    } else {
      const [a = "", b, more] = rangePart.split("-");
      if (more !== undefined) fail("has an invalid range");
      lo = parseValue(a, def, fail);
      // "5/15" means "from 5 to the end, every 15" as in Vixie cron.
      hi = b !== undefined ? parseValue(b, def, fail) : stepPart !== undefined ? def.max : lo;
      if (lo > hi) fail("has a range that runs backwards");
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

function parseValue(token: string, def: FieldDef, fail: (why: string) => never): number {
  const upper = token.toUpperCase();
  const named = def.names?.indexOf(upper) ?? -1;
  if (named !== -1) return named + (def.namesOffset ?? 0);
  if (!/^\d+$/.test(token)) fail(`has an invalid value "${token}"`);
  const n = Number(token);
  if (n < def.min || n > def.max) fail(`value ${n} is outside ${def.min}-${def.max}`);
  return n;
}

/** Whether a calendar day matches; Vixie semantics: when both day fields are restricted, either may match. */
export function cronDayMatches(spec: CronSpec, month: number, dayOfMonth: number, dayOfWeek: number): boolean {
  if (!spec.months.has(month)) return false;
  const domOk = spec.daysOfMonth.has(dayOfMonth);
  const dowOk = spec.daysOfWeek.has(dayOfWeek);
  if (spec.domRestricted && spec.dowRestricted) return domOk || dowOk;
  if (spec.domRestricted) return domOk;
  if (spec.dowRestricted) return dowOk;
  return true;
}
