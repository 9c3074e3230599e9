import type { ResumeSkill } from "./schema.ts";
import { isBullet, stripBullet } from "./words.ts";

// Skills: "Languages: Python, Go" → {name: "Languages", keywords: [...]}; an ungrouped list goes to
// one group named "Skills". Items split on commas, pipes, bullets and wide gaps.

const ITEM_SPLIT = /(?:(?<!\s)\s+)?(?:,|;|\||•|·|▪|◦|\t|\s{2,}|\s\*\s|\/\s)\s*/;
// Kaggle-style "Python- Exprience - 24 months": the name before the experience note
const EXPERIENCE_NOTE = /^(.+?)\s*-\s*Exp[a-z]*rience\s*-\s*(.+)$/i;

function items(text: string): string[] {
  return text
    .split(ITEM_SPLIT)
    .map((s) =>
      s
        .replace(/^(?:and|&)\s+/i, "")
        .replace(/[.\s]+$/, "")
        .trim(),
    )
    .filter((s) => s.length > 0 && s.length <= 80);
}

export function parseSkills(lines: string[]): { skills: ResumeSkill[]; unplaced: string[] } {
  const groups: ResumeSkill[] = [];
  const loose: string[] = [];
  const unplaced: string[] = [];
  // the list the previous line added to, and whether that line looked wrapped (a comma list cut mid-way)
  let open: string[] | null = null;
  let endedWithComma = false;
  for (const raw of lines) {
    const bullet = isBullet(raw);
    const line = bullet ? stripBullet(raw) : raw.trim();
    if (!line) continue;
    const exp = line.match(EXPERIENCE_NOTE);
    if (exp) {
      loose.push(exp[1]!.trim());
      open = null;
      continue;
    }
    const group = line.match(/^([A-Za-z][\w &/+#.-]{1,40}?)\s*:\s*(.+)$/);
    if (group) {
      const keywords = items(group[2]!);
      groups.push({ name: group[1]!.trim(), keywords });
      open = keywords;
      endedWithComma = /,\s*$/.test(line);
      continue;
    }
    // a sentence is not a skill list
    if (line.length > 160 && !/,/.test(line)) {
      unplaced.push(line);
      open = null;
      continue;
    }
    const list = items(line);
    if (list.length === 1 && list[0]!.split(" ").length > 6) {
      unplaced.push(line);
      open = null;
      continue;
    }
    // "Technical Skills: Go, …, Kafka," / "Elasticsearch, … Microservices" / "Architecture, …": one wrapped list
    if (open && !bullet && /,/.test(line) && !line.includes("\t")) {
      if (!endedWithComma && open.length && list.length)
        open[open.length - 1] = `${open[open.length - 1]} ${list.shift()}`;
      open.push(...list);
      endedWithComma = /,\s*$/.test(line);
      continue;
    }
    loose.push(...list);
    open = /,/.test(line) && !line.includes("\t") ? loose : null;
    endedWithComma = /,\s*$/.test(line);
  }
  const seen = new Set<string>();
  const uniq = loose.filter((s) => {
    const k = s.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (uniq.length) groups.unshift({ name: "Skills", keywords: uniq });
  return { skills: groups.filter((g) => (g.keywords?.length ?? 0) > 0), unplaced };
}

/** Every skill word a resume lists (group keywords, or the group name when it has none). */
export function skillNames(skills: ResumeSkill[] | undefined): string[] {
  const out: string[] = [];
  for (const s of skills ?? []) {
    if (s.keywords?.length) out.push(...s.keywords);
    else if (s.name) out.push(s.name);
  }
  return out;
}
