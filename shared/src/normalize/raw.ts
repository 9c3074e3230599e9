import type { RemoteType, SalaryPeriod } from "../posting.ts";

/**
 * What a provider mapper extracts from one API item, before normalization. Every field is as
 * the feed sent it; `normalizePosting` does the parsing so all providers are treated alike.
 */
export interface RawPosting {
  source: string;
  sourceId: string | null;
  title: string;
  company: string;
  url: string;
  applyUrl?: string | null;
  /** location strings as written ("Remote - US", "Berlin, Germany") */
  locations: ReadonlyArray<string | null | undefined>;
  /** structured places when the feed has them; used before parsing `locations` */
  places?: ReadonlyArray<{ city?: string | null; region?: string | null; country?: string | null }>;
  /** ISO-2 country of the primary place when the feed states it separately (Lever's `country`) */
  countryHint?: string | null;
  /** the feed's own sponsorship signal (USAJOBS "U.S. citizens"), else it is read from the text */
  visaHint?: "offered" | "not_offered" | null;
  /** the feed's own remote signal: a workplace type string or a boolean flag */
  remoteHint?: RemoteType | string | boolean | null;
  employmentType?: string | ReadonlyArray<string> | null;
  /** structured pay in major units */
  salary?: {
    min: number | null;
    max: number | null;
    currency: string | null;
    period: SalaryPeriod | string | null;
  } | null;
  /** free-text pay ("$170k - $200k") */
  salaryText?: string | null;
  /** currency to assume for bare amounts in salaryText ("80k-100k" on a US-only board) */
  defaultCurrency?: string;
  descriptionHtml?: string | null;
  descriptionText?: string | null;
  postedAt?: string | number | null;
  validThrough?: string | number | null;
  department?: string | null;
  tags?: ReadonlyArray<string | null | undefined>;
  closed?: boolean;
}

/** Title-based enrichment owned by the classifier modules (seniority, job family, skills). */
export interface PostingClassification {
  seniority: string | null;
  family: string | null;
  skills: string[];
}
export type PostingClassifier = (input: {
  title: string;
  description: string;
  tags: string[];
  /** minimum years of experience the posting asks for, when stated */
  yearsMin?: number | null;
}) => PostingClassification;
export const noClassifier: PostingClassifier = () => ({ seniority: null, family: null, skills: [] });
