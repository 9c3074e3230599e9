// Requirement lines of a posting, split into required vs preferred by the section they sit
// in ("Minimum qualifications", "Nice to have", …). Postings without such headings fall back
// to lines that read like requirements ("3+ years of…", "Experience with…").

export interface Requirement {
  text: string;
  kind: "required" | "preferred";
}

const PREFERRED_HEAD =
  /\b(preferred|nice[- ]to[- ]haves?|bonus|a plus|pluses|desired|desirable|ideally|good to have|extra credit|stand out|even better|additional qualifications|not required|optional)\b/i;
const REQUIRED_HEAD =
  /\b(requirements?|qualifications?|what you('ll)? (need|bring)|you (have|bring|will need)|must[- ]haves?|who you are|about you|what we('re| are) looking for|you should have|skills|experience|minimum|basic|required|we('re| are) looking for|your profile|profile|competencies|you're|you are)\b/i;
const OTHER_HEAD =
  /\b(responsibilit|what you('ll)? do|what you will do|the role|about (the|us|our)|benefits|perks|compensation|salary|pay|why|who we are|our team|the team|company|equal opportunity|eeo|location|how to apply|day to day|your impact|what we offer|mission|culture|overview|description|summary|interview|process|accommodation)/i;

const MAX_HEADING = 90;

function headingText(line: string): string | null {
  const t = line.trim();
  if (!t || t.length > MAX_HEADING) return null;
  const md = t.match(/^#{1,6}\s*(.+)$/);
  if (md) return md[1]!.replace(/[*_]/g, "").trim();
  const bold = t.match(/^\*\*(.+?)\*\*:?$/) ?? t.match(/^__(.+?)__:?$/);
  if (bold) return bold[1]!.trim();
  if (/^[-*•·▪◦]|^\d+[.)]\s/.test(t)) return null;
  if (t.endsWith(":")) return t.slice(0, -1).trim();
  // a short line without final punctuation that reads like a heading
  if (t.length <= 60 && !/[.!?,;]$/.test(t) && t.split(/\s+/).length <= 8 && /^[A-Z]/.test(t)) return t;
  return null;
}

function classifyHeading(h: string): Requirement["kind"] | "other" | null {
  if (PREFERRED_HEAD.test(h)) return "preferred";
  if (REQUIRED_HEAD.test(h)) return "required";
  if (OTHER_HEAD.test(h)) return "other";
  return null;
}

function cleanLine(line: string): string {
  return line
    .trim()
    .replace(/^([-*•·▪◦]|\d+[.)])\s*/, "")
    .replace(/\*\*/g, "")
    .trim();
}

const REQ_LIKE =
  /(\b\d{1,2}\+?(?:\s*(?:\+|plus))?\s*(years?|yrs)|experience (with|in|of|building|designing|leading|working)|proficien|knowledge of|familiarity|degree|bachelor|master'?s|ph\.?d|expertise in|understanding of|track record|ability to|skilled in|fluent|fluency|certification)/i;

// statements about the employer, not the candidate
const NOT_A_REQUIREMENT =
  /\b(we (sponsor|offer|provide)|sponsorship|equal opportunity|eeo|benefits include|salary range|compensation|pay range|how to apply|accommodation|reasonable adjustments|please note|position is based in|relocat\w*|this role is not it)\b/i;

const MAX_REQUIREMENTS = 40;
const MAX_LINE = 400;

/** Requirement lines of a posting description (plain text), in order. */
export function extractRequirements(description: string): Requirement[] {
  const lines = description.split(/\r?\n/);
  const out: Requirement[] = [];
  let section: Requirement["kind"] | "other" | null = null;
  let sawSection = false;
  let itemsInSection = 0;
  for (const line of lines) {
    const head = headingText(line);
    if (head !== null) {
      const kind = classifyHeading(head);
      if (kind !== null) {
        section = kind;
        itemsInSection = 0;
        if (kind !== "other") sawSection = true;
        // "Preferred: Go, Rust" carries its own content after the colon
        continue;
      }
      if (section === null || section === "other") continue;
    }
    const text = cleanLine(line);
    if (/^\s*([-*_]\s*){3,}$/.test(line)) {
      section = null;
      continue;
    }
    if (text.length < 8) continue;
    if (section === "required" || section === "preferred") {
      // a plain paragraph after the list (boilerplate, EEO text) ends the section
      if (itemsInSection > 0 && !/^\s*([-*•·▪◦]|\d+[.)])\s/.test(line) && text.length > 160) {
        section = null;
        continue;
      }
      itemsInSection++;
      if (NOT_A_REQUIREMENT.test(text)) continue;
      // a sentence inside a required list can still mark itself preferred
      const kind =
        section === "required" && /\b(preferred|nice to have|is a plus|a bonus|bonus points)\b/i.test(text)
          ? "preferred"
          : section;
      out.push({ text: text.slice(0, MAX_LINE), kind });
    }
  }
  if (!sawSection) {
    for (const line of lines) {
      const text = cleanLine(line);
      if (text.length < 12 || text.length > MAX_LINE * 2) continue;
      for (const sentence of text.split(/(?<=[.;])\s+(?=[A-Z])/)) {
        if (!REQ_LIKE.test(sentence) || NOT_A_REQUIREMENT.test(sentence)) continue;
        const kind = /\b(preferred|nice to have|a plus|bonus|ideally)\b/i.test(sentence) ? "preferred" : "required";
        out.push({ text: sentence.slice(0, MAX_LINE), kind });
      }
    }
  }
  return out.slice(0, MAX_REQUIREMENTS);
}
