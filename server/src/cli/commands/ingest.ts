import { readFileSync } from "node:fs";
import { titleClassifier } from "@vanta/shared/normalize/classify";
import { dbSink } from "../../ingest/db-sink.ts";
import { defaultSourcesFor } from "../../ingest/default-sources.ts";
import { describeError } from "../../ingest/errors.ts";
import { decodeUtf8, parseJson } from "../../ingest/http.ts";
import { type ProviderName, providerNames, type SourceSpec } from "../../ingest/provider.ts";
import { runIngest } from "../../ingest/run.ts";
import { MemorySink, type PostingSink } from "../../ingest/sink.ts";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const USAGE = `usage: vanta ingest --provider <${providerNames.join("|")}> (--board <token> | --file <saved.json>) [options]
       vanta ingest --defaults            (the built-in list of public boards)
options: --query <q> --location <l> --country <cc> --company <name> --max-pages <n> --base-url <url>
         --dry-run  normalize and count, write nothing (in-memory sink)`;

function readSaved(path: string): unknown {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return parseJson(decodeUtf8(bytes), path);
  } catch (e) {
    throw new CliError(describeError(e));
  }
}

export const command: Command = {
  summary: "fetch + normalize job postings from public APIs (or a saved response) into the database",
  async run(args) {
    const { values } = parseCliArgs(args, {
      provider: { type: "string" },
      board: { type: "string" },
      file: { type: "string" },
      query: { type: "string" },
      location: { type: "string" },
      country: { type: "string" },
      company: { type: "string" },
      "max-pages": { type: "string" },
      "base-url": { type: "string" },
      defaults: { type: "boolean" },
      "dry-run": { type: "boolean" },
    });
    let sources: SourceSpec[];
    if (values.defaults) {
      if (values.provider || values.file) throw new CliError(`--defaults takes no --provider/--file\n${USAGE}`);
      sources = defaultSourcesFor(process.env);
    } else {
      const provider = values.provider as ProviderName | undefined;
      if (!provider) throw new CliError(USAGE);
      if (!providerNames.includes(provider)) throw new CliError(`unknown provider "${provider}"\n${USAGE}`);
      const maxPages = values["max-pages"] === undefined ? undefined : Number(values["max-pages"]);
      if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0))
        throw new CliError("--max-pages must be a positive integer");
      if (values["base-url"] && !/^https?:\/\//.test(values["base-url"]))
        throw new CliError("--base-url must be an http(s) URL");
      const source: SourceSpec = {
        provider,
        board: values.board,
        query: values.query,
        location: values.location,
        country: values.country,
        company: values.company,
        maxPages,
        baseUrl: values["base-url"],
      };
      if (values.file) source.payload = readSaved(values.file);
      sources = [source];
    }

    let sink: PostingSink;
    let close = async () => {};
    if (values["dry-run"]) sink = new MemorySink().write;
    else {
      const handle = await openDatabase(configFromEnv()).catch((err: unknown) => {
        throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
      });
      sink = dbSink(handle.db);
      close = () => handle.close();
    }
    try {
      const summary = await runIngest({
        sources,
        sink,
        env: process.env,
        classify: titleClassifier,
        log: (line) => info(`vanta ingest: ${line}`),
      });
      printJson({ dryRun: values["dry-run"] === true, ...summary });
      // Exit 1 only when every source failed: partial failures are reported in the summary.
      return summary.sources.length > 0 && summary.sources.every((s) => !s.ok) ? 1 : 0;
    } finally {
      await close();
    }
  },
};
