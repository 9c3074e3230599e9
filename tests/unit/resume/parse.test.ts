import { looksLikeResume, parseResumeText } from "@vanta/shared/resume/parse";
import { JsonResume } from "@vanta/shared/resume/schema";
import { describe, expect, it } from "vitest";

const jobs = (r: JsonResume) => r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("parseResumeText", () => {
  it("parses a plain-text resume with no email: name, phone, jobs in either order, grouped skills", () => {
    const r = parseResumeText(
      [
        "MARIA GONZALEZ",
        "Product Designer",
        "Austin, TX | (512) 555-0134 | mariagonzalez.design",
        "",
        "Professional Experience:",
        "Lead Product Designer at Bluebonnet Health    Jan 2022 - Present",
        "  * Redesigned patient intake, cutting drop-off by 22%",
        "Globex — Product Designer    03/2018 - 12/2021",
        "  * Shipped the design system used by 40 engineers",
        "    across four product teams",
        "",
        "EDUCATION",
        "Rhode Island School of Design",
        "BFA, Graphic Design, 2017",
        "",
        "Skills",
        "Design: Figma, Sketch, Prototyping",
        "Research: Interviews, Usability testing",
        "",
        "AWARDS",
        "Core77 Design Award — Core77, 2020",
      ].join("\n"),
    );
    expect(JsonResume.safeParse(r).success).toBe(true);
    expect(r.basics).toMatchObject({
      name: "Maria Gonzalez",
      label: "Product Designer",
      phone: "(512) 555-0134",
      url: "https://mariagonzalez.design",
      location: { city: "Austin", region: "TX", countryCode: "US" },
    });
    expect(r.basics?.email).toBeUndefined();
    expect(jobs(r)).toEqual([
      ["Bluebonnet Health", "Lead Product Designer", "2022-01", undefined],
      ["Globex", "Product Designer", "2018-03", "2021-12"],
    ]);
    // a wrapped bullet is one highlight
    expect(r.work?.[1]?.highlights).toEqual([
      "Shipped the design system used by 40 engineers across four product teams",
    ]);
    expect(r.education?.[0]).toMatchObject({
      institution: "Rhode Island School of Design",
      studyType: "BFA",
      area: "Graphic Design",
      endDate: "2017",
    });
    expect(r.skills).toEqual([
      { name: "Design", keywords: ["Figma", "Sketch", "Prototyping"] },
      { name: "Research", keywords: ["Interviews", "Usability testing"] },
    ]);
    expect(r.awards).toEqual([{ title: "Core77 Design Award", awarder: "Core77", date: "2020" }]);
    expect(Object.keys(r.meta?.confidence ?? {}).sort()).toEqual(["awards", "basics", "education", "skills", "work"]);
    // no email: the contact section is less certain than a full one
    expect(r.meta?.confidence?.basics).toBeLessThan(1);
  });

  it("keeps lines it cannot place in meta.unplaced instead of dropping them", () => {
    const r = parseResumeText(
      [
        "Sam Lee",
        "sam.lee@example.com",
        "References available on request from my last two managers and clients",
        "Experience",
        "Backend Engineer, Initech (2019 - 2023)",
        "- Kept billing up",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Initech", "Backend Engineer", "2019", "2023"]]);
    expect(r.meta?.unplaced).toEqual(["References available on request from my last two managers and clients"]);
  });

  it("recognises heading spellings: ALL CAPS, colons, markdown, Kaggle-style glued headings", () => {
    const r = parseResumeText(
      [
        "## WORK HISTORY:",
        "Acme Inc | QA Engineer | 2015 – 2018",
        "Technical Skills: Selenium, Java, JIRA Education Details",
        "May 2014 B.Tech Computer Science Pune, Maharashtra Pune University",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Acme Inc", "QA Engineer", "2015", "2018"]]);
    expect(r.skills?.[0]?.keywords).toEqual(["Selenium", "Java", "JIRA"]);
    expect(r.education?.[0]).toMatchObject({
      institution: "Pune University",
      studyType: "B.Tech",
      area: "Computer Science",
      endDate: "2014-05",
    });
  });

  it("reads projects, certificates, languages and volunteer work", () => {
    const r = parseResumeText(
      [
        "Jo Park",
        "jo@example.com",
        "Projects",
        "Tidepool (github.com/jopark/tidepool)",
        "- Offline-first notes app",
        "Certifications",
        "CKA — CNCF, 2023",
        "Languages",
        "Korean (Native), English - Professional",
        "Volunteer Experience",
        "Mentor, Code.org (2020 - Present)",
      ].join("\n"),
    );
    expect(r.projects?.[0]).toEqual({
      name: "Tidepool",
      url: "https://github.com/jopark/tidepool",
      highlights: ["Offline-first notes app"],
    });
    expect(r.certificates).toEqual([{ name: "CKA", issuer: "CNCF", date: "2023" }]);
    expect(r.languages).toEqual([
      { language: "Korean", fluency: "Native" },
      { language: "English", fluency: "Professional" },
    ]);
    expect(r.volunteer?.[0]).toMatchObject({ organization: "Code.org", position: "Mentor", startDate: "2020" });
  });

  it("reads a LaTeX-style layout: title and dates on one row, employer and place on the next", () => {
    // tabs are the wide gaps the PDF reader keeps between a left text and a right-aligned one
    const r = parseResumeText(
      [
        "Kai Moreno",
        "555-010-7788 | kai@example.edu | github.com/kaimoreno",
        "Education",
        "Lakeside University\tSpringfield, IL",
        "Bachelor of Science in Computer Science\tAug. 2018 – May 2022",
        "Experience",
        "Research Assistant\tJune 2021 – Present",
        "Lakeside University\tSpringfield, IL",
        "• Built a REST API with FastAPI and PostgreSQL to store data from",
        "learning management systems",
        "Projects",
        "Gitlytics | Python, Flask, React\tJune 2020 – Present",
        "• Full-stack app over the GitHub API",
      ].join("\n"),
    );
    expect(r.work).toEqual([
      {
        name: "Lakeside University",
        position: "Research Assistant",
        location: "Springfield, IL",
        startDate: "2021-06",
        highlights: ["Built a REST API with FastAPI and PostgreSQL to store data from learning management systems"],
      },
    ]);
    expect(r.education).toEqual([
      {
        institution: "Lakeside University",
        studyType: "Bachelor of Science",
        area: "Computer Science",
        startDate: "2018-08",
        endDate: "2022-05",
      },
    ]);
    expect(r.projects).toEqual([
      {
        name: "Gitlytics",
        keywords: ["Python", "Flask", "React"],
        startDate: "2020-06",
        highlights: ["Full-stack app over the GitHub API"],
      },
    ]);
    // the school's city has no JSON Resume field: reported, not dropped
    expect(r.meta?.unplaced).toEqual(["Springfield, IL"]);
  });

  it("reads a wrapped skill list under a combined heading as one list", () => {
    const r = parseResumeText(
      [
        "Ines Duarte",
        "ines@example.com",
        "SKILLS & AWARDS",
        "Technical Skills: Go, Python, Kafka,",
        "Elasticsearch, GraphQL, Microservices",
        "Architecture, Event-driven Systems",
      ].join("\n"),
    );
    expect(r.skills).toEqual([
      {
        name: "Technical Skills",
        keywords: [
          "Go",
          "Python",
          "Kafka",
          "Elasticsearch",
          "GraphQL",
          "Microservices Architecture",
          "Event-driven Systems",
        ],
      },
    ]);
  });

  it("reads a name with credentials after it", () => {
    const r = parseResumeText(
      "LEILA FARAH, PhD, PMP\nleila@example.com\nExperience\nProgram Director, Vandelay Industries, 2018 - Present",
    );
    expect(r.basics?.name).toBe("Leila Farah");
    expect(r.meta?.unplaced).toEqual(["PhD, PMP"]);
  });

  it("tells a resume from other text", () => {
    expect(looksLikeResume(parseResumeText("Dear neighbours,\nThe bins go out on Tuesday this week."))).toBe(false);
    expect(looksLikeResume(parseResumeText("Experience\nEngineer, Acme Corp, 2019 - 2021"))).toBe(true);
  });
});
