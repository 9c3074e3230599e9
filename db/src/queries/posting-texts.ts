import { desc } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { jobPostings } from "../schema/postings.ts";

/**
 * Title and description of the most recently seen postings (shared data, not per user): the
 * collection whose document frequencies text relevance (BM25) is computed over.
 */
export async function recentPostingTexts(
  db: Executor,
  limit: number,
): Promise<Array<{ title: string; description: string }>> {
  return db
    .select({ title: jobPostings.title, description: jobPostings.description })
    .from(jobPostings)
    .orderBy(desc(jobPostings.lastSeenAt))
    .limit(limit);
}
