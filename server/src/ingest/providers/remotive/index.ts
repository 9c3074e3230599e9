import { itemsOf } from "../../envelope.ts";
import { defineProvider } from "../../provider.ts";
import { REMOTIVE_API, remotivePages } from "./client.ts";
import { mapRemotive } from "./map.ts";
import { RemotiveJob, RemotiveResponse } from "./schema.ts";

export const remotive = defineProvider({
  name: "remotive",
  defaultBaseUrl: REMOTIVE_API,
  needsBoard: false,
  configError: () => null,
  pages: remotivePages,
  items: (payload) => itemsOf(RemotiveResponse, payload, (r) => r.jobs, "remotive"),
  item: RemotiveJob,
  map: mapRemotive,
});
