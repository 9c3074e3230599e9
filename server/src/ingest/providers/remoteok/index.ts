import { itemsOf } from "../../envelope.ts";
import { defineProvider } from "../../provider.ts";
import { REMOTEOK_API, remoteOkPages } from "./client.ts";
import { mapRemoteOk } from "./map.ts";
import { isLegalNotice, RemoteOkJob, RemoteOkResponse } from "./schema.ts";

export const remoteok = defineProvider({
  name: "remoteok",
  defaultBaseUrl: REMOTEOK_API,
  needsBoard: false,
  configError: () => null,
  pages: remoteOkPages,
  items: (payload) => itemsOf(RemoteOkResponse, payload, (arr) => arr.filter((x) => !isLegalNotice(x)), "remoteok"),
  item: RemoteOkJob,
  map: mapRemoteOk,
});
