import type { RawPosting } from "@vanta/shared/normalize/raw";
import type { SourceSpec } from "../../provider.ts";
import type { AdzunaJob } from "./schema.ts";

const CURRENCY: Record<string, string> = {
  gb: "GBP",
  us: "USD",
  ca: "CAD",
  au: "AUD",
  nz: "NZD",
  in: "INR",
  za: "ZAR",
  br: "BRL",
  mx: "MXN",
  sg: "SGD",
  pl: "PLN",
  ch: "CHF",
  de: "EUR",
  fr: "EUR",
  nl: "EUR",
  it: "EUR",
  es: "EUR",
  at: "EUR",
  be: "EUR",
};

const stripTags = (s: string) => s.replace(/<[^>]+>/g, "");

export function mapAdzuna(job: AdzunaJob, source: SourceSpec): RawPosting {
  const country = (source.country ?? "gb").toLowerCase();
  const predicted = String(job.salary_is_predicted ?? "0") === "1";
  return {
    source: "adzuna",
    sourceId: String(job.id),
    // Adzuna highlights search terms with <strong> in titles.
    title: stripTags(job.title),
    company: job.company?.display_name?.trim() || "Unknown company",
    url: job.redirect_url,
    locations: [job.location?.display_name],
    countryHint: country.toUpperCase(),
    employmentType: job.contract_time ?? job.contract_type ?? null,
    // A predicted salary is Adzuna's estimate, not the employer's offer.
    salary:
      !predicted && (job.salary_min || job.salary_max)
        ? {
            min: job.salary_min ?? null,
            max: job.salary_max ?? null,
            currency: CURRENCY[country] ?? null,
            period: null,
          }
        : null,
    descriptionText: job.description ?? "",
    postedAt: job.created ?? null,
    tags: [job.category?.label].filter((t): t is string => !!t),
  };
}
