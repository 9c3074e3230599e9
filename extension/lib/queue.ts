import type { Posting } from "@vanta/shared/posting";

// The offline track queue: pure functions over the stored list, so the rules (dedup, backoff)
// are testable without a browser. The background persists the list in storage.local.
export interface QueuedTrack {
  /** sent as applications.track's clientRequestId: the server dedups on it, so a retry never creates twice */
  clientRequestId: string;
  posting: Posting;
  stage: string | null;
  queuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
}

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Adds a track unless the same posting URL is already waiting (two clicks while offline = one application). */
export function enqueue(queue: QueuedTrack[], item: QueuedTrack): QueuedTrack[] {
  if (queue.some((q) => q.posting.url === item.posting.url)) return queue;
  return [...queue, item];
}

/** Items to try now; `force` (server just came back) ignores the backoff. */
export function dueItems(queue: QueuedTrack[], now: number, force: boolean): QueuedTrack[] {
  return queue.filter((q) => force || q.nextAttemptAt <= now);
}

export function markFailed(queue: QueuedTrack[], id: string, now: number, error: string): QueuedTrack[] {
  return queue.map((q) =>
    q.clientRequestId === id
      ? { ...q, attempts: q.attempts + 1, nextAttemptAt: now + backoffMs(q.attempts + 1), lastError: error }
      : q,
  );
}

export function removeItem(queue: QueuedTrack[], id: string): QueuedTrack[] {
  return queue.filter((q) => q.clientRequestId !== id);
}

export function isQueued(queue: QueuedTrack[], url: string): boolean {
  return queue.some((q) => q.posting.url === url);
}
