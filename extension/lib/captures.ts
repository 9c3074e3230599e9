import type { Posting } from "@vanta/shared/posting";
import { storage } from "wxt/utils/storage";
import type { TabCapture } from "./messages.ts";

// The latest capture per tab. Session storage survives the service worker being stopped
// but not a browser restart, which is what per-tab state should do.
const key = (tabId: number) => `session:capture:${tabId}` as const;

export async function saveCapture(tabId: number, url: string, posting: Posting | null): Promise<void> {
  const capture: TabCapture = { tabId, url, posting, capturedAt: new Date().toISOString() };
  await storage.setItem(key(tabId), capture);
}

export function getCapture(tabId: number): Promise<TabCapture | null> {
  return storage.getItem<TabCapture>(key(tabId));
}

export function watchCapture(tabId: number, cb: (capture: TabCapture | null) => void): () => void {
  return storage.watch<TabCapture>(key(tabId), (value) => cb(value ?? null));
}

/** The server's answer to postings.capture for a tab's posting, computed as soon as the page is captured. */
export interface CachedFit {
  url: string;
  title: string;
  result: unknown;
  at: string;
}

const fitKey = (tabId: number) => `session:fit:${tabId}` as const;

export function saveFit(tabId: number, fit: CachedFit): Promise<void> {
  return storage.setItem(fitKey(tabId), fit);
}

export function getFit(tabId: number): Promise<CachedFit | null> {
  return storage.getItem<CachedFit>(fitKey(tabId));
}

export async function dropTab(tabId: number): Promise<void> {
  await storage.removeItems([key(tabId), fitKey(tabId)]);
}
