import { readFileSync } from "node:fs";
import { ResumeFileError } from "../../services/resume/errors.ts";
import { parseResumeFile } from "../../services/resume/parse-file.ts";
import { CliError, type Command, parseCliArgs, printJson } from "../io.ts";

// `vanta parse-resume <FILE>`: the resume parser the upload uses, over a local file (PDF, DOCX,
// Markdown, text or JSON Resume). Prints JSON Resume with meta.confidence and meta.unplaced.
export const command: Command = {
  summary: "print a resume file (PDF, DOCX, MD, TXT, JSON Resume) as JSON Resume: <FILE>",
  async run(args) {
    const { positionals } = parseCliArgs(args, {}, true);
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new CliError("usage: vanta parse-resume <FILE>");
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (e) {
      throw new CliError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      const { resume } = await parseResumeFile(bytes, file);
      printJson(resume);
      return 0;
    } catch (e) {
      if (e instanceof ResumeFileError) throw new CliError(`${file}: ${e.message}`);
      throw e;
    }
  },
};
