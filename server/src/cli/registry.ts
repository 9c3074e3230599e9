import { command as dedup } from "./commands/dedup.ts";
import { command as extract } from "./commands/extract.ts";
import { command as rank } from "./commands/rank.ts";
import type { Command } from "./io.ts";

// One entry per command; each command lives in commands/<name>.ts and exports `command`.
export const commands: Record<string, Command> = {
  rank,
  dedup,
  extract,
};
