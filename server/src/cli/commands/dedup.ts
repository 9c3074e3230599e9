import { readFileSync } from "node:fs";
import { clusterPostings } from "@vanta/shared/dedup/cluster";
import { describeRejected, parsePostingLines } from "@vanta/shared/match/input";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";

export const command: Command = {
  summary: "cluster duplicate postings (JSONL with ids): prints {id, cluster} per input line",
  async run(args) {
    const { positionals } = parseCliArgs(args, {}, true);
    const path = positionals[0];
    if (!path || positionals.length > 1) throw new CliError("usage: vanta dedup <postings.jsonl>");
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (e) {
      throw new CliError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const lines = parsePostingLines(text);
    for (const msg of describeRejected(lines)) info(`vanta dedup: ${msg}`);
    const postings = lines.flatMap((l) => (l.ok ? [l.posting] : []));
    const clusters = clusterPostings(postings);
    for (const [i, p] of postings.entries()) printJson({ id: p.id, cluster: clusters[i] });
    return 0;
  },
};
