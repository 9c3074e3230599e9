import type { JsonResume } from "./schema.ts";

/**
 * A reviewed resume as plain text, for matching (profiles.resume_text) and the version's `text`.
 * Built from the JSON the user confirmed, so a name or employer they fixed is what matching reads;
 * lines the parser could not place (`meta.unplaced`) are kept, since they were in the file.
 */
export function resumeToText(r: JsonResume): string {
  const out: string[] = [];
  const line = (...parts: (string | undefined)[]) => {
    const s = parts.filter((p) => p?.trim()).join(" · ");
    if (s) out.push(s);
  };
  const dates = (a?: string, b?: string) => (a || b ? `${a ?? ""} – ${b ?? (a ? "Present" : "")}`.trim() : undefined);
  const b = r.basics;
  if (b) {
    line(b.name);
    line(b.label);
    line(
      b.email,
      b.phone,
      b.url,
      [b.location?.city, b.location?.region, b.location?.countryCode].filter(Boolean).join(", "),
    );
    for (const p of b.profiles ?? []) line(p.network, p.url ?? p.username);
    if (b.summary) out.push(b.summary);
  }
  if (r.work?.length) out.push("", "Experience");
  for (const w of r.work ?? []) {
    line(w.position, w.name, w.location, dates(w.startDate, w.endDate));
    if (w.summary) out.push(w.summary);
    for (const h of w.highlights ?? []) out.push(`- ${h}`);
  }
  if (r.education?.length) out.push("", "Education");
  for (const e of r.education ?? []) line(e.studyType, e.area, e.institution, dates(e.startDate, e.endDate), e.score);
  if (r.skills?.length) out.push("", "Skills");
  for (const s of r.skills ?? []) line(s.name, s.level, (s.keywords ?? []).join(", "));
  if (r.projects?.length) out.push("", "Projects");
  for (const p of r.projects ?? []) {
    line(p.name, p.description);
    for (const h of p.highlights ?? []) out.push(`- ${h}`);
    if (p.keywords?.length) out.push(p.keywords.join(", "));
  }
  for (const c of r.certificates ?? []) line(c.name, c.issuer, c.date);
  for (const a of r.awards ?? []) line(a.title, a.awarder, a.date, a.summary);
  for (const l of r.languages ?? []) line(l.language, l.fluency);
  for (const v of r.volunteer ?? []) {
    line(v.position, v.organization, dates(v.startDate, v.endDate), v.summary);
    for (const h of v.highlights ?? []) out.push(`- ${h}`);
  }
  for (const p of r.publications ?? []) line(p.name, p.publisher, p.releaseDate, p.summary);
  for (const u of r.meta?.unplaced ?? []) out.push(u);
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
