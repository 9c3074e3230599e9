// `pnpm eval <name>` runs tests/scripts/eval/<name>.ts (each prints its own figures).
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "eval");
const available = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.includes(".lib."))
  .map((f) => f.replace(/\.ts$/, ""));
const [name, ...rest] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`usage: pnpm eval <${available.join("|")}>`);
  process.exit(2);
}
const mod = (await import(join(dir, `${name}.ts`))) as { main(args: string[]): Promise<void> };
await mod.main(rest);
