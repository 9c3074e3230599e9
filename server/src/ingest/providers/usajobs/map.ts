import type { RawPosting } from "@vanta/shared/normalize/raw";
import type { UsajobsItem } from "./schema.ts";

// RateIntervalCode: "Per Year"/"PA", "PH", "PD", "PW", "PM"; fee-basis and without-compensation
// codes carry no usable range.
const INTERVALS: Record<string, string> = { PA: "year", PH: "hour", PD: "day", PW: "week", PM: "month" };

function location(l: NonNullable<UsajobsItem["MatchedObjectDescriptor"]["PositionLocation"]>[number]): string | null {
  const name = l.LocationName?.trim();
  if (!name) return null;
  // "Location Negotiable After Selection, United States" names a country, not a town.
  if (/negotiable|multiple locations|anywhere in/i.test(name)) return name.replace(/^.*,\s*/, "") || null;
  return name;
}

export function mapUsajobs(item: UsajobsItem): RawPosting {
  const d = item.MatchedObjectDescriptor;
  const details = d.UserArea?.Details ?? {};
  const pay = d.PositionRemuneration?.[0];
  const duties = Array.isArray(details.MajorDuties) ? details.MajorDuties.join("\n") : (details.MajorDuties ?? "");
  const who = details.WhoMayApply?.Name ?? "";
  const text = [
    details.JobSummary,
    duties && `Duties\n${duties}`,
    d.QualificationSummary && `Qualifications\n${d.QualificationSummary}`,
    details.Education && `Education\n${details.Education}`,
    who && `Who may apply: ${who}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  const interval = pay?.RateIntervalCode?.trim() ?? "";
  return {
    source: "usajobs",
    sourceId: String(item.MatchedObjectId),
    title: d.PositionTitle,
    company: d.OrganizationName,
    url: d.PositionURI,
    applyUrl: d.ApplyURI?.[0] ?? null,
    locations: (d.PositionLocation ?? []).map(location),
    employmentType: d.PositionSchedule?.[0]?.Name ?? null,
    salary: pay
      ? {
          min: Number(pay.MinimumRange) || null,
          max: Number(pay.MaximumRange) || null,
          currency: "USD",
          period: INTERVALS[interval] ?? (/^per /i.test(interval) ? interval : null),
        }
      : null,
    // Federal jobs open to "U.S. citizens" exclude anyone who would need a visa.
    visaHint: /u\.?s\.? citizens/i.test(who) ? "not_offered" : null,
    descriptionText: text,
    postedAt: d.PublicationStartDate ?? null,
    validThrough: d.ApplicationCloseDate ?? null,
    department: d.DepartmentName || null,
  };
}
