import { readFileSync } from "node:fs";
import { Posting } from "@vanta/shared/posting";
import { JsonResume } from "@vanta/shared/resume/schema";
import type { z } from "zod";
import { CliError } from "./io.ts";

// Reading `--resume <resume.json>` (JSON Resume; an `application` object beside it is ignored: tailoring
// never reads the applicant's private answers) and `--posting <posting.json>` (what `vanta extract` prints).

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${what} ${path} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function fieldErrors(err: z.ZodError): string {
  return err.issues
    .slice(0, 10)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

export function readResume(path: string): JsonResume {
  const json = readJson(path, "resume");
  if (!json || typeof json !== "object" || Array.isArray(json))
    throw new CliError(`resume ${path} must be a JSON object`);
  const { application: _private, ...rest } = json as Record<string, unknown>;
  const parsed = JsonResume.safeParse(rest);
  if (!parsed.success) throw new CliError(`invalid resume ${path}: ${fieldErrors(parsed.error)}`);
  const r = parsed.data;
  if (!r.basics?.name && !r.work?.length && !r.skills?.length)
    throw new CliError(`resume ${path} has no name, work or skills: is it a JSON Resume file?`);
  return r;
}

export function readPosting(path: string): Posting {
  const parsed = Posting.safeParse(readJson(path, "posting"));
  if (!parsed.success) throw new CliError(`invalid posting ${path}: ${fieldErrors(parsed.error)}`);
  return parsed.data;
}

export function resumeAndPosting(values: { resume?: string; posting?: string }, usage: string) {
  if (!values.resume || !values.posting) throw new CliError(`usage: ${usage}`);
  return { resume: readResume(values.resume), posting: readPosting(values.posting) };
}
