import { capturePage } from "@vanta/shared/capture/index";
import { describe, expect, it } from "vitest";
import { extract, htmlDoc, loadDoc } from "./fixture.ts";

describe("LinkedIn 2026 layout (hashed classes only)", () => {
  it("reads title, company, place, workplace and type from the stable hooks, not the similar jobs", () => {
    const p = extract("linkedin/layout-2026.html", "https://www.linkedin.com/jobs/view/4200000123/");
    expect(p).toMatchObject({
      title: "Machine Learning Engineer",
      company: "Velda Robotics",
      locations: ["Zurich, CH"],
      remote: "remote",
      employmentType: "contract",
      sourceId: "4200000123",
    });
    expect(p?.description).toMatch(/^Velda builds picking robots/);
  });
});

describe("list pages: capture says so instead of taking a card", () => {
  const cases: [string, string][] = [
    ["linkedin/guest-search.html", "https://www.linkedin.com/jobs/data-engineer-jobs-new-york"],
    ["page/career-index-de.html", "https://www.feldmark.example/karriere"],
  ];
  for (const [file, url] of cases) {
    it(file, () => expect(capturePage(loadDoc(file), url)).toEqual({ posting: null, reason: "list-page" }));
  }

  it("a Lever or Ashby company board without a selected job", () => {
    const board = htmlDoc(
      '<html><head><title>Acme jobs</title></head><body><h1>Open Positions (3)</h1><a href="/acme/1b2c">Engineer</a></body></html>',
    );
    expect(capturePage(board, "https://jobs.lever.co/acme").reason).toBe("list-page");
    expect(capturePage(board, "https://jobs.ashbyhq.com/acme").reason).toBe("list-page");
  });
});

describe("generic DOM extractor (no structured data)", () => {
  it("reads a German career page: title, company from the logo/title, labelled location, main text", () => {
    const p = extract("page/career-page-de.html", "https://www.feldmark.example/karriere/stelle/ws-swe");
    expect(p).toMatchObject({
      title: "Werkstudent Softwareentwicklung (m/w/d)",
      company: "Feldmark Energie",
      locations: ["Freiburg im Breisgau"],
      source: "page",
      salary: null,
    });
    expect(p?.description).toContain("Feldmark Energie plant Solarparks");
    expect(p?.description).toContain("Du entwickelst unser internes Planungstool");
    expect(p?.description).not.toMatch(/Cookies|Impressum/);
  });

  it("falls back to the host for the company and the document title for the title", () => {
    const doc = htmlDoc(`<html><head><title>Night Shift Nurse – Careers</title></head><body>
      <main><div><p>Care for twelve patients on our cardiac ward through the night, with two colleagues.</p>
      <p>We pay a night allowance and train you on the new monitoring system.</p></div>
      <button>Apply now</button></main></body></html>`);
    const r = capturePage(doc, "https://jobs.st-brigid-hospital.example/openings/4411");
    expect(r.posting).toMatchObject({ title: "Night Shift Nurse", company: "St Brigid Hospital" });
    expect(r.posting?.description).toMatch(/^Care for twelve patients/);
  });
});

describe("app state before the DOM (no JSON-LD)", () => {
  it("reads a Next.js career page's job from __NEXT_DATA__, not its related jobs", () => {
    const p = extract("state/next-data.html", "https://careers.orbitra.example/jobs/senior-data-engineer");
    expect(p).toMatchObject({
      title: "Senior Data Engineer",
      company: "Orbitra",
      locations: ["Lisbon, PT"],
      remote: "hybrid",
      employmentType: "full-time",
      salary: { min: 65_000, max: 80_000, currency: "EUR", period: "year" },
      postedAt: "2026-03-14",
      source: "state",
    });
    expect(p?.description).toMatch(/^Orbitra runs satellite ground stations/);
  });

  it("reads a Remix context", () => {
    const job = {
      title: "Kitchen Lead",
      description: `<p>Run the line at our harbour restaurant. ${"Fresh fish every morning, twelve covers an hour. ".repeat(5)}</p>`,
      companyName: "Maré",
      location: "Porto, Portugal",
    };
    const doc = htmlDoc(`<html><head><title>Kitchen Lead</title></head><body><div id="root"></div>
      <script>window.__remixContext = ${JSON.stringify({ state: { loaderData: { "routes/jobs.$id": { job } } } })};</script></body></html>`);
    expect(capturePage(doc, "https://mare.example/jobs/17").posting).toMatchObject({
      title: "Kitchen Lead",
      company: "Maré",
      locations: ["Porto, PT"],
    });
  });
});
