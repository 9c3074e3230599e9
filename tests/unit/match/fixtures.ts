import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type PostingLine, parsePostingLines } from "@vanta/shared/match/input";
import { MatchProfile } from "@vanta/shared/profile";

// Small hand-written fixtures under tests/fixtures/rank (no corpus text).
export const FIXTURES = join(import.meta.dirname, "../../fixtures/rank");

export function loadProfile(name: string): MatchProfile {
  return MatchProfile.parse(JSON.parse(readFileSync(join(FIXTURES, name), "utf8")));
}

export function loadPostings(): PostingLine[] {
  return parsePostingLines(readFileSync(join(FIXTURES, "postings.jsonl"), "utf8")).flatMap((l) =>
    l.ok ? [l.posting] : [],
  );
}

export function posting(id: string): PostingLine {
  const p = loadPostings().find((x) => x.id === id);
  if (!p) throw new Error(`no fixture posting ${id}`);
  return p;
}
