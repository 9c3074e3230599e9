import { writeFileSync } from "node:fs";
import { type ExportFormat, renderResume } from "../../services/export/render.ts";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";
import { readResume } from "../resume-posting.ts";

const USAGE = "vanta export --resume <resume.json> --format pdf|docx --out <FILE>";

export const command: Command = {
  summary: "write a JSON Resume as a text-based PDF or a DOCX: --resume <resume.json> --format pdf|docx --out <FILE>",
  async run(args) {
    const { values } = parseCliArgs(args, {
      resume: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
    });
    if (!values.resume || !values.format || !values.out) throw new CliError(`usage: ${USAGE}`);
    if (values.format !== "pdf" && values.format !== "docx") throw new CliError("--format must be pdf or docx");
    const resume = readResume(values.resume);
    const bytes = await renderResume(resume, values.format as ExportFormat);
    try {
      writeFileSync(values.out, bytes);
    } catch (e) {
      throw new CliError(`cannot write ${values.out}: ${e instanceof Error ? e.message : String(e)}`);
    }
    info(`wrote ${values.out} (${bytes.byteLength} bytes)`);
    printJson({ out: values.out, format: values.format, bytes: bytes.byteLength });
    return 0;
  },
};
