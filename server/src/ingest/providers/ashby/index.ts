import { itemsOf } from "../../envelope.ts";
import { defineProvider } from "../../provider.ts";
import { ASHBY_API, ashbyPages } from "./client.ts";
import { mapAshby } from "./map.ts";
import { AshbyBoard, AshbyJob } from "./schema.ts";

export const ashby = defineProvider({
  name: "ashby",
  defaultBaseUrl: ASHBY_API,
  needsBoard: true,
  configError: () => null,
  pages: ashbyPages,
  items: (payload) => itemsOf(AshbyBoard, payload, (b) => b.jobs, "ashby"),
  item: AshbyJob,
  map: mapAshby,
});
