// Resume dates as people write them ("Jan 2020", "03/2018", "2019", "Sept. 2017 – Present") →
// JSON Resume dates (`YYYY-MM` or `YYYY`). "Present" is not a date: it means no endDate.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust|est)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
/** One date: "Jan 2020", "January, 2020", "03/2018", "2018-03", "2019", "'19" is too ambiguous and left out. */
const DATE = `(?:${MONTH}\\s*,?\\s*['’]?${YEAR}|(?:0?[1-9]|1[0-2])\\s*[/.-]\\s*${YEAR}|${YEAR}\\s*[/.-]\\s*(?:0[1-9]|1[0-2])(?![\\d])|${YEAR})`;
const PRESENT = "(?:present|current(?:ly)?|now|today|ongoing|till\\s+date|to\\s+date|till\\s+now|date)";
const SEP = "\\s*(?:-|–|—|−|~|to|until|till|through|thru)\\s*";

export const DATE_RE = new RegExp(`(?<![\\w/.-])${DATE}(?![\\w/])`, "i");
export const RANGE_RE = new RegExp(`(?<![\\w/.-])(${DATE})${SEP}(${DATE}|${PRESENT})(?![\\w/])`, "i");
const PRESENT_RE = new RegExp(`^${PRESENT}$`, "i");

/** One written date → `YYYY-MM` / `YYYY`, or null when it is not a date (or is "Present"). */
export function normalizeResumeDate(raw: string): string | null {
  const s = raw.trim().toLowerCase().replace(/[’']/g, "");
  if (!s || PRESENT_RE.test(s)) return null;
  const monthWord = s.match(new RegExp(`^(${MONTH})\\s*,?\\s*(${YEAR})$`, "i"));
  if (monthWord) {
    const m = MONTHS[monthWord[1]!.slice(0, 3)];
    return m ? `${monthWord[2]}-${String(m).padStart(2, "0")}` : monthWord[2]!;
  }
  const mY = s.match(new RegExp(`^(\\d{1,2})\\s*[/.-]\\s*(${YEAR})$`));
  if (mY) return `${mY[2]}-${mY[1]!.padStart(2, "0")}`;
  const yM = s.match(new RegExp(`^(${YEAR})\\s*[/.-]\\s*(\\d{2})$`));
  if (yM) return `${yM[1]}-${yM[2]}`;
  const y = s.match(new RegExp(`^${YEAR}$`));
  return y ? y[0] : null;
}

export interface FoundDates {
  startDate?: string;
  endDate?: string;
  /** the range said "Present"/"Current"/"Now" */
  current: boolean;
  /** the text with the dates (and brackets/separators around them) taken out */
  rest: string;
}

function cut(text: string, index: number, length: number): string {
  return (
    `${text.slice(0, index)} ${text.slice(index + length)}`
      .replace(/\(\s*\)|\[\s*\]/g, " ")
      // "A · <dates> · B" loses its dates: one separator is left, not two
      .replace(/(?:(?<!\s)\s+)?([|•·,–—])\s*(?:[|•·,–—]\s*)+/g, " $1 ")
      .replace(/(?<![\s|•·,–—-])\s*[|•·,–—-]\s*$/, "")
      .replace(/^\s*[|•·,–—-]\s*/, "")
      .replace(/\s{2,}/g, " ")
      .trim()
  );
}

/** The first date range in a line ("Jan 2020 – Present", "2019-2021"), else a lone date, else null. */
export function findDates(text: string): FoundDates | null {
  const range = RANGE_RE.exec(text);
  if (range) {
    const start = normalizeResumeDate(range[1]!);
    const end = normalizeResumeDate(range[2]!);
    const current = PRESENT_RE.test(range[2]!.trim());
    return {
      ...(start ? { startDate: start } : {}),
      ...(end ? { endDate: end } : {}),
      current,
      rest: cut(text, range.index, range[0].length),
    };
  }
  const single = DATE_RE.exec(text);
  if (!single) return null;
  const date = normalizeResumeDate(single[0]);
  if (!date) return null;
  return { endDate: date, current: false, rest: cut(text, single.index, single[0].length) };
}

/** True when the line holds a date range (a strong sign of a job or school entry header). */
export const hasRange = (text: string): boolean => RANGE_RE.test(text);
