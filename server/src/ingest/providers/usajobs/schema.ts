import { z } from "zod";

// USAJOBS Search API, GET /api/search (headers Authorization-Key + User-Agent)
// (shape: corpus 2-api-responses/usajobs/usajobs-search-2016.json).

export const UsajobsResponse = z.object({
  SearchResult: z.object({
    SearchResultCount: z.number().nullish(),
    SearchResultCountAll: z.number().nullish(),
    SearchResultItems: z.array(z.unknown()),
    UserArea: z
      .object({ NumberOfPages: z.union([z.string(), z.number()]).nullish() })
      .partial()
      .nullish(),
  }),
});

const Named = z.object({ Name: z.string().nullish() });

export const UsajobsItem = z.object({
  MatchedObjectId: z.union([z.string().min(1), z.number()]),
  MatchedObjectDescriptor: z.object({
    PositionID: z.string().nullish(),
    PositionTitle: z.string(),
    PositionURI: z.string(),
    ApplyURI: z.array(z.string()).nullish(),
    PositionLocation: z
      .array(
        z.object({
          LocationName: z.string().nullish(),
          CountryCode: z.string().nullish(),
          CountrySubDivisionCode: z.string().nullish(),
          CityName: z.string().nullish(),
        }),
      )
      .nullish(),
    OrganizationName: z.string(),
    DepartmentName: z.string().nullish(),
    PositionSchedule: z.array(Named).nullish(),
    PositionOfferingType: z.array(Named).nullish(),
    QualificationSummary: z.string().nullish(),
    PositionRemuneration: z
      .array(
        z.object({
          MinimumRange: z.union([z.string(), z.number()]).nullish(),
          MaximumRange: z.union([z.string(), z.number()]).nullish(),
          RateIntervalCode: z.string().nullish(),
        }),
      )
      .nullish(),
    PublicationStartDate: z.string().nullish(),
    ApplicationCloseDate: z.string().nullish(),
    UserArea: z
      .object({
        Details: z
          .object({
            JobSummary: z.string().nullish(),
            MajorDuties: z.union([z.array(z.string()), z.string()]).nullish(),
            Education: z.string().nullish(),
            Requirements: z.string().nullish(),
            WhoMayApply: z.object({ Name: z.string().nullish() }).nullish(),
          })
          .partial()
          .nullish(),
      })
      .nullish(),
  }),
});
export type UsajobsItem = z.infer<typeof UsajobsItem>;
