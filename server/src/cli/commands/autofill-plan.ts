import { readFileSync } from "node:fs";
import { planAutofill } from "@vanta/shared/autofill/index";
import { ApplicantProfile } from "@vanta/shared/resume/applicant";
import { parseHTML } from "linkedom";
import { CliError, type Command, parseCliArgs, printJson } from "../io.ts";

// `vanta autofill-plan --url <URL> --profile <applicant.json> <FORM.html>`: the plan the extension's
// Autofill would show for a saved application page (same planAutofill the content script runs).

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const command: Command = {
  summary: "print the autofill plan of a saved application form: --url <URL> --profile <applicant.json> <FORM.html>",
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { url: { type: "string" }, profile: { type: "string" } }, true);
    const file = positionals[0];
    if (!values.url || !values.profile || !file || positionals.length > 1)
      throw new CliError("usage: vanta autofill-plan --url <URL> --profile <applicant.json> <FORM.html>");
    let url: URL;
    try {
      url = new URL(values.url);
    } catch {
      throw new CliError(`--url is not a valid URL: ${values.url}`);
    }
    if (!/^https?:$/.test(url.protocol)) throw new CliError("--url must be http(s)");
    let raw: unknown;
    try {
      raw = JSON.parse(readText(values.profile, "profile"));
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`--profile ${values.profile} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    const profile = ApplicantProfile.safeParse(raw);
    if (!profile.success) {
      const issues = profile.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
      throw new CliError(`--profile ${values.profile} is not an applicant profile:\n  ${issues.join("\n  ")}`);
    }
    const { document } = parseHTML(readText(file, "form page"));
    const plan = planAutofill(document as unknown as Document, url, profile.data);
    if (!plan) throw new CliError(`no application form found in ${file}`);
    printJson(plan);
    return 0;
  },
};
