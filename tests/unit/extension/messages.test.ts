import type { Posting } from "@vanta/shared/posting";
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../extension/lib/messages.ts";

// What the background accepts from content scripts and UI pages (extension/lib/messages.ts).

const posting: Posting = {
  title: "Backend Engineer",
  company: "Acme",
  locations: ["Berlin, DE"],
  remote: "hybrid",
  employmentType: null,
  salary: null,
  description: "Build services.",
  postedAt: null,
  closed: false,
  source: "greenhouse",
  sourceId: "1",
  url: "https://boards.greenhouse.io/acme/jobs/1",
};

describe("parseMessage", () => {
  it("passes well-formed messages through", () => {
    expect(parseMessage({ type: "track", posting })).toEqual({ message: { type: "track", posting } });
    expect(parseMessage({ type: "trpc", path: "feed.list", input: { limit: 5 }, kind: "query" })).toEqual({
      message: { type: "trpc", path: "feed.list", input: { limit: 5 }, kind: "query" },
    });
    // A query without input: runtime messaging drops the undefined key altogether.
    expect(parseMessage({ type: "trpc", path: "profile.get", kind: "query" })).toEqual({
      message: { type: "trpc", path: "profile.get", kind: "query" },
    });
    expect(parseMessage({ type: "capture.update", url: "https://x.example/", posting: null })).toMatchObject({
      message: { type: "capture.update", posting: null },
    });
  });

  it("answers a bad shape of a known type with BAD_REQUEST and the field", () => {
    const bad = parseMessage({ type: "track", posting: { ...posting, title: "" } });
    expect(bad).toMatchObject({ error: { ok: false, error: { code: "BAD_REQUEST" } } });
    expect(bad && "error" in bad && !bad.error.ok ? Object.keys(bad.error.error.fieldErrors ?? {}) : []).toEqual([
      "posting.title",
    ]);
    expect(parseMessage({ type: "capture.get", tabId: "3" })).toMatchObject({ error: { ok: false } });
    expect(parseMessage({ type: "trpc", path: "../admin", input: null, kind: "query" })).toMatchObject({
      error: { ok: false },
    });
  });

  it("leaves messages that are not for the background to other listeners", () => {
    expect(parseMessage({ type: "track.result", outcome: null })).toBeNull();
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage("status")).toBeNull();
    expect(parseMessage({ type: 42 })).toBeNull();
  });
});
