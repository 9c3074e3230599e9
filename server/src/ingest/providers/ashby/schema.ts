import { z } from "zod";

// Ashby posting API, GET /posting-api/job-board/{org}?includeCompensation=true.
// One response holds the whole board under `jobs`, next to `apiVersion`.

export const AshbyBoard = z.object({
  apiVersion: z.string().nullish(),
  jobs: z.array(z.unknown()),
});

const PostalAddress = z
  .object({
    postalAddress: z
      .object({
        addressLocality: z.string().nullish(),
        addressRegion: z.string().nullish(),
        addressCountry: z.string().nullish(),
      })
      .nullish(),
  })
  .nullish();

const CompensationComponent = z.object({
  compensationType: z.string().nullish(),
  interval: z.string().nullish(),
  currencyCode: z.string().nullish(),
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
});

export const AshbyJob = z.object({
  id: z.string().min(1),
  title: z.string(),
  jobUrl: z.string(),
  applyUrl: z.string().nullish(),
  department: z.string().nullish(),
  team: z.string().nullish(),
  employmentType: z.string().nullish(),
  location: z.string().nullish(),
  secondaryLocations: z.array(z.object({ location: z.string().nullish(), address: PostalAddress })).nullish(),
  address: PostalAddress,
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  publishedAt: z.string().nullish(),
  isListed: z.boolean().nullish(),
  descriptionHtml: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  compensation: z
    .object({
      scrapeableCompensationSalarySummary: z.string().nullish(),
      compensationTierSummary: z.string().nullish(),
      summaryComponents: z.array(CompensationComponent).nullish(),
    })
    .nullish(),
});
export type AshbyJob = z.infer<typeof AshbyJob>;
