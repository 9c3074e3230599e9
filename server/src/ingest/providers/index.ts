import type { Provider, ProviderName } from "../provider.ts";
import { adzuna } from "./adzuna/index.ts";
import { arbeitnow } from "./arbeitnow/index.ts";
import { ashby } from "./ashby/index.ts";
import { greenhouse } from "./greenhouse/index.ts";
import { lever } from "./lever/index.ts";
import { remoteok } from "./remoteok/index.ts";
import { remotive } from "./remotive/index.ts";
import { usajobs } from "./usajobs/index.ts";

export const providers: Record<ProviderName, Provider> = {
  greenhouse,
  lever,
  ashby,
  remotive,
  arbeitnow,
  remoteok,
  usajobs,
  adzuna,
};
