import { z } from "zod";

// Lever Postings API, GET /v0/postings/{site}?mode=json&skip=&limit=
// (fields: corpus 2-api-responses/lever/lever-postings-api-README-spec.md).

export const LeverList = z.array(z.unknown());

export const LeverPosting = z.object({
  id: z.string().min(1),
  text: z.string(),
  hostedUrl: z.string(),
  applyUrl: z.string().nullish(),
  createdAt: z.number().nullish(),
  country: z.string().nullish(),
  workplaceType: z.string().nullish(),
  categories: z
    .object({
      location: z.string().nullish(),
      allLocations: z.array(z.string()).nullish(),
      commitment: z.string().nullish(),
      team: z.string().nullish(),
      department: z.string().nullish(),
    })
    .nullish(),
  description: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  lists: z.array(z.object({ text: z.string().nullish(), content: z.string().nullish() })).nullish(),
  additional: z.string().nullish(),
  additionalPlain: z.string().nullish(),
  salaryRange: z
    .object({
      currency: z.string().nullish(),
      interval: z.string().nullish(),
      min: z.number().nullish(),
      max: z.number().nullish(),
    })
    .nullish(),
  salaryDescriptionPlain: z.string().nullish(),
});
export type LeverPosting = z.infer<typeof LeverPosting>;
