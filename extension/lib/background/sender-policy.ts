import type { Message } from "../messages.ts";

// Content scripts run inside web pages: whatever they send may have been provoked by the page. The
// background therefore answers a content script only for the few things content scripts do, and
// never lets one choose the server: pairing from a page is confirmed on an extension page first.

export type SenderKind = "extension" | "content" | "other";

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number };
}

/** Extension pages (popup, side panel, options, even in a tab) have our origin; content scripts a tab. */
export function senderKind(sender: SenderInfo, ext: { id: string; origin: string }): SenderKind {
  if (sender.id !== ext.id) return "other";
  if (sender.url?.startsWith(ext.origin)) return "extension";
  if (sender.tab) return "content";
  return "other";
}

/** What a content script may ask, by message type. */
const CONTENT_TYPES = new Set<Message["type"]>([
  "capture.update",
  "track",
  "sidepanel.open",
  "trpc",
  "pair",
  "signInToken",
  "autofill.prepare",
  "autofill.resume",
  "autofill.saveAnswer",
  "autofill.submitted",
]);
/** The only procedure a content script may call directly: the Track button's status. */
const CONTENT_PROCEDURES = new Set(["applications.statusForUrl"]);

export type Decision =
  | { kind: "allow" }
  | { kind: "deny"; reason: string }
  /** pairing asked by a page: hold it until the user confirms the server on an extension page */
  | { kind: "confirm" };

const originOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

export const sameOrigin = (a: string | undefined, b: string | undefined) => {
  const oa = originOf(a);
  return oa !== null && oa !== "null" && oa === originOf(b);
};

/**
 * The decision for one message. `serverUrl` is the configured server; a pairing page on exactly that
 * origin (the server's own /pair page) may pair at once, any other page's request is confirmed first.
 */
export function decide(message: Message, kind: SenderKind, pageUrl: string | undefined, serverUrl: string): Decision {
  if (kind === "extension") return { kind: "allow" };
  if (kind === "other") return { kind: "deny", reason: "unknown sender" };
  if (!CONTENT_TYPES.has(message.type)) return { kind: "deny", reason: `${message.type} is not for content scripts` };
  if (message.type === "trpc") {
    if (!CONTENT_PROCEDURES.has(message.path))
      return { kind: "deny", reason: `${message.path} is not for content scripts` };
    // A page may only ask about its own postings: no probing the pipeline for other sites' URLs.
    const url = (message.input as { url?: unknown } | undefined)?.url;
    if (typeof url !== "string" || !sameOrigin(url, pageUrl))
      return { kind: "deny", reason: "status only for a posting on the page's own origin" };
  }
  if (message.type === "capture.update" && !sameOrigin(message.url, pageUrl))
    return { kind: "deny", reason: "a capture is for the page it came from" };
  if (message.type === "pair" || message.type === "signInToken") {
    const onServer = sameOrigin(message.serverUrl, pageUrl) && sameOrigin(message.serverUrl, serverUrl);
    return onServer ? { kind: "allow" } : { kind: "confirm" };
  }
  return { kind: "allow" };
}
