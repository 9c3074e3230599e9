import { browser } from "wxt/browser";
import { storage } from "wxt/utils/storage";
import type { ConnectionStatus, Result } from "../messages.ts";
import { normalizeServerUrl } from "../settings.ts";
import { pair, signInWithToken } from "./connection.ts";

// A pairing a web page asked for (its Connect button): held here until the user confirms the server on
// the options page, so no page can silently point the extension at a server of its choosing.

export interface PendingPairing {
  kind: "pair" | "signInToken";
  serverUrl: string;
  secret: string;
  /** the page that asked, shown to the user */
  pageUrl: string;
  at: number;
}

const TTL_MS = 10 * 60_000;
const pendingItem = storage.defineItem<PendingPairing | null>("local:pendingPairing", { fallback: null });

/** Holds the request and opens the options page on its confirm card. */
export async function holdPairing(p: Omit<PendingPairing, "at">): Promise<Result<{ confirm: true }>> {
  await pendingItem.setValue({ ...p, serverUrl: normalizeServerUrl(p.serverUrl), at: Date.now() });
  await browser.tabs.create({ url: browser.runtime.getURL("/options.html#confirm-server") });
  return { ok: true, data: { confirm: true } };
}

/** What the options page shows (the secret stays in the background). */
export async function pendingPairing(): Promise<{ serverUrl: string; pageUrl: string } | null> {
  const p = await pendingItem.getValue();
  if (!p || Date.now() - p.at > TTL_MS) return null;
  return { serverUrl: p.serverUrl, pageUrl: p.pageUrl };
}

export async function confirmPairing(): Promise<Result<ConnectionStatus>> {
  const p = await pendingItem.getValue();
  await pendingItem.setValue(null);
  if (!p || Date.now() - p.at > TTL_MS)
    return { ok: false, error: { code: "NOT_FOUND", message: "No connection request is waiting", fieldErrors: null } };
  return p.kind === "pair" ? pair(p.serverUrl, p.secret.trim()) : signInWithToken(p.serverUrl, p.secret.trim());
}

export async function cancelPairing(): Promise<void> {
  await pendingItem.setValue(null);
}
