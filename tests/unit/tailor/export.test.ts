import { renderLetter, renderResume } from "@vanta/server/services/export/render";
import { docxText } from "@vanta/server/services/resume/docx-text";
import { parseResumeFile } from "@vanta/server/services/resume/parse-file";
import { pdfLines } from "@vanta/server/services/resume/pdf-text";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { tailorResume } from "@vanta/shared/tailor/tailor";
import { describe, expect, it } from "vitest";
import { posting, resume, TODAY } from "./fixtures.ts";

// Export → our own parser: the file must read back to the same employers, positions and dates.

const facts = (r: JsonResume) => ({
  work: (r.work ?? []).map((w) => [w.name, w.position, w.startDate ?? null, w.endDate ?? null]),
  education: (r.education ?? []).map((e) => [e.institution, e.studyType, e.area]),
  bullets: (r.work ?? []).map((w) => w.highlights?.length ?? 0),
});

// a longer resume: several pages of wrapping bullets with an accent and a character WinAnsi lacks (→)
function longResume(): JsonResume {
  const r = resume();
  r.work = Array.from({ length: 8 }, (_, i) => ({
    name: `Employer ${String.fromCharCode(65 + i)} Labs`,
    position: i % 2 ? "Data Engineer" : "Software Engineer",
    startDate: `${2010 + i}-0${(i % 9) + 1}`,
    endDate: `${2011 + i}-0${(i % 9) + 1}`,
    highlights: Array.from(
      { length: 6 },
      (_, j) =>
        `Shipped change ${j + 1} for the café → checkout flow, a bullet long enough to wrap onto a second line of the page so wrapping is exercised too`,
    ),
  }));
  return r;
}

describe.each(["pdf", "docx"] as const)("export %s", (format) => {
  it("round-trips through the resume parser", async () => {
    const source = tailorResume(resume(), posting(), TODAY).resume;
    const bytes = await renderResume(source, format);
    expect(bytes.byteLength).toBeGreaterThan(1000);
    const parsed = await parseResumeFile(bytes, `resume.${format}`);
    expect(facts(parsed.resume)).toEqual(facts(source));
    expect(parsed.resume.basics?.name).toBe("Dana Whitfield");
    expect(parsed.resume.skills?.flatMap((s) => s.keywords ?? [])).toEqual(
      expect.arrayContaining(["Kubernetes", "Go"]),
    );
  });

  it("round-trips a multi-page resume with accents", async () => {
    const source = longResume();
    const parsed = await parseResumeFile(await renderResume(source, format), `resume.${format}`);
    expect(facts(parsed.resume)).toEqual(facts(source));
    // the PDF fonts have no arrow (written "->"); DOCX keeps it
    expect(parsed.resume.work![0]!.highlights![0]).toContain(format === "pdf" ? "café -> checkout" : "café → checkout");
  });

  it("writes a cover letter as text", async () => {
    const bytes = await renderLetter("Dear Quillstone team,\n\nI mentored four engineers.\n\nSincerely,\nDana", format);
    const text = format === "pdf" ? (await pdfLines(bytes)).join("\n") : await docxText(bytes);
    expect(text).toContain("I mentored four engineers.");
    expect(text).toMatch(/Sincerely,\s+Dana/);
  });
});

describe("export pdf", () => {
  it("is text-based with the standard fonts: no embedded font files or images", async () => {
    const pdf = Buffer.from(await renderResume(resume(), "pdf")).toString("latin1");
    expect(pdf).toMatch(/\/BaseFont \/Helvetica/);
    expect(pdf).not.toMatch(/\/FontFile|\/Subtype \/Image/);
  });
});
