import { storage } from "wxt/utils/storage";
import type { DeadTrack, QueuedTrack } from "../queue.ts";

export const queueItem = storage.defineItem<QueuedTrack[]>("local:trackQueue", { fallback: [] });
/** Tracks that couldn't sync (refused for good, or dropped from a full queue), until the user dismisses them. */
export const deadTracksItem = storage.defineItem<DeadTrack[]>("local:trackDeadLetters", { fallback: [] });

// Read-modify-write of the queue must not interleave (a flush and a new track at the same time).
let chain: Promise<unknown> = Promise.resolve();
export function withQueue<T>(fn: (queue: QueuedTrack[]) => Promise<{ queue: QueuedTrack[]; result: T }>): Promise<T> {
  const next = chain.then(async () => {
    const { queue, result } = await fn(await queueItem.getValue());
    await queueItem.setValue(queue);
    return result;
  });
  chain = next.catch(() => undefined);
  return next;
}
