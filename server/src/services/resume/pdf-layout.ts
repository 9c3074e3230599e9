// PDF text items (string + position) → lines in reading order. Resume templates put a sidebar
// (skills, education) beside the main column; reading by y alone interleaves the two and breaks
// entries apart, and reading in content-stream order can put the name last. So: group items into
// rows, find a vertical gutter no row crosses, and read each band of two-column rows column by column.

export interface TextItem {
  str: string;
  x: number;
  /** baseline, PDF units from the page bottom */
  y: number;
  width: number;
  /** font size */
  size: number;
}

interface Row {
  y: number;
  items: TextItem[];
}

/** Items on the same baseline (within a third of the font size) form a row, left to right. */
export function groupRows(items: TextItem[]): Row[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    const row = rows.find((r) => Math.abs(r.y - it.y) <= Math.max(1.5, it.size * 0.35));
    if (row) row.items.push(it);
    else rows.push({ y: it.y, items: [it] });
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => b.y - a.y);
}

const isBlank = (s: string) => s.trim().length === 0;

/** A row's text: narrow gaps are spaces, wide ones (a tab stop, a right-aligned date) a tab. */
export function rowText(items: TextItem[]): string {
  let out = "";
  let end: number | null = null;
  for (const it of items) {
    const size = it.size || 10;
    if (isBlank(it.str)) {
      // templates space skill chips and contact parts with wide blank items
      if (it.width > size * 1.1) out += "\t";
      else if (!/\s$/.test(out)) out += " ";
      end = it.x + it.width;
      continue;
    }
    if (end !== null) {
      const gap = it.x - end;
      if (gap > size * 1.1 && !out.endsWith("\t")) out = `${out.trimEnd()}\t`;
      else if (gap > size * 0.12 && !/\s$/.test(out)) out += " ";
    }
    out += it.str;
    end = it.x + it.width;
  }
  return out.replace(/[ ]*\t[ \t]*/g, "\t").trim();
}

interface Gutter {
  x: number;
  /** rows that cross it (full-width rows) */
  crossing: Set<Row>;
}

function crosses(row: Row, x: number): boolean {
  return row.items.some((i) => !isBlank(i.str) && i.x < x - 1 && i.x + i.width > x + 1);
}

/** Rows with text on both sides of x. */
function sides(rows: Row[], x: number): { left: number; right: number } {
  let left = 0;
  let right = 0;
  for (const r of rows) {
    if (r.items.some((i) => !isBlank(i.str) && i.x + i.width <= x)) left++;
    if (r.items.some((i) => !isBlank(i.str) && i.x >= x)) right++;
  }
  return { left, right };
}

/**
 * A gutter: an x between 25% and 75% of the text's width that few rows cross, with enough rows on both
 * sides. Right-aligned dates on a one-column page do not qualify: the bullets under them cross every x.
 */
export function findGutter(rows: Row[]): Gutter | null {
  const text = rows.flatMap((r) => r.items.filter((i) => !isBlank(i.str)));
  if (rows.length < 8 || !text.length) return null;
  const minX = Math.min(...text.map((i) => i.x));
  const maxX = Math.max(...text.map((i) => i.x + i.width));
  const width = maxX - minX;
  let best: { x: number; crossing: Row[] } | null = null;
  for (let x = minX + width * 0.25; x <= minX + width * 0.75; x += 2) {
    const crossing = rows.filter((r) => crosses(r, x));
    if (!best || crossing.length < best.crossing.length) best = { x, crossing };
  }
  if (!best) return null;
  const columnRows = rows.filter((r) => !best.crossing.includes(r));
  const { left, right } = sides(columnRows, best.x);
  // both columns carry real content, and most rows are column rows
  if (best.crossing.length > rows.length * 0.25) return null;
  if (left < 4 || right < 4) return null;
  // a right-hand "column" of dates beside one-column titles is not a column: the right side must
  // hold rows of other text too
  const DATE_ONLY =
    /^[\s\d/.,–—-]*(?:[A-Za-z]{3,9}\.?\s*\d{4}|\d{4}|present|current|now)?[\s\d/.,–—-]*(?:[A-Za-z]{3,9}\.?\s*\d{4}|present|current|now)?\s*$/i;
  const rightText = columnRows.filter((r) => {
    const t = rowText(r.items.filter((i) => i.x >= best.x));
    return t.length > 0 && !DATE_ONLY.test(t);
  });
  if (rightText.length < 3) return null;
  // a column is left-aligned: most right-side rows start at one x (right-aligned dates and places do not)
  const starts = new Map<number, number>();
  for (const r of columnRows) {
    const first = r.items.find((i) => !isBlank(i.str) && i.x >= best.x);
    if (first) starts.set(Math.round(first.x / 4), (starts.get(Math.round(first.x / 4)) ?? 0) + 1);
  }
  const aligned = Math.max(
    0,
    ...[...starts.entries()].map(([k, n]) => n + (starts.get(k - 1) ?? 0) + (starts.get(k + 1) ?? 0)),
  );
  if (aligned < right * 0.6) return null;
  return { x: best.x, crossing: new Set(best.crossing) };
}

/** One page's items → lines in reading order. */
export function pageLines(items: TextItem[]): string[] {
  const rows = groupRows(items);
  const gutter = findGutter(rows);
  if (!gutter) return rows.map((r) => rowText(r.items)).filter(Boolean);
  const lines: string[] = [];
  let band: Row[] = [];
  const flush = () => {
    const left = band.map((r) => rowText(r.items.filter((i) => i.x + i.width / 2 < gutter.x)));
    const right = band.map((r) => rowText(r.items.filter((i) => i.x + i.width / 2 >= gutter.x)));
    lines.push(...left.filter(Boolean), ...right.filter(Boolean));
    band = [];
  };
  for (const r of rows) {
    if (gutter.crossing.has(r)) {
      flush();
      const t = rowText(r.items);
      if (t) lines.push(t);
    } else band.push(r);
  }
  flush();
  return lines;
}
