import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { findTitleElement } from "../../../extension/lib/content/title-anchor.ts";
import { fileToBase64, formatList, parseList } from "../../../extension/lib/lists.ts";
import { normalizeServerUrl } from "../../../extension/lib/server-url.ts";

describe("form helpers", () => {
  test("parseList splits on commas, semicolons and lines, trims, and drops duplicates", () => {
    expect(parseList("TypeScript, go;\nGo , , PostgreSQL")).toEqual(["TypeScript", "go", "PostgreSQL"]);
    expect(formatList(["a", "b"])).toBe("a, b");
  });

  test("fileToBase64 encodes bytes as plain base64", async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    const b64 = await fileToBase64(new Blob([bytes]));
    expect(Buffer.from(b64, "base64").equals(Buffer.from(bytes))).toBe(true);
  });

  test("normalizeServerUrl accepts what people type", () => {
    expect(normalizeServerUrl(" 127.0.0.1:8787/ ")).toBe("http://127.0.0.1:8787");
    expect(normalizeServerUrl("https://vanta.example.com/api/")).toBe("https://vanta.example.com/api");
    expect(() => normalizeServerUrl("http://")).toThrow();
  });
});

describe("Track button anchor", () => {
  test("finds the heading that shows the title, else an element whose text is the title", () => {
    const { document } = parseHTML(
      `<html><body><h1>Acme careers</h1><div class="job-title">  Senior   Backend Engineer </div><h2>Senior Backend Engineer</h2></body></html>`,
    );
    expect(findTitleElement(document, "Senior Backend Engineer")?.tagName).toBe("H2");
    const { document: d2 } = parseHTML(`<body><span class="posting-title">Data Engineer</span></body>`);
    expect(findTitleElement(d2, "Data Engineer")?.className).toBe("posting-title");
    expect(findTitleElement(d2, "Nothing like it")).toBeNull();
  });
});
