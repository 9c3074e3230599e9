import { z } from "zod";

// RemoteOK API, GET /api: a JSON array whose first element is a legal notice
// ({last_updated, legal}), then the jobs (shape: corpus 2-api-responses/remoteok/).

export const RemoteOkResponse = z.array(z.unknown());

export const RemoteOkJob = z.object({
  id: z.union([z.string().min(1), z.number()]),
  slug: z.string().nullish(),
  epoch: z.number().nullish(),
  date: z.string().nullish(),
  company: z.string(),
  position: z.string(),
  tags: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  location: z.string().nullish(),
  salary_min: z.number().nullish(),
  salary_max: z.number().nullish(),
  url: z.string(),
  apply_url: z.string().nullish(),
});
export type RemoteOkJob = z.infer<typeof RemoteOkJob>;

/** The notice element carries `legal` and no job id. */
export const isLegalNotice = (x: unknown): boolean =>
  typeof x === "object" && x !== null && "legal" in x && !("id" in x);
