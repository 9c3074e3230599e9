import { extractSkills } from "../normalize/skills.ts";

// Rewording that adds no fact: a skill the resume names in one form is written in the form the
// posting uses ("k8s" → "Kubernetes", "Postgres" → "PostgreSQL"), because ATSs match exact forms;
// filler openings are dropped; the first letter is capitalized.

/** Skill id → the form the posting writes it in (its first mention). */
export function postingForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of extractSkills(text)) if (!out.has(h.id)) out.set(h.id, h.text);
  return out;
}

const FILLER = /^(responsible for|duties included|tasked with|helped (to )?|worked on|involved in)\s+/i;

export function reword(line: string, forms: Map<string, string>): string {
  let text = line.trim();
  const hits = extractSkills(text);
  for (const h of [...hits].reverse()) {
    const form = forms.get(h.id);
    // only when the forms really differ; casing-only differences are kept as the user wrote them
    // verb forms ("Mentored" for mentoring) stay: the sentence needs its grammar more than the ATS form
    const verbish = /[a-z](ed|ing)$/i.test(h.text) || /[a-z](ed|ing)$/i.test(form ?? "");
    if (form && !verbish && form.toLowerCase() !== h.text.toLowerCase())
      text = text.slice(0, h.start) + form + text.slice(h.end);
  }
  // "Responsible for building X" → "Building X": same claim, the verb leads (ATS impact rules)
  const filler = FILLER.exec(text);
  if (filler && /^[a-z]+ing\b/i.test(text.slice(filler[0].length))) text = text.slice(filler[0].length);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
