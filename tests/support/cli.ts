import { execFile } from "node:child_process";
import { join, resolve } from "node:path";

// The real `vanta` CLI in a child process (tsx, as `pnpm vanta` runs it), for CLI tests.

export const repoRoot = resolve(import.meta.dirname, "..", "..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `vanta <args>` with the test's environment on top of this process's (quiet logs by default). */
export function runVanta(args: string[], env: Record<string, string>, timeoutMs = 90_000): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [
        join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"),
        join(repoRoot, "server", "src", "cli", "main.ts"),
        ...args,
      ],
      { cwd: repoRoot, env: { ...process.env, VANTA_LOG: "silent", ...env }, timeout: timeoutMs },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
