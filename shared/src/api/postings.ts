import { z } from "zod";
import { FitResult } from "../fit.ts";
import { Posting, RemoteType, Salary } from "../posting.ts";
import { Stage } from "../stages.ts";
import { IsoDateTime, Uuid } from "./common.ts";

// postings.capture / postings.get / postings.fit: what the side panel calls when it opens on a job page.

export const CaptureInput = z.object({ posting: Posting });
export type CaptureInput = z.infer<typeof CaptureInput>;

/** The tracked application of a posting, when there is one ("Tracked · Applied · 3 days ago"). */
export const ApplicationBrief = z.object({
  id: Uuid,
  stage: Stage,
  createdAt: IsoDateTime,
  stageChangedAt: IsoDateTime,
});
export type ApplicationBrief = z.infer<typeof ApplicationBrief>;

export const CaptureOutput = z.object({
  postingId: Uuid,
  fit: FitResult,
  application: ApplicationBrief.nullable(),
});
export type CaptureOutput = z.infer<typeof CaptureOutput>;

export const PostingGetInput = z.object({ id: Uuid });
export const PostingFitInput = z.object({ postingId: Uuid });

/** A stored posting as the API shows it; salary in major units per the posting's own period. */
export const PostingView = z.object({
  id: Uuid,
  title: z.string(),
  company: z.string(),
  locations: z.array(z.string()),
  remote: RemoteType,
  employmentType: z.string().nullable(),
  salary: Salary.nullable(),
  description: z.string(),
  postedAt: z.string().nullable(),
  closed: z.boolean(),
  source: z.string(),
  sourceId: z.string().nullable(),
  url: z.string(),
  firstSeenAt: IsoDateTime,
});
export type PostingView = z.infer<typeof PostingView>;

export const PostingFitOutput = z.object({ postingId: Uuid, fit: FitResult, computedAt: IsoDateTime });
export type PostingFitOutput = z.infer<typeof PostingFitOutput>;
