import type { AtsResult } from "@vanta/shared/tailor/ats";
import { registerOfflineSkill } from "../../ports/model/offline/skills.ts";
import type { OptimizerOutput } from "./agent.ts";

// Offline, the Optimizer answers from optimize_resume's result: the score, a summary naming the weakest
// part and the first fix, and the issues with keyword gaps first (they move the score most).

const PART_NAMES = { parseability: "parseability", keywords: "keyword coverage", impact: "impact" } as const;

export function offlineOptimizer(ats: AtsResult): OptimizerOutput {
  const weakest = (Object.keys(ats.parts) as (keyof AtsResult["parts"])[]).sort(
    (a, b) => ats.parts[a] - ats.parts[b],
  )[0]!;
  const issues = [...ats.issues].sort((a, b) => rank(a.path) - rank(b.path));
  const first = issues[0];
  const summary =
    `ATS score ${ats.score}/100; weakest part: ${PART_NAMES[weakest]} (${ats.parts[weakest]}), ` +
    `${ats.keywords.matched.length} of ${ats.keywords.matched.length + ats.keywords.missing.length} posting keywords matched.` +
    (first ? ` First fix: ${first.suggestion}.` : "");
  return { score: ats.score, summary, issues };
}

function rank(path: string): number {
  return path === "skills" || path === "education" || path === "certificates" ? 0 : path.startsWith("basics") ? 1 : 2;
}

registerOfflineSkill("resume_optimizer", {
  toolCalls: (ctx, tools) =>
    !ctx.calledTools.has("optimize_resume") && tools.some((t) => t.name === "optimize_resume")
      ? [{ name: "optimize_resume", arguments: {} }]
      : [],
  finalOutput(ctx) {
    const ats = ctx.toolResults.find((r) => r.name === "optimize_resume")?.output as AtsResult | undefined;
    return ats?.parts
      ? offlineOptimizer(ats)
      : { score: 0, summary: "No score: optimize_resume did not run.", issues: [] };
  },
});
