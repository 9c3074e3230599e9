#!/usr/bin/env node
import { CliError } from "./io.ts";
// `pnpm --silent vanta <command>`: JSON on stdout, human messages on stderr,
// non-zero exit with a clear message on bad input.
import { commands } from "./registry.ts";

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const entries = await Promise.all(
      Object.entries(commands).map(async ([n, l]) => [n, (await l()).summary] as const),
    );
    process.stderr.write(
      `usage: vanta <command> [options]\ncommands:\n${entries.map(([n, summary]) => `  ${n.padEnd(10)} ${summary}`).join("\n")}\n`,
    );
    return name ? 2 : 0;
  }
  const cmd = await load();
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
