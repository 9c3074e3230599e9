import { storage } from "wxt/utils/storage";
import { DEFAULT_SERVER_URL } from "./server-url.ts";

export { DEFAULT_SERVER_URL, normalizeServerUrl } from "./server-url.ts";

// The only things the extension keeps about the account: where the server is and the
// bearer token it gave us. No other secret ever lives in the extension.
export interface SessionInfo {
  token: string;
  user: { id: string; email: string };
}

export const serverUrlItem = storage.defineItem<string>("local:serverUrl", { fallback: DEFAULT_SERVER_URL });
export const sessionItem = storage.defineItem<SessionInfo | null>("local:session", { fallback: null });
