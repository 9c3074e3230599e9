import { canonicalUrl } from "@vanta/shared/capture/draft";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";

// A page captured in the browser keeps its hash route (the job id of a hash-routed career site) and drops
// an anchor, like the one intake's URL identity does.
const doc = () => parseHTML("<!doctype html><html><head><title>Job</title></head><body></body></html>").document;

describe("capture canonical URL", () => {
  it("keeps a route fragment and drops anchors and tracking", () => {
    const a = canonicalUrl(
      doc(),
      new URL("https://careers.example.com/jobs/#en/sites/jobsearch/job/211250/?utm_source=x"),
    );
    const b = canonicalUrl(doc(), new URL("https://careers.example.com/jobs/#en/sites/jobsearch/job/211251/"));
    expect(a).toBe("https://careers.example.com/jobs/#en/sites/jobsearch/job/211250");
    expect(a).not.toBe(b);
    expect(canonicalUrl(doc(), new URL("https://jobs.example.com/role/42?utm_medium=y#apply"))).toBe(
      "https://jobs.example.com/role/42",
    );
  });
});
