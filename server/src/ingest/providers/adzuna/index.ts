import { itemsOf } from "../../envelope.ts";
import { defineProvider } from "../../provider.ts";
import { ADZUNA_API, adzunaConfigError, adzunaPages } from "./client.ts";
import { mapAdzuna } from "./map.ts";
import { AdzunaJob, AdzunaResponse } from "./schema.ts";

export const adzuna = defineProvider({
  name: "adzuna",
  defaultBaseUrl: ADZUNA_API,
  needsBoard: false,
  configError: adzunaConfigError,
  pages: adzunaPages,
  items: (payload) => itemsOf(AdzunaResponse, payload, (r) => r.results, "adzuna"),
  item: AdzunaJob,
  map: mapAdzuna,
});
