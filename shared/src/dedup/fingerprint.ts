import { placeParts } from "../match/location.ts";
import { cleanTitle } from "../normalize/title.ts";
import type { Posting } from "../posting.ts";
import { normalizeCompany } from "./company.ts";

// Cross-source identity key: normalized company + cleaned title (level words kept: a Senior
// and a Staff opening are different jobs) + primary city. Stored on job_postings.

export function primaryCity(p: Pick<Posting, "locations" | "remote">): string {
  const first = p.locations[0];
  if (!first) return p.remote === "remote" ? "remote" : "";
  return placeParts(first)[0] ?? "";
}

export function titleKey(title: string): string {
  return cleanTitle(title)
    .replace(/[^\p{L}\p{N}+# ]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function fingerprint(p: Pick<Posting, "company" | "title" | "locations" | "remote">): string {
  return `${roleKey(p)}|${primaryCity(p)}`;
}

/** The fingerprint without its place: the same role at the same company, in any city. */
export function roleKey(p: Pick<Posting, "company" | "title">): string {
  return `${normalizeCompany(p.company)}|${titleKey(p.title)}`;
}
