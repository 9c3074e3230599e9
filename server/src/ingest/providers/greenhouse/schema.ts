import { z } from "zod";

// Greenhouse Job Board API, GET /v1/boards/{token}/jobs?content=true
// (fields: corpus 2-api-responses/greenhouse/greenhouse-api-docs-jobs.md).

export const GreenhouseBoard = z.object({
  jobs: z.array(z.unknown()),
  meta: z.object({ total: z.number().optional() }).nullish(),
});

export const GreenhouseJob = z.object({
  id: z.union([z.number(), z.string().min(1)]),
  title: z.string(),
  absolute_url: z.string(),
  updated_at: z.string().nullish(),
  first_published: z.string().nullish(),
  company_name: z.string().nullish(),
  location: z.object({ name: z.string().nullish() }).nullish(),
  /** entity-escaped HTML */
  content: z.string().nullish(),
  departments: z.array(z.object({ name: z.string() })).nullish(),
  offices: z.array(z.object({ name: z.string().nullish(), location: z.string().nullish() })).nullish(),
  /** custom fields the company exposes: [{name, value}] */
  metadata: z
    .array(z.object({ name: z.string().nullish(), value: z.unknown() }))
    .nullish()
    .catch(null),
  /** with ?pay_transparency=true */
  pay_input_ranges: z
    .array(
      z.object({
        min_cents: z.number().nullish(),
        max_cents: z.number().nullish(),
        currency_type: z.string().nullish(),
      }),
    )
    .nullish(),
});
export type GreenhouseJob = z.infer<typeof GreenhouseJob>;
