import { instantsForWallTime, wallClock } from "../../ports/scheduler/time-zone.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function localDay(timeZone: string, at: Date): string {
  const w = wallClock(timeZone, at.getTime());
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The instant a local day's wall time (default 09:00) happens in a zone; a skipped hour moves one hour on. */
export function instantOfLocalDay(timeZone: string, day: string, hour = 9): Date {
  const wall = Date.parse(`${day}T${pad(hour)}:00:00Z`);
  const found = instantsForWallTime(timeZone, wall)[0] ?? instantsForWallTime(timeZone, wall + 3_600_000)[0];
  return new Date(found ?? wall);
}

/** The last hour of the local day an instant falls on (tasks due "today" are due by then). */
export function endOfLocalDay(timeZone: string, at: Date): Date {
  return instantOfLocalDay(timeZone, localDay(timeZone, at), 23);
}
