import { SubmissionPacket } from "@vanta/shared/api/applications";
import { HttpUrl, LooseHttpUrl } from "@vanta/shared/http-url";
import { Posting } from "@vanta/shared/posting";
import { z } from "zod";
import type { DeadTrack } from "./queue.ts";

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

// Typed by people ("127.0.0.1:8787") or set by a page: a scheme, if any, must be http(s).
const ServerUrl = LooseHttpUrl.pipe(z.string().min(1));
const TabId = z.number().int().nonnegative();

/**
 * Messages reach the background from content scripts, which run inside arbitrary web pages: each is
 * checked here (a posting with the same schema the server applies) before the background acts on it.
 */
export const MessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("trpc"),
    path: z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)+$/),
    // undefined (no input) does not survive messaging: the key is simply absent
    input: z.unknown().optional(),
    kind: z.enum(["query", "mutation"]),
  }),
  z.object({ type: z.literal("status") }),
  z.object({ type: z.literal("pair"), serverUrl: ServerUrl, code: z.string().max(100) }),
  z.object({
    type: z.literal("signIn"),
    serverUrl: ServerUrl,
    token: z.string().min(1).max(200),
    user: z.object({ id: z.string().max(100), email: z.string().max(320) }),
  }),
  z.object({ type: z.literal("signInToken"), serverUrl: ServerUrl, token: z.string().max(200) }),
  z.object({ type: z.literal("signOut") }),
  z.object({ type: z.literal("capture.update"), url: HttpUrl, posting: Posting.nullable() }),
  z.object({ type: z.literal("capture.get"), tabId: TabId }),
  z.object({ type: z.literal("track"), posting: Posting, tabId: TabId.optional() }),
  z.object({ type: z.literal("queue.flush") }),
  // tracks that couldn't sync (refused for good, or dropped from a full queue): list, dismiss one / all
  z.object({ type: z.literal("queue.problems") }),
  z.object({ type: z.literal("queue.dismiss"), clientRequestId: z.string().max(100).optional() }),
  z.object({ type: z.literal("pairing.pending") }),
  z.object({ type: z.literal("pairing.confirm") }),
  z.object({ type: z.literal("pairing.cancel") }),
  z.object({ type: z.literal("sidepanel.open"), tabId: TabId.optional() }),
  // Autofill (content script on an application page): the applicant + default resume, the resume's bytes,
  // saving a typed answer to the answer bank, and the submission packet once the ATS confirms.
  z.object({ type: z.literal("autofill.prepare") }),
  z.object({ type: z.literal("autofill.resume"), id: z.string().uuid() }),
  z.object({
    type: z.literal("autofill.saveAnswer"),
    question: z.string().trim().min(1).max(2_000),
    answer: z.string().trim().min(1).max(10_000),
  }),
  z.object({ type: z.literal("autofill.submitted"), posting: Posting, packet: SubmissionPacket }),
]);

export type Message = z.infer<typeof MessageSchema>;

const messageTypes = new Set<string>(MessageSchema.options.map((o) => o.shape.type.value));

/**
 * A message for the background: the parsed message, an error Result for one of its types with a bad
 * shape, or null for anything else (not addressed to the background; left for other listeners).
 */
export function parseMessage(raw: unknown): { message: Message } | { error: Result<never> } | null {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !messageTypes.has(type)) return null;
  const parsed = MessageSchema.safeParse(raw);
  if (parsed.success) return { message: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || type;
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return { error: { ok: false, error: { code: "BAD_REQUEST", message: `invalid ${type} message`, fieldErrors } } };
}

/** What each message type answers with (inside a Result). */
/** What the popup / side panel show as "couldn't sync": dead letters of the track queue, and how many still wait. */
export interface SyncProblems {
  dead: DeadTrack[];
  queued: number;
}

export interface Replies {
  trpc: unknown;
  status: ConnectionStatus;
  /** a content script (a page's Connect button) gets `{ confirm: true }` instead: see background/pending-pairing.ts */
  pair: ConnectionStatus;
  signIn: ConnectionStatus;
  signInToken: ConnectionStatus;
  signOut: ConnectionStatus;
  "capture.update": null;
  "capture.get": TabCapture | null;
  track: TrackOutcome;
  "queue.flush": { synced: number; remaining: number };
  "queue.problems": SyncProblems;
  "queue.dismiss": SyncProblems;
  "pairing.pending": { serverUrl: string; pageUrl: string } | null;
  "pairing.confirm": ConnectionStatus;
  "pairing.cancel": null;
  "sidepanel.open": null;
  "autofill.prepare": AutofillPrepared;
  "autofill.resume": { filename: string; mimeType: string; contentBase64: string };
  "autofill.saveAnswer": { saved: boolean };
  "autofill.submitted": { applicationId: string; stage: string };
}

/** What the background hands the Autofill content script: the applicant profile JSON and the resume to upload. */
export interface AutofillPrepared {
  applicant: unknown;
  resume: { id: string; filename: string } | null;
}

export type MessageOf<T extends Message["type"]> = Extract<Message, { type: T }>;
