import { registerOfflineSkill } from "../../ports/model/offline/skills.ts";
import { TailorOutput } from "./agent.ts";

// Offline, the Resume Tailor answers with generate_resume's draft: the deterministic tailor's real work
// (selection, order, rewording from the resume's own words).

registerOfflineSkill("resume_tailor", {
  toolCalls: (ctx, tools) =>
    !ctx.calledTools.has("generate_resume") && tools.some((t) => t.name === "generate_resume")
      ? [{ name: "generate_resume", arguments: {} }]
      : [],
  finalOutput(ctx) {
    const result = ctx.toolResults.find((r) => r.name === "generate_resume")?.output;
    const parsed = TailorOutput.safeParse(result);
    // without the tool's draft there is nothing honest to answer: keep everything as it is
    return parsed.success ? parsed.data : { summary: null, work: [], skills: [] };
  },
});
