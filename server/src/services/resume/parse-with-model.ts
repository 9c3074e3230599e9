import { looksLikeResume, parseResumeText, sectionConfidence } from "@vanta/shared/resume/parse";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { fromOutput, resumeParserAgent } from "../../agents/resume-parser/agent.ts";
import "../../agents/resume-parser/offline.ts";
import { type AgentRunDeps, runAgent } from "../../agents/runner.ts";
import { ResumeFileError } from "./errors.ts";
import { parseResumeFile } from "./parse-file.ts";

// With OPENAI_API_KEY set, the model may improve the offline parse (issue 7): the Resume Parser agent gets
// the text and the offline draft, answers in JSON Resume shape, and the answer must pass the same schema.
// The run is recorded in model_runs. Without a key — or when the model fails or answers something the
// schema refuses — the offline parse stands: it is the default and reaches the goal on its own.

const MAX_MODEL_TEXT = 30_000;

export interface ModelParse {
  resume: JsonResume;
  /** "model" when the model's answer was used, else "offline" */
  source: "model" | "offline";
  modelRunId?: string;
}

/** Lines the offline parse could not place that the model's answer does not contain either. */
function stillUnplaced(lines: string[], resume: JsonResume): string[] {
  const all = JSON.stringify(resume).toLowerCase();
  return lines.filter((l) => !all.includes(l.toLowerCase().slice(0, 60)));
}

export async function parseResumeTextWithModel(
  deps: AgentRunDeps,
  text: string,
  opts: { userId?: string | null } = {},
): Promise<ModelParse> {
  const offline = parseResumeText(text);
  if (deps.models.kind !== "openai") return { resume: offline, source: "offline" };
  let modelRunId: string | undefined;
  try {
    const run = await runAgent(deps, resumeParserAgent(text), text.slice(0, MAX_MODEL_TEXT), {
      userId: opts.userId ?? null,
      purpose: "resume_parse",
    });
    modelRunId = run.modelRunId;
    const parsed = fromOutput(run.output);
    // an answer with less resume in it than the rules found is not an improvement
    if (!looksLikeResume(parsed)) throw new Error("the model's answer holds no resume");
    const unplaced = stillUnplaced(offline.meta?.unplaced ?? [], parsed);
    return {
      resume: { ...parsed, meta: { confidence: sectionConfidence(parsed), unplaced } },
      source: "model",
      modelRunId,
    };
  } catch (err) {
    deps.logger.error("resume parse by model failed; the offline parse is used", {
      model_run_id: modelRunId,
      error: err instanceof Error ? err.message : String(err),
    });
    return { resume: offline, source: "offline", ...(modelRunId ? { modelRunId } : {}) };
  }
}

/** parseResumeFile, then the model step when a model is configured. Same typed errors for bad files. */
export async function parseResumeFileWithModel(
  deps: AgentRunDeps,
  bytes: Uint8Array,
  filename: string,
  mimeType?: string,
  opts: { userId?: string | null } = {},
): Promise<ModelParse & { text: string }> {
  const { resume, text, kind } = await parseResumeFile(bytes, filename, mimeType);
  // a JSON Resume file is the user's own structure: nothing for a model to improve
  if (kind === "json") return { resume, text, source: "offline" };
  const out = await parseResumeTextWithModel(deps, text, opts);
  if (!looksLikeResume(out.resume)) throw new ResumeFileError("not_a_resume", "this does not look like a resume");
  return { ...out, text };
}
