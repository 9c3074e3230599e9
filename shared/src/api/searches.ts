import { z } from "zod";
import { IsoDateTime, Uuid } from "./common.ts";

// searches.*: saved searches; ingestion reads their boards/keywords, the scheduler their cron.

export const BoardRef = z.object({
  provider: z.string().trim().min(1).max(50),
  board: z.string().trim().min(1).max(200),
});

const Term = z.string().trim().min(1).max(200);

export const SearchFields = z.object({
  name: z.string().trim().min(1).max(200),
  keywords: z.array(Term).max(50).default([]),
  locations: z.array(Term).max(50).default([]),
  boards: z.array(BoardRef).max(100).default([]),
  remote: z.boolean().nullable().default(null),
  /** annual, major units */
  minSalary: z.number().int().min(0).max(100_000_000).nullable().default(null),
  enabled: z.boolean().default(true),
});

export const SearchCreateInput = SearchFields;
export type SearchCreateInput = z.infer<typeof SearchCreateInput>;

export const SearchUpdateInput = z
  .object({
    id: Uuid,
    name: SearchFields.shape.name,
    keywords: z.array(Term).max(50),
    locations: z.array(Term).max(50),
    boards: z.array(BoardRef).max(100),
    remote: z.boolean().nullable(),
    minSalary: z.number().int().min(0).max(100_000_000).nullable(),
    enabled: z.boolean(),
  })
  .partial()
  .required({ id: true });
export type SearchUpdateInput = z.infer<typeof SearchUpdateInput>;

export const SearchDeleteInput = z.object({ id: Uuid });

export const SavedSearch = z.object({
  id: Uuid,
  name: z.string(),
  keywords: z.array(z.string()),
  locations: z.array(z.string()),
  boards: z.array(BoardRef),
  remote: z.boolean().nullable(),
  minSalary: z.number().nullable(),
  enabled: z.boolean(),
  /** "M H * * *" from the user's digest time, interpreted in `timezone` */
  cron: z.string(),
  timezone: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type SavedSearch = z.infer<typeof SavedSearch>;
