import { visibleText } from "./dom.ts";

// What boards and career sites print on a posting that stopped taking applications.
const CLOSED =
  /\b(no longer accepting applications|no longer (?:available|open|active|accepting)|this job (?:has )?expired|job (?:has )?expired|this (?:job|position|posting|role|vacancy) (?:is|has been) (?:closed|filled|removed)|position has been filled|applications? (?:are|is) (?:now )?closed|posting (?:is )?closed|job is closed|not accepting applications|sorry, this job has expired|the job you are looking for is no longer open)\b/i;

export function textSaysClosed(text: string): boolean {
  return CLOSED.test(text);
}

/** True when any of the given elements (or, without them, the page) shows a closed notice. */
export function pageSaysClosed(doc: Document, els?: (Element | null | undefined)[]): boolean {
  const roots = els?.filter((e): e is Element => !!e);
  if (roots?.length) return roots.some((r) => textSaysClosed(visibleText(r, 20_000)));
  return textSaysClosed(visibleText(doc.body, 400_000));
}
