import { countryCode, subdivision } from "../normalize/places.ts";
import { normalizeText } from "./meaning.ts";
import { similarity } from "./tokens.ts";

// Picks which of a form's own options carries the applicant's answer. Used by the planner (options
// known from the DOM or the ATS's embedded data) and by the filler (options seen after opening a combobox).

/** The form's own "I don't want to answer" option, whatever its wording. */
export const DECLINE_OPTION =
  /\bdecline\b|\b(don't|do not|doesn't) (wish|want|care) to\b|\bprefer not\b|\brather not\b|\bchoose not\b|\bnot (to )?(answer|disclose|say|specify|self identify)\b|\bno answer\b|\bnot specified\b/;

const NEGATIVE = /^no\b|\bnot\b|\bdon't\b|\bdo not\b|\bnever\b|\bnone\b|\bwithout\b/;
const PLACEHOLDER = /^(select|choose|please select|please choose|pick)\b.*|^-+$|^none selected$|^no selection$/;

export const isPlaceholderOption = (text: string) => !text.trim() || PLACEHOLDER.test(normalizeText(text));
export const isDecline = (answer: string) => DECLINE_OPTION.test(normalizeText(answer));

const GENDER_WORDS: Readonly<Record<string, string[]>> = {
  woman: ["woman", "female"],
  female: ["woman", "female"],
  man: ["man", "male"],
  male: ["man", "male"],
};

function yesNo(answer: string): "yes" | "no" | null {
  const a = normalizeText(answer);
  if (/^(yes|y|true)\b/.test(a)) return "yes";
  if (/^(no|n|false)\b/.test(a)) return "no";
  return null;
}

/** The option (visible text, as on the page) that means `answer`, or null when none does. */
export function chooseOption(options: readonly string[], answer: string): string | null {
  const real = options.filter((o) => !isPlaceholderOption(o));
  if (!real.length) return null;
  const a = normalizeText(answer);
  const exact = real.find((o) => normalizeText(o) === a);
  if (exact) return exact;
  // "CA" ↔ "California", "US" ↔ "United States of America"
  if (/^[A-Z]{2}$/.test(answer.trim())) {
    const code = answer.trim();
    const place = real.find((o) => subdivision(o)?.code === code || countryCode(o) === code);
    if (place) return place;
  }
  if (isDecline(answer) || a === "decline") return real.find((o) => DECLINE_OPTION.test(normalizeText(o))) ?? null;
  const answerable = real.filter((o) => !DECLINE_OPTION.test(normalizeText(o)));
  const gender = GENDER_WORDS[a];
  if (gender) {
    const hit = answerable.find((o) => gender.includes(normalizeText(o)));
    if (hit) return hit;
  }
  const yn = yesNo(answer);
  if (yn) {
    const lead = answerable.find((o) => new RegExp(`^${yn}\\b`).test(normalizeText(o)));
    if (lead) return lead;
    // "I am not a protected veteran" / "I identify as …": pick by polarity when exactly one option fits.
    const side = answerable.filter((o) => NEGATIVE.test(normalizeText(o)) === (yn === "no"));
    if (side.length === 1) return side[0] ?? null;
    return null;
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const o of answerable) {
    const n = normalizeText(o);
    const s = n.startsWith(a) || a.startsWith(n) ? 0.9 : similarity(o, answer);
    if (s > bestScore) {
      best = o;
      bestScore = s;
    }
  }
  return bestScore >= 0.5 ? best : null;
}
