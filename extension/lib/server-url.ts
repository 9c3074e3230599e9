export const DEFAULT_SERVER_URL = "http://127.0.0.1:8787";

/** Normalizes what a person types ("127.0.0.1:8787/") into a base URL without a trailing slash. */
export function normalizeServerUrl(raw: string): string {
  let url = raw.trim();
  if (!/^https?:\/\//i.test(url)) url = `http://${url}`;
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, "")}`;
}
