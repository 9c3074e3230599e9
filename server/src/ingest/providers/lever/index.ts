import { itemsOf } from "../../envelope.ts";
import { defineProvider } from "../../provider.ts";
import { LEVER_API, leverPages } from "./client.ts";
import { mapLever } from "./map.ts";
import { LeverList, LeverPosting } from "./schema.ts";

export const lever = defineProvider({
  name: "lever",
  defaultBaseUrl: LEVER_API,
  needsBoard: true,
  configError: () => null,
  pages: leverPages,
  items: (payload) => itemsOf(LeverList, payload, (l) => l, "lever"),
  item: LeverPosting,
  map: mapLever,
});
