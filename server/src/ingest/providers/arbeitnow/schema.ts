import { z } from "zod";

// Arbeitnow job board API, GET /api/job-board-api[?page=N]; the next page is `links.next`.

export const ArbeitnowResponse = z.object({
  data: z.array(z.unknown()),
  links: z.object({ next: z.string().nullish() }).partial().nullish(),
  meta: z.object({ current_page: z.number().nullish() }).partial().nullish(),
});

export const ArbeitnowJob = z.object({
  slug: z.string().min(1),
  company_name: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  remote: z.boolean().nullish(),
  url: z.string(),
  tags: z.array(z.string()).nullish(),
  job_types: z.array(z.string()).nullish(),
  location: z.string().nullish(),
  /** epoch seconds */
  created_at: z.union([z.number(), z.string()]).nullish(),
});
export type ArbeitnowJob = z.infer<typeof ArbeitnowJob>;
