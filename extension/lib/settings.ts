import { storage } from "wxt/utils/storage";

// The only things the extension keeps about the account: where the server is and the
// bearer token it gave us. No other secret ever lives in the extension.
export const DEFAULT_SERVER_URL = "http://127.0.0.1:8787";

export interface SessionInfo {
  token: string;
  user: { id: string; email: string };
}

export const serverUrlItem = storage.defineItem<string>("local:serverUrl", { fallback: DEFAULT_SERVER_URL });
export const sessionItem = storage.defineItem<SessionInfo | null>("local:session", { fallback: null });

/** Normalizes what a person types ("127.0.0.1:8787/") into a base URL without a trailing slash. */
export function normalizeServerUrl(raw: string): string {
  let url = raw.trim();
  if (!/^https?:\/\//i.test(url)) url = `http://${url}`;
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, "")}`;
}
