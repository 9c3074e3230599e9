import { z } from "zod";
import { SalaryInfo } from "../fit.ts";
import { RemoteType } from "../posting.ts";
import { Uuid } from "./common.ts";

// feed.*: the ranked "Today" feed (side panel tab). Keyset pagination: pass back `nextCursor`
// with the same filters and sort; a cursor from another sort is rejected.

export const feedSorts = ["score", "date", "salary"] as const;
export const FeedSort = z.enum(feedSorts);
export type FeedSort = z.infer<typeof FeedSort>;

export const FeedFilters = z
  .object({
    /** one workplace type or several */
    remote: z.union([RemoteType, z.array(RemoteType).min(1).max(4)]),
    /** case-insensitive substring of any posting location */
    location: z.string().trim().min(1).max(200),
    /** annual, major units; compared with the stated salary or else the estimate */
    minSalary: z.number().int().min(0).max(100_000_000),
    /** case-insensitive substring of the company name */
    company: z.string().trim().min(1).max(200),
    minScore: z.number().int().min(0).max(100),
    postedWithinDays: z.number().int().min(1).max(365),
  })
  .partial();
export type FeedFilters = z.infer<typeof FeedFilters>;

export const FeedListInput = z
  .object({
    cursor: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(50).default(20),
    filters: FeedFilters.default({}),
    sort: FeedSort.default("score"),
  })
  // feed.list() with no input is page one by score (prefault: the default goes through the schema).
  .prefault({});
export type FeedListInput = z.infer<typeof FeedListInput>;

export const FeedPosting = z.object({
  id: Uuid,
  title: z.string(),
  company: z.string(),
  locations: z.array(z.string()),
  remote: RemoteType,
  url: z.string(),
  source: z.string(),
  postedAt: z.string().nullable(),
});

export const FeedItem = z.object({
  posting: FeedPosting,
  score: z.number().int(),
  passed: z.boolean(),
  rationale: z.string().nullable(),
  /** stated salary (annual) or the estimate, flagged `estimate: true` */
  salary: SalaryInfo.nullable(),
  saved: z.boolean(),
  hidden: z.boolean(),
  viewed: z.boolean(),
});
export type FeedItem = z.infer<typeof FeedItem>;

export const FeedListOutput = z.object({ items: z.array(FeedItem), nextCursor: z.string().nullable() });
export type FeedListOutput = z.infer<typeof FeedListOutput>;

export const FeedHideInput = z.object({ postingId: Uuid, hidden: z.boolean().default(true) });
export const FeedSaveInput = z.object({ postingId: Uuid, saved: z.boolean() });
export const FeedViewInput = z.object({ postingId: Uuid });
