import type { Posting } from "@vanta/shared/posting";
import { describe, expect, it } from "vitest";
import { decide, senderKind } from "../../../extension/lib/background/sender-policy.ts";

// Issue 12, findings 1 and 3: the background accepted pair/signIn from any sender (a page could
// repoint the extension to its own server) and answered status questions for any URL.

const ext = { id: "vanta-id", origin: "chrome-extension://vanta-id/" };
const SERVER = "http://127.0.0.1:8787";
const posting = { url: "https://jobs.example/1" } as Posting;

describe("senderKind", () => {
  it("tells extension pages, content scripts and strangers apart", () => {
    expect(senderKind({ id: "vanta-id", url: "chrome-extension://vanta-id/options.html", tab: { id: 3 } }, ext)).toBe(
      "extension",
    );
    expect(senderKind({ id: "vanta-id", url: "https://evil.example/", tab: { id: 3 } }, ext)).toBe("content");
    expect(senderKind({ id: "other-extension", url: "chrome-extension://other/x.html" }, ext)).toBe("other");
    expect(senderKind({ id: "vanta-id", url: "https://evil.example/" }, ext)).toBe("other");
  });
});

describe("decide", () => {
  it("lets extension pages ask anything", () => {
    expect(decide({ type: "signOut" }, "extension", undefined, SERVER).kind).toBe("allow");
    expect(
      decide({ type: "pair", serverUrl: "https://evil.example", code: "X" }, "extension", undefined, SERVER).kind,
    ).toBe("allow");
  });

  it("never lets a content script pair with a server the page chose", () => {
    const page = "https://evil.example/pair";
    expect(
      decide({ type: "pair", serverUrl: "https://evil.example", code: "ABCDEFGH" }, "content", page, SERVER).kind,
    ).toBe("confirm");
    expect(
      decide({ type: "signInToken", serverUrl: "https://evil.example", token: "t" }, "content", page, SERVER).kind,
    ).toBe("confirm");
    // Even a page naming the configured server is confirmed unless it is that server's own page.
    expect(decide({ type: "pair", serverUrl: SERVER, code: "ABCDEFGH" }, "content", page, SERVER).kind).toBe("confirm");
    expect(
      decide({ type: "pair", serverUrl: SERVER, code: "ABCDEFGH" }, "content", `${SERVER}/pair?code=x`, SERVER).kind,
    ).toBe("allow");
  });

  it("refuses what content scripts never need", () => {
    for (const m of [
      { type: "signIn", serverUrl: SERVER, token: "t", user: { id: "u", email: "e" } },
      { type: "signOut" },
      { type: "status" },
      { type: "queue.flush" },
      { type: "capture.get", tabId: 1 },
      { type: "trpc", path: "applications.list", input: {}, kind: "query" },
      { type: "trpc", path: "auth.me", kind: "query" },
    ] as const)
      expect(decide(m, "content", "https://jobs.example/1", SERVER).kind, m.type).toBe("deny");
  });

  it("answers the Track status only for a posting URL on the page's own origin", () => {
    const ask = (url: string) => ({
      type: "trpc" as const,
      path: "applications.statusForUrl",
      input: { url },
      kind: "query" as const,
    });
    expect(decide(ask("https://jobs.example/1"), "content", "https://jobs.example/1", SERVER).kind).toBe("allow");
    expect(
      decide(ask("https://boards.greenhouse.io/acme/jobs/1"), "content", "https://evil.example/", SERVER).kind,
    ).toBe("deny");
  });

  it("lets content scripts capture their own page, track and open the panel", () => {
    const page = "https://jobs.example/1";
    expect(decide({ type: "capture.update", url: page, posting: null }, "content", page, SERVER).kind).toBe("allow");
    expect(
      decide({ type: "capture.update", url: "https://other.example/", posting: null }, "content", page, SERVER).kind,
    ).toBe("deny");
    expect(decide({ type: "track", posting }, "content", page, SERVER).kind).toBe("allow");
    expect(decide({ type: "sidepanel.open" }, "content", page, SERVER).kind).toBe("allow");
  });
});
