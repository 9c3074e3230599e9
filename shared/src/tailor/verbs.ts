// Strong openings for a bullet (past tense and present), and the weak openings ATS guides flag.
export const ACTION_VERBS = new Set(
  `accelerated achieved acquired added administered advised analyzed architected automated built championed coached
collaborated completed configured consolidated coordinated created cut debugged decreased defined delivered deployed designed
developed directed doubled drove eliminated enabled engineered established evaluated expanded facilitated founded generated
grew guided halved hired implemented improved increased initiated instrumented integrated introduced launched led maintained
managed mentored migrated modernized monitored negotiated optimized orchestrated organized oversaw owned partnered pioneered
planned presented prioritized produced programmed prototyped published raised rebuilt redesigned reduced refactored resolved
restructured revamped saved scaled secured shipped simplified spearheaded standardized streamlined supervised taught tested
trained transformed tripled troubleshot unified upgraded won wrote`
    .trim()
    .split(/\s+/),
);

export const WEAK_OPENINGS =
  /^(responsible for|duties (included|include)|tasked with|helped( to)?|worked on|involved in|assisted (with|in)|participated in|in charge of)\b/i;

export function startsWithActionVerb(line: string): boolean {
  const first = line
    .trim()
    .split(/\s+/)[0]
    ?.toLowerCase()
    .replace(/[^a-z]/g, "");
  if (!first) return false;
  if (ACTION_VERBS.has(first)) return true;
  // present tense of a listed verb ("Build", "Leads") and other past tenses ("Reworked")
  return ACTION_VERBS.has(`${first}ed`) || ACTION_VERBS.has(`${first}d`) || ACTION_VERBS.has(first.replace(/s$/, "ed"))
    ? true
    : /^[a-z]{4,}ed$/.test(first) && !WEAK_OPENINGS.test(line);
}
