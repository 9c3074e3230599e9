import type { Posting } from "@vanta/shared/posting";
import type { Result, TrackOutcome } from "../messages.ts";
import { dueItems, enqueue, isQueued, markFailed, removeItem } from "../queue.ts";
import { sessionItem } from "../settings.ts";
import { runOperation } from "./connection.ts";
import { queueItem, withQueue } from "./queue-store.ts";

interface TrackReply {
  application: { id: string; stage: string; createdAt?: string; updatedAt?: string };
  created: boolean;
}

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
  const reply = await runOperation("applications.track", { posting, clientRequestId }, "mutation");
  if (reply.ok) {
    const data = reply.data as TrackReply;
    return { ok: true, data: { status: data.created ? "tracked" : "already", application: data.application } };
  }
  if (reply.error.code !== "UNREACHABLE") return reply;
  const now = Date.now();
  await withQueue(async (queue) => ({
    queue: enqueue(queue, {
      clientRequestId,
      posting,
      stage: null,
      queuedAt: now,
      attempts: 1,
      nextAttemptAt: now + 5_000,
      lastError: reply.error.message,
    }),
    result: null,
  }));
  return { ok: true, data: { status: "queued", application: null } };
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
    const reply = await runOperation(
      "applications.track",
      { posting: item.posting, clientRequestId: item.clientRequestId, ...(item.stage ? { stage: item.stage } : {}) },
      "mutation",
    );
    if (reply.ok) {
      synced++;
      await withQueue(async (queue) => ({ queue: removeItem(queue, item.clientRequestId), result: null }));
      continue;
    }
    await withQueue(async (queue) => ({
      queue: markFailed(queue, item.clientRequestId, Date.now(), reply.error.message),
      result: null,
    }));
    if (reply.error.code === "UNREACHABLE") break; // still down: leave the rest for the next try
  }
  return { synced, remaining: (await queueItem.getValue()).length };
}
