import { ResumeFileError } from "@vanta/server/services/resume/errors";
import { parseResumeFile } from "@vanta/server/services/resume/parse-file";
import { describe, expect, it } from "vitest";
import { column, docxWith, imageOnlyPdf, pdfWithText, zip } from "../../support/resume-files.ts";

// Files built here (a positioned-text PDF in one and two columns, a DOCX with a real bullet list,
// Markdown, text, JSON Resume) go through the same parseResumeFile the upload and the CLI use.

const MAIN = [
  "EXPERIENCE",
  "Senior Data Engineer   Mar 2021 – Present",
  "Northwind Analytics • Seattle, WA",
  "• Built the streaming ingestion layer for 2B events a day",
  "• Cut warehouse cost by 35% with partition pruning",
  "Data Engineer   Jun 2017 – Feb 2021",
  "Contoso Retail • Portland, OR",
  "• Moved nightly batch jobs to Airflow",
  "• Owned the customer 360 tables",
  "Data Analyst   Aug 2015 – May 2017",
  "Fabrikam Health • Portland, OR",
  "• Built the claims dashboards",
];
const SIDE = [
  "SKILLS",
  "Languages: Python, SQL, Scala",
  "Tools: Airflow, Spark, dbt",
  "EDUCATION",
  "University of Washington",
  "B.S. in Statistics",
  "2011 – 2015",
  "GPA: 3.8/4.0",
  "CERTIFICATIONS",
  "AWS Certified Data Engineer, 2022",
  "LANGUAGES",
  "English (Native), Spanish (Fluent)",
];
const HEADER = [
  { x: 40, y: 760, text: "Ada Rivera", size: 20 },
  {
    x: 40,
    y: 740,
    text: "ada.rivera@example.org  |  +1 (206) 555-0199  |  Seattle, WA  |  github.com/adarivera",
    size: 9,
  },
];

function expectAdaJobs(work: Array<Record<string, unknown>> | undefined) {
  expect(work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
    ["Northwind Analytics", "Senior Data Engineer", "2021-03", undefined],
    ["Contoso Retail", "Data Engineer", "2017-06", "2021-02"],
    ["Fabrikam Health", "Data Analyst", "2015-08", "2017-05"],
  ]);
  expect(work?.[0]?.highlights).toEqual([
    "Built the streaming ingestion layer for 2B events a day",
    "Cut warehouse cost by 35% with partition pruning",
  ]);
  expect(work?.[2]?.highlights).toEqual(["Built the claims dashboards"]);
}

describe("parseResumeFile", () => {
  it("reads a two-column PDF column by column: every job keeps its bullets, the sidebar stays whole", async () => {
    // the sidebar's lines sit on the same baselines as the main column's: reading by y alone interleaves them
    const pdf = pdfWithText([[...HEADER, ...column(40, MAIN, 700), ...column(390, SIDE, 700)]]);
    const { resume, text } = await parseResumeFile(pdf, "ada.pdf", "application/pdf");
    expect(text.indexOf("Fabrikam Health")).toBeLessThan(text.indexOf("SKILLS"));
    expect(resume.basics).toMatchObject({
      name: "Ada Rivera",
      email: "ada.rivera@example.org",
      phone: "+1 (206) 555-0199",
      location: { city: "Seattle", region: "WA", countryCode: "US" },
      profiles: [{ network: "GitHub", username: "adarivera", url: "https://github.com/adarivera" }],
    });
    expectAdaJobs(resume.work);
    expect(resume.education).toEqual([
      expect.objectContaining({
        institution: "University of Washington",
        studyType: "B.S.",
        area: "Statistics",
        startDate: "2011",
        endDate: "2015",
        score: "3.8/4.0",
      }),
    ]);
    expect(resume.skills).toEqual([
      { name: "Languages", keywords: ["Python", "SQL", "Scala"] },
      { name: "Tools", keywords: ["Airflow", "Spark", "dbt"] },
    ]);
    expect(resume.certificates).toEqual([{ name: "AWS Certified Data Engineer", date: "2022" }]);
    expect(resume.languages).toEqual([
      { language: "English", fluency: "Native" },
      { language: "Spanish", fluency: "Fluent" },
    ]);
    expect(resume.meta?.confidence).toMatchObject({ basics: 1, work: 1, education: 1 });
    expect(resume.meta?.unplaced).toEqual([]);
  });

  it("reads the same resume as a one-column PDF over two pages", async () => {
    const lines = [...MAIN, ...SIDE];
    const pdf = pdfWithText([[...HEADER, ...column(40, lines.slice(0, 9), 700)], column(40, lines.slice(9), 740)]);
    const { resume } = await parseResumeFile(pdf, "ada-one-column.pdf");
    expect(resume.basics?.name).toBe("Ada Rivera");
    expectAdaJobs(resume.work);
    expect(resume.education?.[0]?.institution).toBe("University of Washington");
  });

  it("drops page numbers and a running header that would split a job across pages", async () => {
    const running = { x: 40, y: 770, text: "Ada Rivera · ada.rivera@example.org", size: 8 };
    const pdf = pdfWithText([
      [
        running,
        ...column(40, ["Ada Rivera", "ada.rivera@example.org", ...MAIN.slice(0, 4)], 740),
        { x: 300, y: 40, text: "Page 1 of 2" },
      ],
      [running, ...column(40, MAIN.slice(4), 740), { x: 300, y: 40, text: "Page 2 of 2" }],
    ]);
    const { resume, text } = await parseResumeFile(pdf, "ada-two-pages.pdf");
    expect(text).not.toMatch(/Page \d of 2/);
    expect(text.match(/Ada Rivera · ada/g)).toHaveLength(1);
    expectAdaJobs(resume.work);
  });

  it("keeps a one-column PDF with right-aligned dates and places in one column", async () => {
    // dates and cities flush right beside titles and employers: a gap, but not a second column
    const runs = [
      ...HEADER,
      { x: 40, y: 700, text: "EXPERIENCE" },
      { x: 40, y: 686, text: "Senior Data Engineer" },
      { x: 478, y: 686, text: "Mar 2021 – Present" },
      { x: 40, y: 672, text: "Northwind Analytics" },
      { x: 515, y: 672, text: "Seattle, WA" },
      { x: 50, y: 658, text: "• Built the streaming ingestion layer" },
      { x: 40, y: 644, text: "Data Engineer" },
      { x: 470, y: 644, text: "Jun 2017 – Feb 2021" },
      { x: 40, y: 630, text: "Contoso Retail" },
      { x: 508, y: 630, text: "Portland, OR" },
      { x: 50, y: 616, text: "• Moved nightly batch jobs to Airflow" },
      { x: 40, y: 602, text: "Data Analyst" },
      { x: 468, y: 602, text: "Aug 2015 – May 2017" },
      { x: 40, y: 588, text: "Fabrikam Health" },
      { x: 508, y: 588, text: "Portland, OR" },
      { x: 50, y: 574, text: "• Built the claims dashboards" },
    ];
    const { resume, text } = await parseResumeFile(pdfWithText([runs]), "ada-right-aligned.pdf");
    expect(text).toContain("Senior Data Engineer\tMar 2021 – Present");
    expect(resume.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ["Northwind Analytics", "Senior Data Engineer", "Seattle, WA", "2021-03", undefined],
      ["Contoso Retail", "Data Engineer", "Portland, OR", "2017-06", "2021-02"],
      ["Fabrikam Health", "Data Analyst", "Portland, OR", "2015-08", "2017-05"],
    ]);
  });

  it("reads a DOCX: headings, list bullets as highlights", async () => {
    const docx = docxWith([
      { text: "Ada Rivera" },
      { text: "ada.rivera@example.org | +1 (206) 555-0199 | Seattle, WA" },
      { text: "Experience", heading: true },
      { text: "Senior Data Engineer at Northwind Analytics, Mar 2021 – Present" },
      { text: "Built the streaming ingestion layer for 2B events a day", bullet: true },
      { text: "Cut warehouse cost by 35% with partition pruning", bullet: true },
      { text: "Contoso Retail — Data Engineer, 06/2017 - 02/2021" },
      { text: "Moved nightly batch jobs to Airflow", bullet: true },
      { text: "Education", heading: true },
      { text: "University of Washington, B.S. in Statistics, 2015" },
      { text: "Skills", heading: true },
      { text: "Python, SQL, Airflow, Spark" },
      { text: "", cells: ["Cloud", "AWS, GCP"] },
    ]);
    const { resume } = await parseResumeFile(docx, "ada.docx");
    expect(resume.basics).toMatchObject({ name: "Ada Rivera", email: "ada.rivera@example.org" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Northwind Analytics", "Senior Data Engineer", "2021-03", undefined],
      ["Contoso Retail", "Data Engineer", "2017-06", "2021-02"],
    ]);
    expect(resume.work?.[0]?.highlights).toHaveLength(2);
    expect(resume.work?.[1]?.highlights).toEqual(["Moved nightly batch jobs to Airflow"]);
    expect(resume.education?.[0]).toMatchObject({ institution: "University of Washington", studyType: "B.S." });
    // a two-cell table row reads as a labelled group
    expect(resume.skills).toEqual([
      { name: "Skills", keywords: ["Python", "SQL", "Airflow", "Spark"] },
      { name: "Cloud", keywords: ["AWS", "GCP"] },
    ]);
  });

  it("reads Markdown and plain text the same way", async () => {
    const md = [
      "# Ada Rivera",
      "ada.rivera@example.org · [LinkedIn](https://www.linkedin.com/in/ada-rivera)",
      "",
      "## Work Experience",
      "**Senior Data Engineer**, Northwind Analytics (2021 - Present)",
      "- Built the streaming ingestion layer",
      "",
      "## Skills",
      "- **Languages:** Python, SQL",
    ].join("\n");
    const fromMd = await parseResumeFile(new TextEncoder().encode(md), "ada.md", "text/markdown");
    const fromTxt = await parseResumeFile(new TextEncoder().encode(md.replace(/[#*]/g, "")), "ada.txt");
    for (const { resume } of [fromMd, fromTxt]) {
      expect(resume.basics?.name).toBe("Ada Rivera");
      expect(resume.basics?.profiles).toEqual([
        { network: "LinkedIn", username: "ada-rivera", url: "https://www.linkedin.com/in/ada-rivera" },
      ]);
      expect(resume.work).toEqual([
        {
          name: "Northwind Analytics",
          position: "Senior Data Engineer",
          startDate: "2021",
          highlights: ["Built the streaming ingestion layer"],
        },
      ]);
      expect(resume.skills).toEqual([{ name: "Languages", keywords: ["Python", "SQL"] }]);
    }
  });

  it("passes a JSON Resume file through after validating it", async () => {
    const json = {
      basics: { name: "Ada Rivera", email: "ada.rivera@example.org" },
      work: [{ name: "Northwind Analytics", position: "Senior Data Engineer", startDate: "2021-03" }],
    };
    const { resume } = await parseResumeFile(new TextEncoder().encode(JSON.stringify(json)), "ada.resume.json");
    expect(resume).toMatchObject(json);
    expect(resume.meta?.confidence).toEqual({ basics: 1, work: 1 });
    const bad = { basics: { name: "Ada" }, work: [{ startDate: "March 2021" }] };
    await expect(parseResumeFile(new TextEncoder().encode(JSON.stringify(bad)), "bad.json")).rejects.toThrow(
      /not a JSON Resume: work\.0\.startDate/,
    );
  });

  it("refuses an image-only PDF with 'no text layer'", async () => {
    const err = await parseResumeFile(imageOnlyPdf(), "scan.pdf").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResumeFileError);
    expect(err).toMatchObject({ problem: "no_text_layer", message: expect.stringMatching(/no text layer/) });
  });

  it("refuses unreadable and unsupported files with a clear message", async () => {
    const broken = new TextEncoder().encode("%PDF-1.4\nthis is not really a pdf");
    await expect(parseResumeFile(broken, "broken.pdf")).rejects.toMatchObject({
      problem: "unreadable",
      message: expect.stringMatching(/could not read the PDF/),
    });
    await expect(parseResumeFile(zip({ "a.txt": "hello" }), "notes.docx")).rejects.toMatchObject({
      problem: "unreadable",
      message: expect.stringMatching(/could not read the DOCX/),
    });
    await expect(parseResumeFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]), "photo.png")).rejects.toMatchObject({
      problem: "unsupported",
    });
    await expect(parseResumeFile(new Uint8Array([0xff, 0xfe, 0x00, 0x41]), "resume.txt")).rejects.toMatchObject({
      problem: "unreadable",
    });
    await expect(parseResumeFile(new Uint8Array(), "empty.txt")).rejects.toMatchObject({ problem: "unreadable" });
  });

  it("refuses a file that is not a resume", async () => {
    const recipe =
      "Lemon cake\n\nMix the butter and the sugar until pale. Add three eggs, one at a time.\nBake for forty minutes and let it cool before slicing.";
    await expect(parseResumeFile(new TextEncoder().encode(recipe), "cake.txt")).rejects.toMatchObject({
      problem: "not_a_resume",
      message: expect.stringMatching(/does not look like a resume/),
    });
  });
});
