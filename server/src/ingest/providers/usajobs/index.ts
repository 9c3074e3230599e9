import { itemsOf } from "../../envelope.ts";
import { defineProvider } from "../../provider.ts";
import { USAJOBS_API, usajobsConfigError, usajobsPages } from "./client.ts";
import { mapUsajobs } from "./map.ts";
import { UsajobsItem, UsajobsResponse } from "./schema.ts";

export const usajobs = defineProvider({
  name: "usajobs",
  defaultBaseUrl: USAJOBS_API,
  needsBoard: false,
  configError: usajobsConfigError,
  pages: usajobsPages,
  items: (payload) => itemsOf(UsajobsResponse, payload, (r) => r.SearchResult.SearchResultItems, "usajobs"),
  item: UsajobsItem,
  map: mapUsajobs,
});
