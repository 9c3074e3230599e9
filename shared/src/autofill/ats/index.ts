import type { AtsAdapter } from "../adapter.ts";
import { ashby } from "./ashby/index.ts";
import { generic } from "./generic/index.ts";
import { greenhouse } from "./greenhouse/index.ts";
import { icims } from "./icims/index.ts";
import { lever } from "./lever/index.ts";
import { smartrecruiters } from "./smartrecruiters/index.ts";
import { successfactors } from "./successfactors/index.ts";
import { teamtailor } from "./teamtailor/index.ts";
import { workday } from "./workday/index.ts";

/** ATS adapters, tried by URL first, then by markup signature; `generic` is the fallback. */
export const atsAdapters: readonly AtsAdapter[] = [
  greenhouse,
  lever,
  ashby,
  workday,
  smartrecruiters,
  icims,
  successfactors,
  teamtailor,
];
export const genericAdapter = generic;
