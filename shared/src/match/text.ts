// Word tokens for lexical similarity: lowercase, stop words dropped, light suffix stemming
// (so "engineers"/"engineering" and "built"/"building" meet). Cheap by design: ranking
// tokenizes every posting once at ingest.

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each either etc few for from further had has have having he her here hers him his how
i if in into is it its itself just may me might more most must my no nor not now of off on once only or other our ours out over
own per same shall she should so some such than that the their theirs them then there these they this those through to too
under until up upon us very via was we were what when where which while who whom why will with within without would you your
yours across along among around e.g i.e like well able including include includes within new using use used
`
    .trim()
    .split(/\s+/),
);

/** Generic job-ad words that carry no topic: dropped from requirement matching only. */
export const GENERIC = new Set(
  `experience experienc year years strong excellent good great solid proven demonstrated ability abilit skill skills knowledge
understanding familiarity familiar proficiency proficient work working team teams plus preferred required requirement requirements
minimum qualification qualifications equivalent related relevant field degree bachelor master least one two three four five six
seven eight nine ten multiple various environment environments fast paced fast-paced role opportunity candidate candidates ideal
hands hands-on passion passionate deep track record comfortable effectively effective communicate highly self motivated
`
    .trim()
    .split(/\s+/),
);

export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("es") && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"))
    w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith("ment")) w = w.slice(0, -4);
  else if (w.length > 6 && w.endsWith("ation")) w = w.slice(0, -5);
  if (w.length > 5 && w.endsWith("er")) w = w.slice(0, -2);
  // "define" / "defining" / "defined" all meet at "defin"
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

const WORD_RE = /[a-z0-9][a-z0-9+#]*(?:[.][a-z0-9]+)*/g;

/** Content tokens of `text`, stemmed, in order. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_RE)) {
    const w = m[0];
    if (w.length < 2 && w !== "c" && w !== "r") continue;
    if (STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}
