// Section headings: many spellings ("WORK EXPERIENCE", "Professional Experience:", "## Skills",
// "Education Details"), matched on the heading alone so a sentence that mentions "experience" is not one.

export const SECTION_KEYS = [
  "basics",
  "summary",
  "work",
  "education",
  "skills",
  "projects",
  "certificates",
  "languages",
  "awards",
  "volunteer",
  "publications",
  "interests",
  "references",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const HEADINGS: Record<SectionKey, string[]> = {
  basics: [
    "contact",
    "contact information",
    "contact info",
    "contact details",
    "personal details",
    "personal information",
    "personal info",
    "links",
    "profiles",
    "social",
    "online presence",
  ],
  summary: [
    "summary",
    "professional summary",
    "career summary",
    "executive summary",
    "profile",
    "professional profile",
    "career profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "objectives",
    "overview",
    "personal statement",
    "introduction",
    "highlights",
    "summary of qualifications",
    "qualifications summary",
    "professional overview",
  ],
  work: [
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "relevant experience",
    "experience details",
    "company details",
    "professional background",
    "career",
    "career experience",
    "industry experience",
    "positions",
    "positions held",
    "work",
    "employment details",
    "internships",
    "internship",
    "internship experience",
    "professional history",
    "technical experience",
    "job history",
    "experience summary",
  ],
  education: [
    "education",
    "education details",
    "academic background",
    "academics",
    "academic details",
    "educational background",
    "educational qualification",
    "educational qualifications",
    "academic qualification",
    "academic qualifications",
    "qualifications",
    "education and training",
    "education & training",
    "academic profile",
    "academic history",
    "studies",
    "degrees",
    "schooling",
    "education history",
  ],
  skills: [
    "skills",
    "skill",
    "technical skills",
    "skill details",
    "skill set",
    "skillset",
    "skills set",
    "core competencies",
    "competencies",
    "key skills",
    "core skills",
    "technologies",
    "tech stack",
    "technical stack",
    "expertise",
    "areas of expertise",
    "tools",
    "skills and tools",
    "skills & tools",
    "skills and technologies",
    "skills & technologies",
    "technical expertise",
    "technical proficiency",
    "technical proficiencies",
    "it skills",
    "computer skills",
    "software skills",
    "professional skills",
    "skills summary",
    "technical summary",
    "tools and technologies",
    "tools & technologies",
    "strengths",
    "soft skills",
    "hard skills",
    "key competencies",
    "personal skills",
    "computer skill",
    "computer skills",
    "primary skills",
    "other skills",
    "additional skills",
    "technical skill",
    "it skill",
    "skills and abilities",
    "technical skills and tools",
    "software proficiency",
    "technical skill set",
    "technical skillset",
    "key skills and competencies",
  ],
  projects: [
    "projects",
    "project",
    "personal projects",
    "academic projects",
    "key projects",
    "selected projects",
    "side projects",
    "project experience",
    "project details",
    "projects undertaken",
    "open source",
    "open-source",
    "open source projects",
    "notable projects",
  ],
  certificates: [
    "certifications",
    "certification",
    "certificates",
    "certificate",
    "licenses",
    "licenses and certifications",
    "licenses & certifications",
    "certifications and licenses",
    "certifications & licenses",
    "courses and certifications",
    "courses & certifications",
    "training and certifications",
    "trainings",
    "training",
    "courses",
    "professional development",
    "professional certifications",
  ],
  languages: ["languages", "language", "languages known", "language skills", "spoken languages", "linguistic skills"],
  awards: [
    "awards",
    "award",
    "honors",
    "honours",
    "awards and honors",
    "awards & honors",
    "honors and awards",
    "honors & awards",
    "achievements",
    "accomplishments",
    "awards and achievements",
    "awards & achievements",
    "achievements and awards",
    "achievements & awards",
    "recognition",
    "recognitions",
    "scholarships",
  ],
  volunteer: [
    "volunteer",
    "volunteering",
    "volunteer experience",
    "volunteer work",
    "community service",
    "community involvement",
    "extracurricular activities",
    "extra curricular activities",
    "extra-curricular activities",
    "activities",
    "leadership",
    "leadership experience",
    "leadership and activities",
    "leadership & activities",
  ],
  publications: [
    "publications",
    "publication",
    "papers",
    "research papers",
    "selected publications",
    "research",
    "research experience",
    "patents",
  ],
  interests: [
    "interests",
    "hobbies",
    "hobbies and interests",
    "hobbies & interests",
    "interests and hobbies",
    "personal interests",
  ],
  references: ["references", "referees", "reference"],
};

/** Lower case, "&" as "and", no markdown marks, bullets, numbering, trailing colon or decoration. */
export function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/^[#=*_\s>|•·▪◦●■\-–—]+|[#=*_\s:|•·▪◦●■\-–—]+$/g, "")
    .replace(/^\d+[.)]\s*/, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const LOOKUP = new Map<string, SectionKey>();
for (const key of SECTION_KEYS) for (const h of HEADINGS[key]) LOOKUP.set(headingKey(h), key);

const lookup = (key: string): SectionKey | null => LOOKUP.get(key) ?? null;

/** The section a heading line opens, or null when the line is not a heading. */
export function sectionOf(line: string): SectionKey | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 60) return null;
  // a heading is short; "Experience with Kafka." is a sentence
  if (/[.!?]$/.test(trimmed) || /@|https?:/.test(trimmed)) return null;
  const key = headingKey(trimmed);
  const known = lookup(key);
  if (known) return known;
  // "SKILLS & AWARDS", "Projects and Publications": a combined heading opens its first section
  const parts = key.split(/ and /);
  if (parts.length > 1 && parts.every((p) => lookup(p))) return lookup(parts[0]!);
  return null;
}

/**
 * A line that opens a section and carries content on the same line: "Skills: Java, Go",
 * "SKILLS * Programming Languages: …". Returns the section and the content after the heading.
 */
export function inlineSection(line: string): { key: SectionKey; rest: string } | null {
  const m = line.match(/^\s*(?:#+\s*)?([A-Za-z][A-Za-z &/-]{2,40}?)\s*(?::|\s[*•|–—-]\s|\s{2,}|\t)\s*(.+)$/);
  if (!m) return null;
  const key = lookup(headingKey(m[1]!));
  if (!key) return null;
  return { key, rest: m[2]!.trim() };
}

/** ALL CAPS short line, likely a heading we do not know ("TECHNICAL WRITING") — kept as a boundary. */
export function looksLikeUnknownHeading(line: string): boolean {
  const t = line.trim().replace(/:$/, "");
  if (t.length < 4 || t.length > 40) return false;
  if (!/^[A-Z][A-Z &/-]+$/.test(t)) return false;
  return t.split(/\s+/).length <= 4;
}
