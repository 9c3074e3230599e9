import type { Posting } from "@vanta/shared/posting";

// Every message a UI page or content script sends to the background, and what it answers.
// The background is the only network client (STACK.md); everything else goes through here.

export type ConnectionState = "connected" | "not_paired" | "unreachable";

export interface RemoteError {
  code: string;
  message: string;
  fieldErrors: Record<string, string[] | undefined> | null;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: RemoteError };

export interface ConnectionStatus {
  state: ConnectionState;
  serverUrl: string;
  user: { id: string; email: string } | null;
  queued: number;
  message: string | null;
}

export interface TabCapture {
  tabId: number;
  url: string;
  posting: Posting | null;
  capturedAt: string;
}

export interface TrackOutcome {
  status: "tracked" | "already" | "queued";
  application: { id: string; stage: string; createdAt?: string; updatedAt?: string } | null;
}

export type Message =
  | { type: "trpc"; path: string; input: unknown; kind: "query" | "mutation" }
  | { type: "status" }
  | { type: "pair"; serverUrl: string; code: string }
  | { type: "signIn"; serverUrl: string; token: string; user: { id: string; email: string } }
  | { type: "signInToken"; serverUrl: string; token: string }
  | { type: "signOut" }
  | { type: "capture.update"; url: string; posting: Posting | null }
  | { type: "capture.get"; tabId: number }
  | { type: "track"; posting: Posting; tabId?: number }
  | { type: "queue.flush" }
  | { type: "sidepanel.open"; tabId?: number };

/** What each message type answers with (inside a Result). */
export interface Replies {
  trpc: unknown;
  status: ConnectionStatus;
  pair: ConnectionStatus;
  signIn: ConnectionStatus;
  signInToken: ConnectionStatus;
  signOut: ConnectionStatus;
  "capture.update": null;
  "capture.get": TabCapture | null;
  track: TrackOutcome;
  "queue.flush": { synced: number; remaining: number };
  "sidepanel.open": null;
}

export type MessageOf<T extends Message["type"]> = Extract<Message, { type: T }>;
