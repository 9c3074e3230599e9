import { describeRejected, parsePostingLines } from "@vanta/shared/match/input";
import { describe, expect, it } from "vitest";

describe("posting JSONL input", () => {
  it("fills optional fields and keeps numeric ids as strings", () => {
    const [r] = parsePostingLines(JSON.stringify({ id: 7, title: "Engineer", company: "Acme", sourceId: 12345 }));
    expect(r).toMatchObject({
      ok: true,
      posting: { id: "7", sourceId: "12345", locations: [], remote: "unknown", description: "", salary: null },
    });
  });

  it("reports each bad line with its number and skips blank ones", () => {
    const results = parsePostingLines(
      `\n{"id":"a","title":"","company":"X"}\nnot json\n{"id":"b","title":"T","company":"C","remote":"sometimes"}\n`,
    );
    expect(results.map((r) => (r.ok ? "ok" : r.line))).toEqual([2, 3, 4]);
    const msgs = describeRejected(results);
    expect(msgs[0]).toMatch(/^skipped line 2: title/);
    expect(msgs[1]).toMatch(/^skipped line 3: not JSON/);
    expect(msgs[2]).toMatch(/^skipped line 4: remote/);
  });

  it("summarizes a flood of bad lines", () => {
    const results = parsePostingLines(Array.from({ length: 30 }, () => "{}").join("\n"));
    const msgs = describeRejected(results, 5);
    expect(msgs).toHaveLength(6);
    expect(msgs[5]).toContain("30 skipped");
  });
});
