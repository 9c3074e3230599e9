import { randomUUID } from "node:crypto";
import type { Database } from "@vanta/db";
import { upsertEnrichment } from "@vanta/db/queries/enrichments";
import type { DigestSummary } from "@vanta/server/services/digest/send";
import { sendDigest } from "@vanta/server/services/digest/send";
import { storeCapturedPosting } from "@vanta/server/services/postings/store";
import type { FitResult, SalaryInfo } from "@vanta/shared/fit";
import type { Posting } from "@vanta/shared/posting";
import type { TestServer } from "../../support/server.ts";

// Factories for digest tests: postings stored like captures, with a fit stored for the user (score,
// met requirement, estimate) chosen by the test, so the digest's order and labels are known in advance.

export interface Scored {
  title: string;
  company: string;
  score: number;
  passed?: boolean;
  /** stated on the posting (annual) */
  stated?: { min: number; max: number; currency: string };
  /** the fit's estimate (annual) */
  estimate?: { min: number; max: number; currency: string };
  metRequirement?: string;
}

export function fitOf(s: Scored): FitResult {
  const estimate: SalaryInfo | null = s.estimate
    ? { ...s.estimate, period: "year", estimate: true, sampleSize: 12 }
    : null;
  return {
    score: s.score,
    passed: s.passed ?? true,
    filters: s.passed === false ? [{ name: "location", passed: false, reason: "outside your locations" }] : [],
    factors: { semantic: 0.5, skills: 0.5, title: 0.5, seniority: 0.5, salary: 0.5, freshness: 0.5 },
    requirements: s.metRequirement
      ? [{ requirement: s.metRequirement, kind: "required", status: "met", evidence: "5 years of Go" }]
      : [],
    improvements: [],
    salary: estimate,
    rationale: `Good fit (${s.score}/100) for ${s.title} at ${s.company}. You show 3 of 4 required skills.`,
  };
}

export async function seedScored(db: Database, userId: string, specs: Scored[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const s of specs) {
    const key = randomUUID().slice(0, 8);
    const posting: Posting = {
      title: s.title,
      company: s.company,
      locations: ["Berlin, DE"],
      remote: "hybrid",
      employmentType: null,
      salary: s.stated ? { ...s.stated, period: "year" } : null,
      description: "Build services in Go and TypeScript.",
      postedAt: null,
      closed: false,
      source: "greenhouse",
      sourceId: `digest-${key}`,
      url: `https://boards.greenhouse.io/digest/jobs/${key}`,
    };
    const { rootId } = await storeCapturedPosting(db, posting);
    await upsertEnrichment(db, { userId, postingId: rootId, fit: fitOf(s) });
    ids.set(s.title, rootId);
  }
  return ids;
}

/** The digest as the job endpoint sends it, with this server's ports and secret. */
export function sendVia(server: TestServer, userId: string, now = new Date()): Promise<DigestSummary> {
  const { runtime } = server;
  return sendDigest(
    {
      db: runtime.db,
      email: runtime.services.email,
      publicUrl: runtime.services.publicUrl,
      secret: runtime.services.digestSecret,
      log: runtime.log,
      now: () => now,
    },
    { userId },
  );
}

export const TEST_SECRET = "digest-test-secret-0123456789abcdef0123";

/** "Track: <url>" lines of the plain-text part, in order. */
export function trackLinks(text: string): string[] {
  return [...text.matchAll(/^ {3}Track: (\S+)$/gm)].map((m) => m[1] as string);
}

export function lineLink(text: string, label: string): string {
  const m = new RegExp(`^${label}: (\\S+)$`, "m").exec(text);
  if (!m?.[1]) throw new Error(`no "${label}" link in:\n${text}`);
  return m[1];
}

export const DAY_MS = 24 * 60 * 60 * 1000;
