import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Posting } from "@vanta/shared/posting";
import { JsonResume } from "@vanta/shared/resume/schema";

const DIR = join(import.meta.dirname, "../../fixtures/tailor");
export const RESUME_FILE = join(DIR, "resume.json");
export const POSTING_FILE = join(DIR, "posting.json");
export const TODAY = new Date("2026-11-29T00:00:00Z");

export function resume(): JsonResume {
  return JsonResume.parse(JSON.parse(readFileSync(RESUME_FILE, "utf8")));
}
export function posting(): Posting {
  return JSON.parse(readFileSync(POSTING_FILE, "utf8")) as Posting;
}
