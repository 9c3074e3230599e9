import { readFileSync } from "node:fs";
import { clusterWithReasons } from "@vanta/shared/dedup/cluster";
import { describeRejected, parsePostingLines } from "@vanta/shared/match/input";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";

export const command: Command = {
  summary:
    "cluster duplicate postings (JSONL with ids): prints {id, cluster, reason} per input line (reason: first | sourceId | url | fingerprint | minhash)",
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
    const { roots, reasons } = clusterWithReasons(postings);
    for (const [i, p] of postings.entries()) {
      const r = reasons[i];
      // "first": the posting that names its cluster; every other line says which rule merged its
      // group and the pair of postings the rule matched (`matched`), so a wrong merge is traceable.
      printJson({
        id: p.id,
        cluster: postings[roots[i]!]!.id,
        reason: r?.rule ?? "first",
        ...(r?.similarity !== undefined ? { similarity: r.similarity, containment: r.containment } : {}),
        ...(r ? { matched: [postings[r.a]!.id, postings[r.b]!.id] } : {}),
      });
    }
    return 0;
  },
};
