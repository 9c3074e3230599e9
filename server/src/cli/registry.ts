import { command as dedup } from "./commands/dedup.ts";
import { command as extract } from "./commands/extract.ts";
import { command as ingest } from "./commands/ingest.ts";
import { command as migrate } from "./commands/migrate.ts";
import { command as pair } from "./commands/pair.ts";
import { command as rank } from "./commands/rank.ts";
import { command as serve } from "./commands/serve.ts";
import { command as user } from "./commands/user.ts";
import type { Command } from "./io.ts";

// One entry per command; each command lives in commands/<name>.ts and exports `command`.
export const commands: Record<string, Command> = {
  serve,
  migrate,
  user,
  pair,
  rank,
  dedup,
  extract,
  ingest,
};
