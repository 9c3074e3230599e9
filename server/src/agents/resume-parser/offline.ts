import { registerOfflineSkill } from "../../ports/model/offline/skills.ts";
import { ResumeParseOutput } from "./agent.ts";

// Offline, the Resume Parser answers with parse_resume_draft's result: the rule-based parser's real work.

registerOfflineSkill("resume_parser", {
  toolCalls: (ctx, tools) =>
    !ctx.calledTools.has("parse_resume_draft") && tools.some((t) => t.name === "parse_resume_draft")
      ? [{ name: "parse_resume_draft", arguments: {} }]
      : [],
  finalOutput(ctx) {
    const result = ctx.toolResults.find((r) => r.name === "parse_resume_draft")?.output;
    const parsed = ResumeParseOutput.safeParse(result);
    return parsed.success
      ? parsed.data
      : {
          name: "",
          label: "",
          email: "",
          phone: "",
          url: "",
          summary: "",
          city: "",
          region: "",
          countryCode: "",
          profiles: [],
          work: [],
          education: [],
          skills: [],
          projects: [],
          certificates: [],
          languages: [],
          awards: [],
        };
  },
});
