#!/usr/bin/env node
// Runs on the machine's Node 20 before Node 22 exists, so: Node builtins only.
// `npm start` / `npm test` call it. It installs the pinned pnpm + Node 22 (from the
// npm registry, as devDependencies), then hands over to pnpm scripts running on Node 22.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PNPM_VERSION = "10.34.8"; // keep equal to package.json packageManager + devDependency
const root = dirname(fileURLToPath(import.meta.url));
const command = process.argv[2] ?? "start";

function log(msg) {
  process.stderr.write(`[vanta] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function lockStamp() {
  const h = createHash("sha256");
  for (const f of ["pnpm-lock.yaml", "package.json", "pnpm-workspace.yaml"]) {
    if (existsSync(join(root, f))) h.update(readFileSync(join(root, f)));
  }
  return h.digest("hex");
}

function ensureInstalled() {
  const stampFile = join(root, "node_modules", ".vanta-install-stamp");
  const node22 = join(root, "node_modules", "node", "bin", "node");
  const want = lockStamp();
  if (existsSync(stampFile) && existsSync(node22) && readFileSync(stampFile, "utf8") === want) return;
  log(`installing dependencies with pnpm ${PNPM_VERSION} (Node 22 comes from the npm package 'node')…`);
  const frozen = existsSync(join(root, "pnpm-lock.yaml")) ? ["--frozen-lockfile"] : [];
  const status = run("npx", ["-y", `pnpm@${PNPM_VERSION}`, "install", ...frozen], {
    env: { ...process.env, npm_config_yes: "true" },
  });
  if (status !== 0) {
    log("dependency install failed (see above)");
    process.exit(status);
  }
  if (!existsSync(node22)) {
    log(
      "Node 22 was not installed into node_modules/node/bin/node; check onlyBuiltDependencies in pnpm-workspace.yaml",
    );
    process.exit(1);
  }
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, want);
}

// Browser and PostgreSQL tests need Debian's Chromium and a local PostgreSQL (installed via apt when missing).
function ensureServices() {
  run("bash", [join(root, "tests", "scripts", "ensure-services.sh")]);
}

function envWithNode22() {
  const bin = join(root, "node_modules", ".bin");
  const nodeBin = join(root, "node_modules", "node", "bin");
  return { ...process.env, PATH: `${nodeBin}:${bin}:${process.env.PATH}` };
}

function pnpm(args) {
  // Spawn the pinned pnpm on Node 22 directly so signals reach the real process.
  const env = envWithNode22();
  const pnpmCjs = join(root, "node_modules", "pnpm", "bin", "pnpm.cjs");
  const child = spawn(join(root, "node_modules", "node", "bin", "node"), [pnpmCjs, ...args], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  const forward = (sig) => child.kill(sig);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
}

ensureInstalled();
try {
  execFileSync(join(root, "node_modules", "node", "bin", "node"), ["-e", "0"]);
} catch {
  log("node_modules/node/bin/node does not run");
  process.exit(1);
}

if (command === "install") process.exit(0);
if (command === "test") {
  ensureServices();
  process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";
  pnpm(["run", "verify"]);
} else if (command === "start") {
  pnpm(["run", "start:local"]);
} else {
  log(`unknown command ${command}; use start | test | install`);
  process.exit(2);
}
