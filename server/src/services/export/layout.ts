import type { JsonResume } from "@vanta/shared/resume/schema";

// A resume as one column of styled lines, shared by the PDF and DOCX writers. Standard section names,
// one role per header line ("Title · Employer · Place · Mar 2021 – Present"), bullets as "•" lines:
// the layout ATSs (and our own parser) read back without guessing columns or tables.

export type BlockStyle = "name" | "contact" | "heading" | "entry" | "bullet" | "text";

export interface Block {
  style: BlockStyle;
  text: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function displayDate(d: string | undefined): string | undefined {
  if (!d) return undefined;
  const [y, m] = d.split("-");
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
}

function range(start?: string, end?: string, current = true): string | undefined {
  if (!start && !end) return undefined;
  if (!start) return displayDate(end);
  return `${displayDate(start)} – ${end ? displayDate(end) : current ? "Present" : displayDate(start)}`;
}

const join = (...parts: (string | undefined)[]) =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(" · ");

export function resumeBlocks(r: JsonResume): Block[] {
  const out: Block[] = [];
  const add = (style: BlockStyle, text: string | undefined) => {
    if (text?.trim()) out.push({ style, text: text.trim() });
  };
  const b = r.basics ?? {};
  add("name", b.name);
  add("contact", b.label);
  add(
    "contact",
    join(
      b.email,
      b.phone,
      b.url,
      [b.location?.city, b.location?.region, b.location?.countryCode].filter(Boolean).join(", "),
    ),
  );
  for (const p of b.profiles ?? []) add("contact", join(p.network, p.url ?? p.username));
  if (b.summary) {
    add("heading", "Summary");
    add("text", b.summary);
  }
  if (r.work?.length) {
    add("heading", "Experience");
    for (const w of r.work) {
      add("entry", join(w.position, w.name, w.location, range(w.startDate, w.endDate)));
      add("text", w.summary);
      for (const h of w.highlights ?? []) add("bullet", h);
    }
  }
  if (r.projects?.length) {
    add("heading", "Projects");
    for (const p of r.projects) {
      add("entry", join(p.name, range(p.startDate, p.endDate, false)));
      add("text", p.description);
      for (const h of p.highlights ?? []) add("bullet", h);
    }
  }
  if (r.education?.length) {
    add("heading", "Education");
    for (const e of r.education)
      add("entry", join(e.studyType, e.area, e.institution, range(e.startDate, e.endDate, false), e.score));
  }
  if (r.skills?.length) {
    add("heading", "Skills");
    for (const s of r.skills) {
      const kw = (s.keywords ?? []).join(", ");
      add("text", s.name && kw ? `${s.name}: ${kw}` : s.name || kw);
    }
  }
  if (r.certificates?.length) {
    add("heading", "Certifications");
    for (const c of r.certificates) add("text", join(c.name, c.issuer, displayDate(c.date)));
  }
  if (r.awards?.length) {
    add("heading", "Awards");
    for (const a of r.awards) add("text", join(a.title, a.awarder, displayDate(a.date)));
  }
  if (r.publications?.length) {
    add("heading", "Publications");
    for (const p of r.publications) add("text", join(p.name, p.publisher, displayDate(p.releaseDate)));
  }
  if (r.volunteer?.length) {
    add("heading", "Volunteer");
    for (const v of r.volunteer) {
      add("entry", join(v.position, v.organization, range(v.startDate, v.endDate)));
      for (const h of v.highlights ?? []) add("bullet", h);
    }
  }
  if (r.languages?.length) {
    add("heading", "Languages");
    add("text", r.languages.map((l) => join(l.language, l.fluency)).join(", "));
  }
  return out;
}

/** A cover letter: its paragraphs, the sign-off's line breaks kept. */
export function letterBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => p.split("\n"))
    .map((t) => ({ style: "text" as const, text: t.trim() }))
    .filter((b) => b.text);
}
