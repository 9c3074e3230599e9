import type { Database } from "@vanta/db";
import {
  claimDailyRun,
  findDailyRun,
  finishDailyRun,
  isReclaimable,
  markSearchesRun,
} from "@vanta/db/queries/daily-search";
import { lastEventAt } from "@vanta/db/queries/events";
import { ensureProfile } from "@vanta/db/queries/profiles";
import { listSearches } from "@vanta/db/queries/searches";
import { titleClassifier } from "@vanta/shared/normalize/classify";
import { isLocalBoard, loadLocalBoard } from "../../demo/boards.ts";
import { dbSink } from "../../ingest/db-sink.ts";
import type { HttpOptions } from "../../ingest/http.ts";
import type { Env, SourceSpec } from "../../ingest/provider.ts";
import { runIngest, type SourceResult } from "../../ingest/run.ts";
import type { PostingSink } from "../../ingest/sink.ts";
import type { Logger } from "../../log.ts";
import { nextRun } from "../../ports/scheduler/next-run.ts";
import { wallClock } from "../../ports/scheduler/time-zone.ts";
import type { DigestSummary } from "../digest/send.ts";
import { refreshFeed } from "../feed/refresh.ts";
import { digestCron } from "../profile/view.ts";
import type { SourceCache } from "./source-cache.ts";
import { type BaseUrls, keywordFilter, sourcesForSearches } from "./sources.ts";

// The daily Job Scout run for one user: saved searches → sources → ingest into job_postings →
// the feed's scorer for this user → a "search_run" event. Once per user per local day.

export interface DailySearchDeps {
  db: Database;
  log: Logger;
  /** provider credentials (USAJOBS_*, ADZUNA_*) */
  env: Env;
  /** per-provider API base URLs (tests point them at a local replay server) */
  baseUrls?: BaseUrls;
  http?: Partial<HttpOptions>;
  now?: () => Date;
  /** sends the day's digest once the run completed (the job endpoint passes it; absent: no digest) */
  digest?: (userId: string) => Promise<DigestSummary>;
  /** sources ingested recently by this process are not fetched again (shared boards serve every user) */
  sourceCache?: SourceCache;
  /** runs the coach for the day before the digest, so due tasks make it into the digest (absent: no coach) */
  coach?: (userId: string, localDay: string) => Promise<{ created: unknown[]; existing: number }>;
}

export interface SourceError {
  provider: string;
  board: string | null;
  /** "unreachable" for network failures and timeouts, else the ingest error code */
  code: string;
  message: string;
}

export interface DailySearchSummary {
  status: "ok" | "partial" | "unreachable" | "already_ran" | "no_searches";
  userId: string;
  localDay: string | null;
  searches: number;
  sources: number;
  fetched: number;
  inserted: number;
  updated: number;
  filtered: number;
  scored: number;
  errors: SourceError[];
  nextRunAt: string | null;
  eventId: string | null;
  /** what the digest did after the run: sent, or why not (e.g. nothing_new); absent when not asked */
  digest?: DigestSummary | { error: string };
  /** tasks the coach created for the day (and how many it already had); absent when not asked */
  coach?: { created: number; existing: number } | { error: string };
}

// refreshFeed scores 200 at a time; a daily run of a few boards stays far below this many batches.
const MAX_SCORE_BATCHES = 50;
const FIRST_LOOKBACK_MS = 14 * 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, "0");

const errorOf = (s: SourceResult): SourceError => ({
  provider: s.provider,
  board: s.board,
  code: s.errorCode === "network" || s.errorCode === "timeout" ? "unreachable" : (s.errorCode ?? "error"),
  message: s.error ?? "failed",
});

export async function runDailySearch(
  deps: DailySearchDeps,
  input: {
    userId: string;
    searchId?: string /** replay a given local day (YYYY-MM-DD); default: today's */;
    localDay?: string;
  },
): Promise<DailySearchSummary> {
  const { db } = deps;
  const { userId } = input;
  const now = deps.now ? deps.now() : new Date();
  const empty: DailySearchSummary = {
    status: "no_searches",
    userId,
    localDay: null,
    searches: 0,
    sources: 0,
    fetched: 0,
    inserted: 0,
    updated: 0,
    filtered: 0,
    scored: 0,
    errors: [],
    nextRunAt: null,
    eventId: null,
  };
  const searches = (await listSearches(db, userId)).filter(
    (s) => s.enabled && (!input.searchId || s.id === input.searchId),
  );
  if (searches.length === 0) return empty;

  const profile = await ensureProfile(db, userId);
  const wall = wallClock(profile.timezone, now.getTime());
  const localDay = input.localDay ?? `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  const next = nextRun(digestCron(profile), profile.timezone, now);
  const base = { ...empty, localDay, searches: searches.length, nextRunAt: next?.toISOString() ?? null };

  const previous = await findDailyRun(db, userId, localDay);
  if (previous && !isReclaimable(previous.props, now))
    return { ...base, ...pickCounts(previous.props), status: "already_ran", eventId: previous.id };
  // The claim sits at the feed's current watermark, so it never hides postings not yet scored.
  const watermark = (await lastEventAt(db, userId, "search_run")) ?? new Date(now.getTime() - FIRST_LOOKBACK_MS);
  const claim = await claimDailyRun(
    db,
    {
      userId,
      localDay,
      occurredAt: watermark,
      props: { status: "running", startedAt: now.toISOString() },
    },
    now,
  );
  if (!claim) {
    const again = await findDailyRun(db, userId, localDay);
    return { ...base, ...pickCounts(again?.props ?? {}), status: "already_ran", eventId: again?.id ?? null };
  }
  try {
    return await runClaimed(deps, { userId, searches, localDay, now, next, base, claimId: claim.id });
  } catch (err) {
    // Mark the claim failed so the scheduler's retry re-claims the day instead of answering already_ran;
    // the error is rethrown so the job endpoint answers 5xx and the scheduler does retry.
    const message = err instanceof Error ? err.message : String(err);
    deps.log.error("daily search failed", { userId, localDay, err });
    try {
      await finishDailyRun(db, userId, claim.id, {
        status: "failed",
        error: message,
        failedAt: new Date().toISOString(),
      });
    } catch (markErr) {
      // the database itself may be what failed; the claim then turns stale and is re-claimed later
      deps.log.error("daily search: could not mark the run failed", { userId, localDay, err: markErr });
    }
    throw err;
  }
}

async function runClaimed(
  deps: DailySearchDeps,
  run: {
    userId: string;
    searches: Awaited<ReturnType<typeof listSearches>>;
    localDay: string;
    now: Date;
    next: Date | null;
    base: DailySearchSummary;
    claimId: string;
  },
): Promise<DailySearchSummary> {
  const { db } = deps;
  const { userId, searches, localDay, now, next, base } = run;
  const claim = { id: run.claimId };

  const keep = keywordFilter(searches);
  const inner = dbSink(db);
  let filtered = 0;
  const sink: PostingSink = async (batch) => {
    const kept = batch.filter(keep);
    filtered += batch.length - kept.length;
    return kept.length ? inner(kept) : { inserted: 0, updated: 0, duplicates: 0 };
  };
  const wanted = sourcesForSearches(searches, deps.env, deps.baseUrls);
  const sources = await withLocalPayloads(
    wanted.filter((s) => !deps.sourceCache?.fresh(s, now)),
    now,
  );
  const summary = await runIngest({
    sources,
    sink,
    env: deps.env,
    classify: titleClassifier,
    http: { retries: 1, ...deps.http },
    now,
  });

  let scored = 0;
  for (let i = 0; i < MAX_SCORE_BATCHES; i++) {
    const r = await refreshFeed({ db, userId, now: () => now });
    scored += r.scored;
    // (a short batch means nothing is left: the empty query that would confirm it is saved)
    if (r.scored === 0 || !r.more) break;
  }

  // runIngest reports one result per source, in order
  sources.forEach((spec, i) => {
    if (summary.sources[i]?.ok) deps.sourceCache?.mark(spec, now);
  });
  const errors = summary.sources.filter((s) => !s.ok).map(errorOf);
  const status: DailySearchSummary["status"] =
    errors.length === 0 ? "ok" : errors.length === sources.length ? "unreachable" : "partial";
  const result: DailySearchSummary = {
    ...base,
    status,
    sources: sources.length,
    fetched: summary.fetched,
    inserted: summary.inserted,
    updated: summary.updated,
    filtered,
    scored,
    errors,
    eventId: claim.id,
  };
  if (deps.coach) result.coach = await tryCoach(deps.coach, deps.log, userId, localDay);
  if (deps.digest) result.digest = await tryDigest(deps.digest, deps.log, userId);
  await finishDailyRun(db, userId, claim.id, {
    status,
    searchIds: searches.map((s) => s.id),
    sources: result.sources,
    fetched: result.fetched,
    inserted: result.inserted,
    updated: result.updated,
    filtered,
    scored,
    errors,
    durationMs: summary.durationMs,
    digest: result.digest,
    coach: result.coach,
  });
  await markSearchesRun(
    db,
    userId,
    searches.map((s) => s.id),
    now,
    next,
  );
  deps.log.info("daily search done", { userId, localDay, status, inserted: result.inserted, scored });
  return result;
}

/** Local (demo) boards carry their saved body; an unknown one gets an empty body and is recorded as failed. */
async function withLocalPayloads(sources: SourceSpec[], now: Date): Promise<SourceSpec[]> {
  return Promise.all(
    sources.map(async (s) => (isLocalBoard(s.board) ? ((await loadLocalBoard(s, now)) ?? { ...s, payload: {} }) : s)),
  );
}

/** A digest failure is logged and recorded, never fails the run (the postings stay for the next digest). */
async function tryDigest(
  digest: (userId: string) => Promise<DigestSummary>,
  log: Logger,
  userId: string,
): Promise<DigestSummary | { error: string }> {
  try {
    return await digest(userId);
  } catch (err) {
    log.error("digest after daily search failed", { userId, err });
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** Like the digest, a coach failure is logged and recorded; the run's postings are already stored. */
async function tryCoach(
  coach: NonNullable<DailySearchDeps["coach"]>,
  log: Logger,
  userId: string,
  localDay: string,
): Promise<{ created: number; existing: number } | { error: string }> {
  try {
    const r = await coach(userId, localDay);
    return { created: r.created.length, existing: r.existing };
  } catch (err) {
    log.error("coach after daily search failed", { userId, err });
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** The counts of an earlier run of the same day, for an idempotent answer to a repeat delivery. */
function pickCounts(props: Record<string, unknown>): Partial<DailySearchSummary> {
  const num = (k: string) => (typeof props[k] === "number" ? (props[k] as number) : 0);
  return {
    sources: num("sources"),
    fetched: num("fetched"),
    inserted: num("inserted"),
    updated: num("updated"),
    filtered: num("filtered"),
    scored: num("scored"),
    errors: Array.isArray(props.errors) ? (props.errors as SourceError[]) : [],
  };
}
