import { normalizeCompany } from "../dedup/company.ts";
import type { HardFilterResult } from "../fit.ts";
import { SENIORITY_RANK } from "../normalize/seniority.ts";
import type { PostingFeatures } from "./features.ts";
import { isRemotePlace, placeMatches } from "./location.ts";
import type { ProfileFeatures } from "./profile-features.ts";

// Hard filters run before scoring. Every applicable filter is reported, passed or not, with
// its reason: a posting is never dropped silently, the caller decides what to hide.

function fmtMoney(n: number, currency: string): string {
  return `${currency} ${Math.round(n).toLocaleString("en-US")}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function hardFilters(pf: ProfileFeatures, q: PostingFeatures): HardFilterResult[] {
  const p = pf.profile;
  const post = q.posting;
  const out: HardFilterResult[] = [];

  if (p.remote.length > 0) {
    if (post.remote === "unknown")
      out.push({ name: "remote", passed: true, reason: "posting does not state its work arrangement" });
    else if (p.remote.includes(post.remote))
      out.push({ name: "remote", passed: true, reason: `${post.remote} matches your preference` });
    else
      out.push({
        name: "remote",
        passed: false,
        reason: `posting is ${post.remote}; you want ${p.remote.join(" or ")}`,
      });
  }

  if (p.locations.length > 0) {
    const remoteOk = p.remote.length === 0 || p.remote.includes("remote");
    const places = post.locations;
    const hit = places.find((loc) => p.locations.some((mine) => placeMatches(mine, loc)));
    if (hit) out.push({ name: "location", passed: true, reason: `${hit} is in your locations` });
    else if (remoteOk && (post.remote === "remote" || places.some(isRemotePlace)))
      out.push({ name: "location", passed: true, reason: "remote role" });
    else if (places.length === 0) out.push({ name: "location", passed: true, reason: "posting lists no location" });
    else
      out.push({
        name: "location",
        passed: false,
        reason: `${places.slice(0, 3).join("; ")} is outside ${p.locations.join("; ")}`,
      });
  }

  if (p.minSalary !== null && p.minSalary > 0) {
    const s = q.salary;
    if (!s) out.push({ name: "salary", passed: true, reason: "posting states no salary" });
    else if (s.currency !== p.currency)
      out.push({
        name: "salary",
        passed: true,
        reason: `salary in ${s.currency}, your floor is in ${p.currency}: not compared`,
      });
    else {
      const top = s.max ?? s.min!;
      if (top >= p.minSalary)
        out.push({
          name: "salary",
          passed: true,
          reason: `up to ${fmtMoney(top, s.currency)} a year meets your ${fmtMoney(p.minSalary, p.currency)} floor`,
        });
      else
        out.push({
          name: "salary",
          passed: false,
          reason: `pays at most ${fmtMoney(top, s.currency)} a year, below your ${fmtMoney(p.minSalary, p.currency)} floor`,
        });
    }
  }

  // Explicit seniority choices are strict; a level derived from the resume only gates jumps of 2+ levels up.
  const postLevel = q.title.seniority;
  if (postLevel && p.seniority.length > 0) {
    if (p.seniority.includes(postLevel))
      out.push({ name: "seniority", passed: true, reason: `${postLevel} is one of your levels` });
    else
      out.push({ name: "seniority", passed: false, reason: `${postLevel} role; you chose ${p.seniority.join(", ")}` });
  } else if (postLevel && pf.seniority) {
    const gap = SENIORITY_RANK[postLevel] - SENIORITY_RANK[pf.seniority];
    if (gap >= 2)
      out.push({ name: "seniority", passed: false, reason: `${postLevel} role, your resume reads ${pf.seniority}` });
    else out.push({ name: "seniority", passed: true, reason: `${postLevel} role fits your ${pf.seniority} level` });
  }

  if (p.visaNeeded) {
    if (q.sponsorship === "not_offered")
      out.push({ name: "visa", passed: false, reason: "posting says it does not sponsor visas" });
    else if (q.sponsorship === "offered")
      out.push({ name: "visa", passed: true, reason: "posting offers visa sponsorship" });
    else out.push({ name: "visa", passed: true, reason: "posting does not mention sponsorship (ask the recruiter)" });
  }

  if (q.yearsRequired !== null) {
    if (pf.years === null)
      out.push({ name: "years", passed: true, reason: `asks ${q.yearsRequired}+ years; your years are unknown` });
    else if (pf.years + 1 >= q.yearsRequired)
      out.push({ name: "years", passed: true, reason: `asks ${q.yearsRequired}+ years; you have ${pf.years}` });
    else out.push({ name: "years", passed: false, reason: `asks ${q.yearsRequired}+ years; you have ${pf.years}` });
  }

  if (p.excludedCompanies.length > 0) {
    const bad = p.excludedCompanies.find((c) => normalizeCompany(c) === q.company);
    out.push(
      bad
        ? { name: "company", passed: false, reason: `${post.company} is on your excluded list` }
        : { name: "company", passed: true, reason: "company not excluded" },
    );
  }

  if (p.excludedKeywords.length > 0) {
    const hay = `${post.title}\n${post.description}`;
    const bad = p.excludedKeywords.find((k) =>
      new RegExp(`(^|[^A-Za-z0-9])${escapeRe(k.trim())}($|[^A-Za-z0-9])`, "i").test(hay),
    );
    out.push(
      bad
        ? { name: "keyword", passed: false, reason: `mentions excluded keyword "${bad}"` }
        : { name: "keyword", passed: true, reason: "no excluded keywords" },
    );
  }

  if (q.clearance) {
    const has = /\b(clearance|ts\/sci|top secret)\b/i.test(p.resumeText);
    out.push(
      has
        ? { name: "clearance", passed: true, reason: "posting requires a clearance; your resume mentions one" }
        : { name: "clearance", passed: false, reason: "posting requires a security clearance; your resume shows none" },
    );
  }
  return out;
}
