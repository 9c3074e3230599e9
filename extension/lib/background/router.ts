import type { Posting } from "@vanta/shared/posting";
import { browser } from "wxt/browser";
import { getCapture, saveCapture, saveFit } from "../captures.ts";
import { type Message, parseMessage, type Result } from "../messages.ts";
import { normalizeServerUrl, serverUrlItem, sessionItem } from "../settings.ts";
import { prepareAutofill, recordSubmitted, resumeFile, saveAnswer } from "./autofill.ts";
import {
  callServer,
  connectionStatus,
  forwardOperation,
  pair,
  signIn,
  signInWithToken,
  signOut,
} from "./connection.ts";
import { cancelPairing, confirmPairing, holdPairing, pendingPairing } from "./pending-pairing.ts";
import { decide, type SenderInfo, sameOrigin, senderKind } from "./sender-policy.ts";
import { openSidePanel } from "./side-panel.ts";
import { dismissProblems, flushQueue, syncProblems, trackPosting } from "./track.ts";

type Sender = { tab?: { id?: number; windowId?: number } };

const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** Dispatches one message from a UI page or content script; always answers with a Result. */
export async function handleMessage(message: Message, sender: Sender): Promise<Result<unknown>> {
  switch (message.type) {
    case "trpc": {
      const reply = await forwardOperation(message.path, message.input, message.kind);
      if (reply.ok) void flushQueue(false);
      return reply;
    }
    case "status": {
      const status = await connectionStatus();
      // The server answers again: send what was queued while it was away.
      if (status.state === "connected" && status.queued > 0) {
        await flushQueue(true);
        return ok(await connectionStatus());
      }
      return ok(status);
    }
    case "pair":
      return pair(normalizeServerUrl(message.serverUrl), message.code.trim());
    case "signIn":
      return ok(await signIn(normalizeServerUrl(message.serverUrl), message.token, message.user));
    case "signInToken":
      return signInWithToken(normalizeServerUrl(message.serverUrl), message.token.trim());
    case "signOut":
      return ok(await signOut());
    case "capture.update": {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await saveCapture(tabId, message.url, message.posting);
        if (message.posting) void prefetchFit(tabId, message.posting);
      }
      return ok(null);
    }
    case "capture.get":
      return ok(await getCapture(message.tabId));
    case "track":
      return trackPosting(message.posting);
    case "queue.flush":
      return ok(await flushQueue(true));
    case "queue.problems":
      return ok(await syncProblems());
    case "queue.dismiss":
      return ok(await dismissProblems(message.clientRequestId));
    case "pairing.pending":
      return ok(await pendingPairing());
    case "pairing.confirm":
      return confirmPairing();
    case "pairing.cancel":
      await cancelPairing();
      return ok(null);
    case "sidepanel.open":
      await openSidePanel(message.tabId ?? sender.tab?.id, sender.tab?.windowId);
      return ok(null);
    case "autofill.prepare":
      return prepareAutofill();
    case "autofill.resume":
      return resumeFile(message.id);
    case "autofill.saveAnswer":
      return saveAnswer(message.question, message.answer);
    case "autofill.submitted":
      return recordSubmitted(message.posting, message.packet);
  }
}

const forbidden = (message: string): Result<never> => ({
  ok: false,
  error: { code: "FORBIDDEN", message, fieldErrors: null },
});

/** Applies the sender policy (sender-policy.ts) before handling a message. */
export async function guarded(message: Message, sender: SenderInfo): Promise<Result<unknown>> {
  const kind = senderKind(sender, { id: browser.runtime.id, origin: browser.runtime.getURL("/") });
  // No await before handling anything else: sidePanel.open() needs the click's user gesture, which an
  // await on storage would lose. Only pairing needs the configured server.
  const pairing = message.type === "pair" || message.type === "signInToken";
  const decision = decide(message, kind, sender.url, pairing ? await serverUrlItem.getValue() : "");
  if (decision.kind === "deny") return forbidden(decision.reason);
  if (decision.kind === "confirm" && (message.type === "pair" || message.type === "signInToken"))
    return holdPairing({
      kind: message.type,
      serverUrl: message.serverUrl,
      secret: message.type === "pair" ? message.code : message.token,
      pageUrl: sender.url ?? "",
    });
  const reply = await handleMessage(message, sender);
  // A page may learn that its own posting is tracked, never the stage or dates of another site's URL.
  if (kind === "content" && message.type === "track" && reply.ok && !sameOrigin(message.posting.url, sender.url))
    return { ok: true, data: { ...(reply.data as object), application: null } };
  return reply;
}

/** Scores the posting as soon as it is captured, so the side panel shows it the moment it opens. */
async function prefetchFit(tabId: number, posting: Posting): Promise<void> {
  if (!(await sessionItem.getValue())) return;
  const reply = await callServer((api) => api.postings.capture.mutate({ posting }));
  if (reply.ok)
    await saveFit(tabId, { url: posting.url, title: posting.title, result: reply.data, at: new Date().toISOString() });
}

export function listenToMessages(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const parsed = parseMessage(raw);
    if (!parsed) return undefined;
    if ("error" in parsed) {
      sendResponse(parsed.error);
      return undefined;
    }
    const { message } = parsed;
    // sendResponse + `return true` keeps the channel open on every Chrome and Firefox version
    // (a returned promise is only honoured by recent Chrome).
    guarded(message, sender)
      .catch((error: unknown) => ({
        ok: false as const,
        error: { code: "INTERNAL", message: error instanceof Error ? error.message : String(error), fieldErrors: null },
      }))
      .then(sendResponse);
    return true;
  });
}
