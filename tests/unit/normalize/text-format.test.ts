import { parseDateTime, toIsoDate } from "@vanta/shared/normalize/dates";
import { normalizeEmploymentType } from "@vanta/shared/normalize/employment";
import { decodeEntities, fixMojibake, htmlToText } from "@vanta/shared/normalize/html";
import { canonicalUrl } from "@vanta/shared/normalize/url";
import { describe, expect, it } from "vitest";

describe("htmlToText", () => {
  it("turns paragraphs into blank-line separated text and list items into bullets", () => {
    const html =
      "<h2>About</h2><p>We build   tools.</p><ul><li>Go</li><li><p>SQL &amp; Postgres</p></li></ul><p>Salary:&nbsp;$1</p>";
    expect(htmlToText(html)).toBe("About\n\nWe build tools.\n\n- Go\n- SQL & Postgres\n\nSalary: $1");
  });
  it("unescapes Greenhouse's entity-encoded content before stripping tags", () => {
    expect(htmlToText("&lt;p&gt;Hello &amp;amp; welcome&lt;/p&gt;&lt;ul&gt;&lt;li&gt;One&lt;/li&gt;&lt;/ul&gt;")).toBe(
      "Hello & welcome\n\n- One",
    );
  });
  it("unescapes twice-escaped markup", () => {
    expect(htmlToText("Intro. &amp;lt;p&amp;gt;Any HTML included&amp;lt;/p&amp;gt;")).toBe(
      "Intro.\n\nAny HTML included",
    );
  });
  it("drops scripts, styles and comments; keeps line breaks from <br>", () => {
    expect(htmlToText("<style>p{}</style><!-- x --><p>a<br>b</p><script>alert(1)</script>")).toBe("a\nb");
  });
  it("keeps plain text as is, only tidying whitespace", () => {
    expect(htmlToText("Line one\n\n\n\nLine   two")).toBe("Line one\n\nLine two");
  });
  it("decodes numeric entities", () => {
    expect(decodeEntities("&#8217;&#x2014;&euro;")).toBe("’—€");
  });
  it("decodes legacy entities without a semicolon but leaves other bare names (one decoder for capture too)", () => {
    expect(decodeEntities("R&amp D &lt 5 &laquo;x&raquo;&#160;y")).toBe("R& D < 5 «x» y");
    expect(decodeEntities("?a=1&copy=2&region=eu")).toBe("?a=1&copy=2&region=eu");
  });
  it("repairs mojibake only when the bytes re-decode as UTF-8", () => {
    expect(fixMojibake("GdaÅ\u0084sk")).toBe("Gdańsk");
    expect(fixMojibake("CafÃ©")).toBe("Café");
    expect(fixMojibake("Café Ã")).toBe("Café Ã");
  });
});

describe("dates", () => {
  const now = new Date("2026-03-20T12:00:00Z");
  it.each([
    ["2025-12-14T20:45:43", "2025-12-14"],
    ["2016-01-14T10:55:28-05:00", "2016-01-14"],
    ["2016-01-14T22:55:28-05:00", "2016-01-14"],
    ["2024-03-04T14:29:08.532+00:00", "2024-03-04"],
    ["2026-03-01", "2026-03-01"],
    [1773619203, "2026-03-16"],
    [1773619203000, "2026-03-16"],
    ["1773619203", "2026-03-16"],
    ["3 days ago", "2026-03-17"],
    ["1 week ago", "2026-03-13"],
    ["an hour ago", "2026-03-20"],
    ["30+ days ago", "2026-02-18"],
    ["yesterday", "2026-03-19"],
    ["today", "2026-03-20"],
    ["Mon, 16 Mar 2026 10:00:00 GMT", "2026-03-16"],
    ["not a date", null],
    [0, null],
    [null, null],
  ] as const)("%s → %s", (input, want) => expect(toIsoDate(input, now)).toBe(want));
  it("rejects implausible years", () => expect(parseDateTime("0001-01-01")).toBeNull());
});

describe("canonicalUrl", () => {
  it.each([
    [
      "https://Boards.Greenhouse.io/acme/jobs/123?gh_src=abc&utm_source=linkedin#app",
      "https://boards.greenhouse.io/acme/jobs/123",
    ],
    [
      "https://jobs.lever.co/acme/abc-123/?lever-source=LinkedIn&lever-origin=applied",
      "https://jobs.lever.co/acme/abc-123",
    ],
    ["http://your.co:80/careers?utm_medium=x&gh_jid=444444", "http://your.co/careers?gh_jid=444444"],
    ["https://remoteOK.com/remote-jobs/x-1130788?ref=rss", "https://remoteok.com/remote-jobs/x-1130788"],
    ["https://a.com/j?b=2&a=1", "https://a.com/j?a=1&b=2"],
    ["mailto:jobs@a.com", null],
    ["not a url", null],
  ] as const)("%s", (input, want) => expect(canonicalUrl(input)).toBe(want));
});

describe("normalizeEmploymentType", () => {
  it.each([
    ["FullTime", "full_time"],
    ["full_time", "full_time"],
    ["Full-time", "full_time"],
    ["FULL_TIME", "full_time"],
    ["Part Time", "part_time"],
    ["Intern", "internship"],
    ["contract", "contract"],
    ["freelance", "contract"],
    ["Temporary", "temporary"],
    ["Per Diem", "per diem"],
    ["", null],
  ] as const)("%s → %s", (input, want) => expect(normalizeEmploymentType(input)).toBe(want));
  it("takes the first entry of a list", () => expect(normalizeEmploymentType(["", "Werkstudent"])).toBe("internship"));
});
