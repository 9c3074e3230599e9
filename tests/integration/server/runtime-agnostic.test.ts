import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// server/src/app.ts must stay a runtime-agnostic fetch handler (deployable to a serverless platform
// next to Neon): nothing it imports, transitively, may pull a Node-only module or a database driver.
// Node pieces belong in runtime.ts / node.ts and reach the app by injection.

const root = join(import.meta.dirname, "../../..");
const FORBIDDEN = /^(node:|fs$|path$|os$|child_process$|net$|http$|pg$|@electric-sql\/pglite|ws$|@hono\/node-server)/;

// Known debt, to be removed (not extended): domain code that still imports Node builtins.
const KNOWN: string[] = [];

function resolveSpec(from: string, spec: string): string | null {
  if (spec.startsWith(".")) return resolve(dirname(from), spec);
  const m = /^@vanta\/(shared|db|server)(?:\/(.*))?$/.exec(spec);
  return m ? join(root, m[1] ?? "", "src", `${m[2] ?? "index"}.ts`) : null;
}

function nodeImportsOf(entry: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, "utf8");
    // Static imports and re-exports; `import type` is erased and does not count.
    for (const m of src.matchAll(
      /^(?:import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']|^import\s+["']([^"']+)["']/gm,
    )) {
      if (m[1]) continue;
      const spec = (m[2] ?? m[3]) as string;
      const target = resolveSpec(file, spec);
      if (target) {
        if (existsSync(target)) walk(target);
      } else if (FORBIDDEN.test(spec)) {
        found.push(`${spec} <- ${relative(root, file)}`);
      }
    }
  };
  walk(join(root, entry));
  return [...new Set(found)].sort();
}

describe("the HTTP app is runtime-agnostic", () => {
  it("server/src/app.ts imports no Node-only module or driver beyond the known debt", () => {
    const found = nodeImportsOf("server/src/app.ts");
    expect(found.filter((f) => !KNOWN.includes(f))).toEqual([]);
  });

  it("the walker does see Node imports (it looks at the Node runtime)", () => {
    expect(nodeImportsOf("server/src/runtime.ts")).toContain("node:fs/promises <- server/src/runtime.ts");
  });
});
