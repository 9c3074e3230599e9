import { itemsOf } from "../../envelope.ts";
import { defineProvider } from "../../provider.ts";
import { GREENHOUSE_API, greenhousePages } from "./client.ts";
import { mapGreenhouse } from "./map.ts";
import { GreenhouseBoard, GreenhouseJob } from "./schema.ts";

export const greenhouse = defineProvider({
  name: "greenhouse",
  defaultBaseUrl: GREENHOUSE_API,
  needsBoard: true,
  configError: () => null,
  pages: greenhousePages,
  items: (payload) => itemsOf(GreenhouseBoard, payload, (b) => b.jobs, "greenhouse"),
  item: GreenhouseJob,
  map: mapGreenhouse,
});
