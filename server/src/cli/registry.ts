import type { Command } from "./io.ts";

// One entry per command; each command lives in commands/<name>.ts and exports `command`.
// Loaded lazily so `vanta extract` does not pay for the server, the db drivers and the agents SDK.
export const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import("./commands/serve.ts")).command,
  migrate: async () => (await import("./commands/migrate.ts")).command,
  user: async () => (await import("./commands/user.ts")).command,
  pair: async () => (await import("./commands/pair.ts")).command,
  extract: async () => (await import("./commands/extract.ts")).command,
  ingest: async () => (await import("./commands/ingest.ts")).command,
  dedup: async () => (await import("./commands/dedup.ts")).command,
  rank: async () => (await import("./commands/rank.ts")).command,
  search: async () => (await import("./commands/search.ts")).command,
  digest: async () => (await import("./commands/digest.ts")).command,
  tailor: async () => (await import("./commands/tailor.ts")).command,
  "ats-score": async () => (await import("./commands/ats-score.ts")).command,
  "cover-letter": async () => (await import("./commands/cover-letter.ts")).command,
  export: async () => (await import("./commands/export.ts")).command,
  coach: async () => (await import("./commands/coach.ts")).command,
  analytics: async () => (await import("./commands/analytics.ts")).command,
  demo: async () => (await import("./commands/demo.ts")).command,
  account: async () => (await import("./commands/account.ts")).command,
  keys: async () => (await import("./commands/keys.ts")).command,
  "parse-resume": async () => (await import("./commands/parse-resume.ts")).command,
  "autofill-plan": async () => (await import("./commands/autofill-plan.ts")).command,
};
