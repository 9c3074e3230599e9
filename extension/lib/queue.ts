import type { TrackStage } from "@vanta/shared/api/applications";
import type { Posting } from "@vanta/shared/posting";

// The offline track queue: pure functions over the stored list, so the rules (dedup, backoff)
// are testable without a browser. The background persists the list in storage.local.
export interface QueuedTrack {
  /** sent as applications.track's clientRequestId: the server dedups on it, so a retry never creates twice */
  clientRequestId: string;
  posting: Posting;
  /** sent as applications.track's stage (the router's TrackStage); null for the server's default */
  stage: TrackStage | null;
  queuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
}

/**
 * A track the queue gave up on, kept so the user sees it ("couldn't sync") instead of losing it: the
 * server refused it for good (a 4xx), or the queue was full and it was the oldest.
 */
export interface DeadTrack {
  clientRequestId: string;
  posting: Posting;
  /** the server's error code (BAD_REQUEST, FORBIDDEN…) or QUEUE_FULL */
  code: string;
  reason: string;
  attempts: number;
  queuedAt: number;
  failedAt: number;
}

/** At most this many tracks wait; a new one beyond it pushes the oldest into the dead letters. */
export const MAX_QUEUE = 500;
/** The dead letters the user has not dismissed; the oldest go first beyond this. */
export const MAX_DEAD = 200;

// Answers that say "not now" (the server, its database or the network is away, or we went too fast):
// retried with backoff. Every other error code is the server refusing this track for good.
// UNAUTHORIZED waits too: the track syncs once the extension is paired again.
const TRANSIENT = new Set([
  "UNREACHABLE",
  "INTERNAL_SERVER_ERROR",
  "SERVICE_UNAVAILABLE",
  "BAD_GATEWAY",
  "GATEWAY_TIMEOUT",
  "TIMEOUT",
  "TOO_MANY_REQUESTS",
  "CLIENT_CLOSED_REQUEST",
  "UNAUTHORIZED",
  "INTERNAL",
]);

/** Whether an error code is worth retrying (queue it) rather than a permanent refusal (dead letter). */
export function isTransient(code: string): boolean {
  return TRANSIENT.has(code);
}

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Adds a track unless the same posting URL is already waiting (two clicks while offline = one application). */
export function enqueue(queue: QueuedTrack[], item: QueuedTrack): QueuedTrack[] {
  return enqueueBounded(queue, item, item.queuedAt).queue;
}

/** enqueue, bounded at `max`: the oldest items beyond it come back as dead letters (reason: queue full). */
export function enqueueBounded(
  queue: QueuedTrack[],
  item: QueuedTrack,
  now: number,
  max = MAX_QUEUE,
): { queue: QueuedTrack[]; dropped: DeadTrack[] } {
  if (queue.some((q) => q.posting.url === item.posting.url)) return { queue, dropped: [] };
  const next = [...queue, item].sort((a, b) => a.queuedAt - b.queuedAt);
  const over = Math.max(0, next.length - max);
  const dropped = next
    .slice(0, over)
    .map((q) => toDead(q, "QUEUE_FULL", `More than ${max} tracks waited to sync; the oldest was set aside`, now));
  return { queue: next.slice(over), dropped };
}

export function toDead(q: QueuedTrack, code: string, reason: string, now: number): DeadTrack {
  return {
    clientRequestId: q.clientRequestId,
    posting: q.posting,
    code,
    reason,
    attempts: q.attempts,
    queuedAt: q.queuedAt,
    failedAt: now,
  };
}

/** Appends dead letters (one per clientRequestId), keeping the newest `max`. */
export function addDead(dead: DeadTrack[], more: DeadTrack[], max = MAX_DEAD): DeadTrack[] {
  const ids = new Set(more.map((d) => d.clientRequestId));
  const next = [...dead.filter((d) => !ids.has(d.clientRequestId)), ...more];
  return next.slice(Math.max(0, next.length - max));
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
