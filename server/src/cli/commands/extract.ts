import { readFileSync } from "node:fs";
import { capturePage, detectAdapter } from "@vanta/shared/capture/index";
import { parseHTML } from "linkedom";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";

// `vanta extract --url <URL> <FILE.html>`: the same extractor the extension runs, over a
// saved page. The URL picks the board adapter (and is the fallback canonical URL).
export const command: Command = {
  summary: "print the job posting in a saved page as JSON: --url <URL> <FILE.html> [--verbose]",
  async run(args) {
    const { values, positionals } = parseCliArgs(
      args,
      { url: { type: "string" }, verbose: { type: "boolean", default: false } },
      true,
    );
    const file = positionals[0];
    if (!values.url || !file || positionals.length > 1)
      throw new CliError("usage: vanta extract --url <URL> <FILE.html>");
    let url: URL;
    try {
      url = new URL(values.url);
    } catch {
      throw new CliError(`--url is not a valid URL: ${values.url}`);
    }
    if (!/^https?:$/.test(url.protocol)) throw new CliError("--url must be http(s)");
    let html: string;
    try {
      html = readFileSync(file, "utf8");
    } catch (e) {
      throw new CliError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    if (values.verbose) info(`adapter: ${detectAdapter(doc, url).name}`);
    const { posting, reason } = capturePage(doc, url.href);
    if (reason === "list-page")
      throw new CliError(
        `${file} lists many jobs and none is selected: open one job (or pass its URL) and capture again`,
      );
    if (!posting) throw new CliError(`no job posting found in ${file}`);
    printJson(posting);
    return 0;
  },
};
