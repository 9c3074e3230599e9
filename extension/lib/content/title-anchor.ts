// Where to put the Track button: right after the element that shows the posting title.
// Headings first (boards use h1/h2), then any element whose whole text is the title.
const CANDIDATES = ["h1", "h2", "h3", "[class*='title' i]", "[data-testid*='title' i]"];

const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();

export function findTitleElement(doc: Document, title: string): Element | null {
  const want = norm(title);
  if (!want) return null;
  for (const selector of CANDIDATES) {
    const els = [...doc.querySelectorAll(selector)].filter((el) => !el.closest("vanta-track"));
    const exact = els.find((el) => norm(el.textContent) === want);
    if (exact) return exact;
    const partial = els.find((el) => {
      const text = norm(el.textContent);
      return text.includes(want) && text.length < want.length + 80;
    });
    if (partial) return partial;
  }
  return null;
}
