import { z } from "zod";

// Remotive public API, GET /api/remote-jobs[?search=&category=]
// (shape: corpus 2-api-responses/remotive/remotive-api-capture-b.json).

export const RemotiveResponse = z.object({
  "job-count": z.number().optional(),
  jobs: z.array(z.unknown()),
});

export const RemotiveJob = z.object({
  id: z.union([z.number(), z.string().min(1)]),
  url: z.string(),
  title: z.string(),
  company_name: z.string(),
  category: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  job_type: z.string().nullish(),
  publication_date: z.string().nullish(),
  candidate_required_location: z.string().nullish(),
  /** free text: "$170k - $200k", "up to $19/hour", "" */
  salary: z.string().nullish(),
  description: z.string().nullish(),
});
export type RemotiveJob = z.infer<typeof RemotiveJob>;
