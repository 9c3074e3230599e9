import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EMAIL_RE, findLinks, findPhone } from "@vanta/shared/resume/contact";
import { parseResumeText } from "@vanta/shared/resume/parse";
import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../redos/adversarial.ts";
import { regexLiterals, sourceFiles } from "../redos/regex-scan.ts";

// A resume is untrusted text of up to 200k characters parsed inside the server. The parser cuts lines at
// 1,000 characters, so a line-level pattern never sees more than that: each regex literal must be
// linear-ish up to 2,000 characters, the patterns that run over the whole text up to 20,000, and the
// parser as a whole too (the posting-regex suite's adversarial runs; 10× the input may not cost much
// more than 10× the time; runs under 100 ms pass).

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function slow(run: (text: string) => void, small = 2_000, large = 20_000): string[] {
  const smalls = adversarialInputs(small);
  const out: string[] = [];
  for (const [i, big] of adversarialInputs(large).entries()) {
    // the best of three: a GC pause or a busy CPU is not the pattern's cost
    let tLarge = time(() => run(big.text));
    for (let k = 0; k < 2 && tLarge >= 100; k++)
      tLarge = Math.min(
        tLarge,
        time(() => run(big.text)),
      );
    if (tLarge < 100) continue;
    const tSmall = Math.max(
      time(() => run(smalls[i]?.text ?? "")),
      0.05,
    );
    if (tLarge > 25 * tSmall)
      out.push(`${big.name}: ${tSmall.toFixed(1)} ms at ${small} → ${tLarge.toFixed(0)} ms at ${large}`);
  }
  return out;
}

describe("resume parsing is linear-ish on adversarial input", () => {
  it("every regex literal in shared/src/resume, on one line's worth of text", { timeout: 300_000 }, () => {
    const literals = regexLiterals(root, sourceFiles(root, ["shared/src/resume"]));
    expect(literals.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const lit of literals) {
      const re = new RegExp(lit.source, lit.flags.includes("g") ? lit.flags : `${lit.flags}g`);
      const all = (t: string) => {
        for (const _ of t.matchAll(re)) {
          // every match
        }
      };
      for (const s of slow(all, 200, 2_000)) failures.push(`${lit.where} /${lit.source.slice(0, 80)}/: ${s}`);
    }
    expect(failures).toEqual([]);
  });

  it("the whole-text patterns: email, links, phone", { timeout: 300_000 }, () => {
    expect(slow((t) => t.match(EMAIL_RE))).toEqual([]);
    expect(slow((t) => findLinks(t))).toEqual([]);
    expect(slow((t) => findPhone(t))).toEqual([]);
  });

  it("parseResumeText on one long line and on many lines", { timeout: 300_000 }, () => {
    expect(slow((t) => parseResumeText(t))).toEqual([]);
    expect(slow((t) => parseResumeText(t.replace(/(.{40})/g, "$1\n")))).toEqual([]);
  });
});
