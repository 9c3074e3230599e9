import type { Posting } from "@vanta/shared/posting";
import type { Result, TrackOutcome } from "../messages.ts";
import {
  addDead,
  type DeadTrack,
  dueItems,
  enqueueBounded,
  isQueued,
  isTransient,
  markFailed,
  removeItem,
  toDead,
} from "../queue.ts";
import { sessionItem } from "../settings.ts";
import { callServer } from "./connection.ts";
import { deadTracksItem, queueItem, withQueue } from "./queue-store.ts";

/** One click on Track: send now, or queue when the server is unreachable (synced later, exactly once). */
export async function trackPosting(posting: Posting): Promise<Result<TrackOutcome>> {
  if (!(await sessionItem.getValue())) {
    return {
      ok: false,
      error: { code: "UNAUTHORIZED", message: "Pair the extension first (Options)", fieldErrors: null },
    };
  }
  if (isQueued(await queueItem.getValue(), posting.url))
    return { ok: true, data: { status: "queued", application: null } };
  const clientRequestId = crypto.randomUUID();
  const reply = await callServer((api) => api.applications.track.mutate({ posting, clientRequestId }));
  if (reply.ok) {
    const { created, application } = reply.data;
    return { ok: true, data: { status: created ? "tracked" : "already", application } };
  }
  // A refusal (bad posting, forbidden…) is shown to the user now; "not now" answers are queued.
  if (!isTransient(reply.error.code)) return reply;
  const now = Date.now();
  await withQueue(async (queue) => {
    const { queue: next, dropped } = enqueueBounded(
      queue,
      {
        clientRequestId,
        posting,
        stage: null,
        queuedAt: now,
        attempts: 1,
        nextAttemptAt: now + 5_000,
        lastError: reply.error.message,
      },
      now,
    );
    await deadLetter(dropped);
    return { queue: next, result: null };
  });
  return { ok: true, data: { status: "queued", application: null } };
}

/** Records tracks that couldn't sync; called inside withQueue, so it never interleaves with a flush. */
async function deadLetter(items: DeadTrack[]): Promise<void> {
  if (items.length === 0) return;
  await deadTracksItem.setValue(addDead(await deadTracksItem.getValue(), items));
}

/** The "couldn't sync" list for the popup / side panel (background message queue.problems). */
export async function syncProblems(): Promise<{ dead: DeadTrack[]; queued: number }> {
  return { dead: await deadTracksItem.getValue(), queued: (await queueItem.getValue()).length };
}

/** Dismisses one dead letter (by clientRequestId) or all of them. */
export async function dismissProblems(clientRequestId?: string): Promise<{ dead: DeadTrack[]; queued: number }> {
  await withQueue(async (queue) => {
    const dead = await deadTracksItem.getValue();
    await deadTracksItem.setValue(clientRequestId ? dead.filter((d) => d.clientRequestId !== clientRequestId) : []);
    return { queue, result: null };
  });
  return syncProblems();
}

let flushing: Promise<{ synced: number; remaining: number }> | null = null;

/** Sends queued tracks; `force` ignores backoff (the server just answered). One flush at a time. */
export function flushQueue(force: boolean): Promise<{ synced: number; remaining: number }> {
  if (!flushing) flushing = doFlush(force).finally(() => (flushing = null));
  return flushing;
}

async function doFlush(force: boolean) {
  let synced = 0;
  if (!(await sessionItem.getValue())) return { synced, remaining: (await queueItem.getValue()).length };
  for (const item of dueItems(await queueItem.getValue(), Date.now(), force)) {
    const reply = await callServer((api) =>
      api.applications.track.mutate({
        posting: item.posting,
        clientRequestId: item.clientRequestId,
        ...(item.stage ? { stage: item.stage } : {}),
      }),
    );
    if (reply.ok) {
      synced++;
      await withQueue(async (queue) => ({ queue: removeItem(queue, item.clientRequestId), result: null }));
      continue;
    }
    if (!isTransient(reply.error.code)) {
      // Refused for good: retrying would fail forever. Out of the queue, into "couldn't sync".
      await withQueue(async (queue) => {
        const current = queue.find((q) => q.clientRequestId === item.clientRequestId);
        if (current) await deadLetter([toDead(current, reply.error.code, reply.error.message, Date.now())]);
        return { queue: removeItem(queue, item.clientRequestId), result: null };
      });
      continue;
    }
    await withQueue(async (queue) => ({
      queue: markFailed(queue, item.clientRequestId, Date.now(), reply.error.message),
      result: null,
    }));
    // still down (server or its database): leave the rest for the next try
    if (reply.error.code === "UNREACHABLE" || reply.error.code === "SERVICE_UNAVAILABLE") break;
  }
  return { synced, remaining: (await queueItem.getValue()).length };
}
