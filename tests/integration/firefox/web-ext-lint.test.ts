import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";

// The Firefox build (MV2, sidebar_action) must pass Mozilla's own linter with zero errors.
const root = resolve(import.meta.dirname, "../../..");
const dir = join(root, ".output/firefox-mv2");

test("web-ext lint finds no errors in the Firefox build", () => {
  if (!existsSync(join(dir, "manifest.json")))
    throw new Error(`No Firefox build at ${dir}: run \`pnpm build:ext\` first`);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  expect(manifest.sidebar_action?.default_panel).toBe("sidepanel.html");
  expect(manifest.browser_specific_settings?.gecko?.id).toBeTruthy();

  const run = spawnSync(
    join(root, "node_modules/.bin/web-ext"),
    ["lint", "--source-dir", dir, "--output", "json", "--no-input"],
    {
      encoding: "utf8",
      // The linter works offline; skip the update notifier (a registry request) and any
      // web-ext config files lying around on the machine.
      env: { ...process.env, NO_UPDATE_NOTIFIER: "1", WEB_EXT_NO_CONFIG_DISCOVERY: "true" },
      timeout: 120_000,
    },
  );
  const jsonStart = run.stdout.indexOf("{");
  expect(jsonStart, `web-ext printed no JSON: ${run.stdout}${run.stderr}`).toBeGreaterThanOrEqual(0);
  const report = JSON.parse(run.stdout.slice(jsonStart)) as {
    errors: { code: string; message: string; file?: string }[];
    warnings: unknown[];
  };
  expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ""})`)).toEqual([]);
});
