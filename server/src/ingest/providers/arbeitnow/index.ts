import { itemsOf } from "../../envelope.ts";
import { defineProvider } from "../../provider.ts";
import { ARBEITNOW_API, arbeitnowPages } from "./client.ts";
import { mapArbeitnow } from "./map.ts";
import { ArbeitnowJob, ArbeitnowResponse } from "./schema.ts";

export const arbeitnow = defineProvider({
  name: "arbeitnow",
  defaultBaseUrl: ARBEITNOW_API,
  needsBoard: false,
  configError: () => null,
  pages: arbeitnowPages,
  items: (payload) => itemsOf(ArbeitnowResponse, payload, (r) => r.data, "arbeitnow"),
  item: ArbeitnowJob,
  map: mapArbeitnow,
});
