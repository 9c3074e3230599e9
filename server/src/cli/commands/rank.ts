import { readFileSync } from "node:fs";
import { describeRejected, parsePostingLines } from "@vanta/shared/match/input";
import { matchProfileFromJson } from "@vanta/shared/match/profile-input";
import { compareRanked, makeRanker, prepareBatch, rankPostings } from "@vanta/shared/match/rank";
import { fitFromFeatures } from "@vanta/shared/match/score";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const command: Command = {
  summary:
    "rank postings (JSONL) for a profile: --profile <json: {resumeText}, {resume: JSON Resume}, an applicant profile or a match profile> --postings <jsonl> [--top N] [--today YYYY-MM-DD] [--explain]",
  async run(args) {
    const { values } = parseCliArgs(args, {
      profile: { type: "string" },
      postings: { type: "string" },
      top: { type: "string" },
      today: { type: "string" },
      explain: { type: "boolean", default: false },
    });
    if (!values.profile || !values.postings)
      throw new CliError("usage: vanta rank --profile <profile.json> --postings <postings.jsonl> [--top N]");
    const top = values.top === undefined ? Number.POSITIVE_INFINITY : Number(values.top);
    if (!Number.isInteger(top) && top !== Number.POSITIVE_INFINITY) throw new CliError("--top must be a whole number");
    if (top < 0) throw new CliError("--top must be >= 0");
    const today = values.today ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError("--today must be YYYY-MM-DD");

    let profileJson: unknown;
    try {
      profileJson = JSON.parse(readText(values.profile, "profile"));
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`profile is not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    const parsed = matchProfileFromJson(profileJson, new Date(`${today}T12:00:00Z`));
    if (!parsed.ok) throw new CliError(`invalid profile: ${parsed.error}`);
    const profile = parsed.profile;
    if (!profile.resumeText.trim() && profile.titles.length === 0 && profile.skills.length === 0)
      throw new CliError("profile needs resumeText, titles or skills");

    const lines = parsePostingLines(readText(values.postings, "postings"));
    for (const msg of describeRejected(lines)) info(`vanta rank: ${msg}`);
    const postings = lines.flatMap((l) => (l.ok ? [l.posting] : []));

    if (!values.explain) {
      for (const r of rankPostings(profile, postings, today).slice(0, top))
        printJson({ id: r.posting.id, score: r.score, passed: r.passed, factors: r.factors });
      return 0;
    }
    const batch = prepareBatch(postings);
    const ranker = makeRanker(profile, batch.stats, today);
    // ordered exactly as without --explain (the uncalibrated sum breaks ties of equal scores)
    const fits = batch.features.map((q, index) => ({
      ...fitFromFeatures(ranker.profile, q, { today, stats: batch.stats, similar: postings }),
      raw: ranker.score(q).raw,
      index,
    }));
    for (const f of fits.sort(compareRanked).slice(0, top)) {
      const { index, raw: _raw, ...fit } = f;
      printJson({ id: postings[index]!.id, ...fit });
    }
    return 0;
  },
};
