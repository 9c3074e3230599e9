import { tailorResume } from "@vanta/shared/tailor/tailor";
import { type Command, info, parseCliArgs, printJson } from "../io.ts";
import { resumeAndPosting } from "../resume-posting.ts";

// `vanta tailor`: the offline Resume Tailor (deterministic, from the resume's own words) and the
// fabrication checker, as the server runs them without OPENAI_API_KEY.
const USAGE = "vanta tailor --resume <resume.json> --posting <posting.json>";

export const command: Command = {
  summary: "tailor a JSON Resume to a posting (no invented facts): --resume <resume.json> --posting <posting.json>",
  async run(args) {
    const { values } = parseCliArgs(args, { resume: { type: "string" }, posting: { type: "string" } });
    const { resume, posting } = resumeAndPosting(values, USAGE);
    const t = tailorResume(resume, posting);
    const evidenced = (n: number) =>
      t.requirements[n === 0 ? "before" : "after"].filter((r) => r.status !== "missing").length;
    info(`requirements evidenced: ${evidenced(0)} → ${evidenced(1)} of ${t.requirements.before.length}`);
    printJson({ resume: t.resume, provenance: t.provenance, flags: t.flags });
    return 0;
  },
};
