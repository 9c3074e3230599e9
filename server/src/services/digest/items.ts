import type { DigestCandidate } from "@vanta/db/queries/digest";
import type { DigestItem } from "@vanta/shared/api/notifications";
import type { SalaryInfo } from "@vanta/shared/fit";
import { salaryLabel } from "./salary-label.ts";
import { whyFit } from "./why-fit.ts";

// A digest candidate row → the item the email and the in-app notification show.

const major = (c: number | null) => (c === null ? null : c / 100);

/** The stated salary (annual cents on the posting) first, else the stored estimate, else the fit's estimate. */
function salaryOf(r: DigestCandidate): SalaryInfo | null {
  const base = { period: "year" as const, sampleSize: null };
  if (r.salaryCurrency && (r.salaryMinCents !== null || r.salaryMaxCents !== null))
    return {
      ...base,
      min: major(r.salaryMinCents),
      max: major(r.salaryMaxCents),
      currency: r.salaryCurrency,
      estimate: false,
    };
  if (r.estCurrency && (r.estMinCents !== null || r.estMaxCents !== null))
    return { ...base, min: major(r.estMinCents), max: major(r.estMaxCents), currency: r.estCurrency, estimate: true };
  const fitSalary = r.factors?.salary;
  if (fitSalary?.estimate) return fitSalary;
  return null;
}

const REMOTE_LABEL: Record<DigestCandidate["remote"], string | null> = {
  remote: "remote",
  hybrid: "hybrid",
  onsite: "on-site",
  unknown: null,
};

function locationOf(r: DigestCandidate): string {
  const more = r.locations.length - 2;
  const places = r.locations.slice(0, 2).join(" / ") + (more > 0 ? ` +${more} location${more > 1 ? "s" : ""}` : "");
  return [places, REMOTE_LABEL[r.remote]].filter(Boolean).join(" · ") || "Location not stated";
}

export function toDigestItem(r: DigestCandidate): DigestItem {
  const salary = salaryOf(r);
  return {
    postingId: r.postingId,
    title: r.title,
    company: r.company,
    location: locationOf(r),
    score: r.score,
    whyFit: whyFit(r.factors ?? null, r.rationale),
    salary: salary ? salaryLabel(salary) : null,
    salaryEstimated: salary?.estimate ?? false,
    url: r.url,
  };
}
