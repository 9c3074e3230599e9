import { draftCoverLetter } from "@vanta/shared/tailor/cover-letter";
import { type Command, parseCliArgs, printJson } from "../io.ts";
import { resumeAndPosting } from "../resume-posting.ts";

const USAGE = "vanta cover-letter --resume <resume.json> --posting <posting.json>";

export const command: Command = {
  summary: "draft a cover letter from resume and posting facts: --resume <resume.json> --posting <posting.json>",
  async run(args) {
    const { values } = parseCliArgs(args, { resume: { type: "string" }, posting: { type: "string" } });
    const { resume, posting } = resumeAndPosting(values, USAGE);
    const letter = draftCoverLetter(resume, posting);
    printJson({ text: letter.text, provenance: letter.provenance, flags: letter.flags });
    return 0;
  },
};
