import type { PostingClassifier } from "./raw.ts";
import { seniorityFromTitle, seniorityFromYears } from "./seniority.ts";
import { skillSet } from "./skills.ts";
import { occupationFamily } from "./title.ts";

/**
 * Default enrichment for ingestion: seniority and family from the title, skills from title,
 * description and feed tags. When the title names no level, the years the posting asks for
 * give one ("5+ years" → senior).
 */
export const titleClassifier: PostingClassifier = ({ title, description, tags, yearsMin }) => {
  const seniority =
    seniorityFromTitle(title) ?? (yearsMin !== null && yearsMin !== undefined ? seniorityFromYears(yearsMin) : null);
  const skills = skillSet(`${title}\n${tags.join(", ")}\n${description}`);
  return { seniority, family: occupationFamily(title), skills: [...skills].slice(0, 300) };
};
