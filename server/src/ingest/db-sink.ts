import type { Executor } from "@vanta/db";
import { intakePostings } from "../services/postings/intake.ts";
import type { PostingSink } from "./sink.ts";

/**
 * The database sink: the one posting intake (services/postings/intake.ts) in "feed" mode —
 * upsert by (source, source_id) / canonical URL, refreshing changed rows, then link each new
 * posting to an earlier copy of the same job, so the feed shows one card per real job.
 */
export function dbSink(db: Executor): PostingSink {
  return async (postings) => {
    const res = await intakePostings(db, postings, "feed");
    return { inserted: res.inserted, updated: res.updated, duplicates: res.duplicates };
  };
}
