import { z } from "zod";

// Adzuna search API, GET /v1/api/jobs/{country}/search/{page}?app_id&app_key.

export const AdzunaResponse = z.object({
  count: z.number().nullish(),
  results: z.array(z.unknown()),
});

export const AdzunaJob = z.object({
  id: z.union([z.string().min(1), z.number()]),
  title: z.string(),
  description: z.string().nullish(),
  created: z.string().nullish(),
  redirect_url: z.string(),
  company: z.object({ display_name: z.string().nullish() }).nullish(),
  location: z.object({ display_name: z.string().nullish(), area: z.array(z.string()).nullish() }).nullish(),
  salary_min: z.number().nullish(),
  salary_max: z.number().nullish(),
  /** "1" when Adzuna estimated the salary rather than the employer stating it */
  salary_is_predicted: z.union([z.string(), z.number()]).nullish(),
  contract_time: z.string().nullish(),
  contract_type: z.string().nullish(),
  category: z.object({ label: z.string().nullish(), tag: z.string().nullish() }).nullish(),
});
export type AdzunaJob = z.infer<typeof AdzunaJob>;
