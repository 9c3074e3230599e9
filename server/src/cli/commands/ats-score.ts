import { atsScore } from "@vanta/shared/tailor/ats";
import { type Command, parseCliArgs, printJson } from "../io.ts";
import { resumeAndPosting } from "../resume-posting.ts";

const USAGE = "vanta ats-score --resume <resume.json> --posting <posting.json>";

export const command: Command = {
  summary:
    "ATS score 0-100 (parseability, keywords, impact) with fixes: --resume <resume.json> --posting <posting.json>",
  async run(args) {
    const { values } = parseCliArgs(args, { resume: { type: "string" }, posting: { type: "string" } });
    const { resume, posting } = resumeAndPosting(values, USAGE);
    printJson(atsScore(resume, posting));
    return 0;
  },
};
