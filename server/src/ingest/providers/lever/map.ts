import type { RawPosting } from "@vanta/shared/normalize/raw";
import { companyFromBoard, type SourceSpec } from "../../provider.ts";
import type { LeverPosting } from "./schema.ts";

/** Lever splits the posting into description, titled lists (requirements…) and closing text. */
function descriptionHtml(p: LeverPosting): string {
  const lists = (p.lists ?? []).map((l) => `<h3>${l.text ?? ""}</h3><ul>${l.content ?? ""}</ul>`).join("");
  return `${p.description ?? ""}${lists}${p.additional ?? ""}`;
}

export function mapLever(p: LeverPosting, source: SourceSpec): RawPosting {
  const c = p.categories ?? {};
  const all = c.allLocations?.length ? c.allLocations : [c.location];
  const html = descriptionHtml(p);
  return {
    source: "lever",
    sourceId: p.id,
    title: p.text,
    company: companyFromBoard(source),
    url: p.hostedUrl,
    applyUrl: p.applyUrl ?? null,
    locations: all,
    countryHint: p.country ?? null,
    remoteHint: p.workplaceType && p.workplaceType !== "unspecified" ? p.workplaceType : null,
    employmentType: c.commitment ?? null,
    salary: p.salaryRange
      ? {
          min: p.salaryRange.min ?? null,
          max: p.salaryRange.max ?? null,
          currency: p.salaryRange.currency ?? null,
          period: p.salaryRange.interval ?? null,
        }
      : null,
    salaryText: p.salaryDescriptionPlain ?? null,
    descriptionHtml: html.trim() ? html : null,
    descriptionText: p.descriptionPlain ?? null,
    postedAt: p.createdAt ?? null,
    department: c.department ?? c.team ?? null,
    tags: [c.team, c.department].filter((t): t is string => !!t),
  };
}
