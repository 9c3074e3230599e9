import { z } from "zod";

export const VisaSponsorship = z.enum(["offered", "not_offered", "unknown"]);
export type VisaSponsorship = z.infer<typeof VisaSponsorship>;

// Negative statements are checked first and win: "we do not offer visa sponsorship"
// also contains the positive phrase "offer visa sponsorship".
const NEGATIVE = [
  /\b(?:unable|not able|cannot|can ?not|can't|won't|will not|do not|does not|don't|doesn't|are not able|is not able|not in a position) to (?:provide |offer |support )?(?:\w+ )?sponsor/i,
  /\b(?:do|does|will|can|are) not (?:currently |presently )?(?:provide|offer|support|consider)s? (?:any )?(?:visa |immigration |employment |work )?(?:sponsorship|visa)/i,
  /\bno (?:visa |immigration |h-?1b |work permit )?sponsorship\b/i,
  /\bsponsorship (?:is |will )?(?:not|n't) (?:be )?(?:available|offered|provided|possible|supported)/i,
  /\bnot (?:eligible|available) for (?:visa |immigration )?sponsorship/i,
  /\bwithout (?:the )?(?:need for |requiring )?(?:current or future |now or in the future )?(?:visa |employer |company |immigration )?sponsorship/i,
  /\b(?:now or in the future|currently or in the future) (?:require|need)s? (?:visa |immigration |employer )?sponsorship/i,
  /\bmust (?:be|hold) (?:a )?(?:u\.?s\.? citizens?|citizens? of)/i,
  /\b(?:u\.?s\.?|us) citizens? only\b|\bcitizenship (?:is )?required\b/i,
  /\bsponsorship[^.]{0,40}\bnot (?:available|offered|provided)/i,
  // "Texas Instruments will not sponsor job applicants for visas"
  /\b(?:will|do|does|can|shall) not sponsor\b|\b(?:won't|can't|cannot|don't|doesn't) sponsor\b/i,
];
// Application-form style: "Is role eligible for Immigration Sponsorship? No".
const QA_ANSWER = /\bsponsorship\s*\?\s*(?:\*\*\s*)?(yes|no)\b/i;
const POSITIVE = [
  /\b(?:visa|immigration|h-?1b|work permit) sponsorship (?:is |will be )?(?:available|offered|provided|possible|supported)/i,
  /\b(?:we|company) (?:will |can |do |does |are able to |is able to |happily |gladly )?(?:offer|provide|support)s? (?:visa|immigration|h-?1b|work permit) (?:sponsorship|support)/i,
  /\b(?:we|company) (?:will |can |do |does |are able to |is able to |happily )?sponsors? (?:visas?|h-?1b|work permits?|candidates)/i,
  /\bsponsorship (?:is )?available\b/i,
  /\b(?:visa|relocation and visa|relocation & visa) (?:support|assistance|sponsorship) (?:is )?(?:provided|offered|available|included)?/i,
  /\bopen to (?:candidates )?(?:requiring|needing) (?:visa )?sponsorship/i,
];

const KEYWORDS = /sponsor|visa|citizen|h-?1b|work permit|immigration/i;

/** Whether the posting offers visa sponsorship, says it does not, or says nothing clear. */
export function detectVisaSponsorship(text: string | null | undefined): VisaSponsorship {
  // Cheap pre-check: most descriptions never mention any of this.
  if (!text || !KEYWORDS.test(text)) return "unknown";
  const qa = QA_ANSWER.exec(text)?.[1]?.toLowerCase();
  if (qa) return qa === "no" ? "not_offered" : "offered";
  // Not after capitals, so "U.S. citizens" stays one sentence. Spaces collapsed: pages write
  // "No\u00a0visa sponsorship" and the patterns use plain spaces.
  const sentences = text.split(/(?<=[a-z0-9)"'][.!?])\s+|\n+/).map((s) => s.replace(/\s+/g, " "));
  let offered = false;
  for (const s of sentences) {
    if (!KEYWORDS.test(s)) continue;
    if (NEGATIVE.some((re) => re.test(s))) return "not_offered";
    if (POSITIVE.some((re) => re.test(s))) offered = true;
  }
  return offered ? "offered" : "unknown";
}
