#!/usr/bin/env node
import { CliError } from "./io.ts";
// `pnpm --silent vanta <command>`: JSON on stdout, human messages on stderr,
// non-zero exit with a clear message on bad input.
import { commands } from "./registry.ts";

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const cmd = name ? commands[name] : undefined;
  if (!cmd) {
    process.stderr.write(
      `usage: vanta <command> [options]\ncommands:\n${Object.entries(commands)
        .map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`)
        .join("\n")}\n`,
    );
    return name ? 2 : 0;
  }
  return cmd.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`vanta: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(
        `vanta: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
