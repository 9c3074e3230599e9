import type { DbHandle } from "@vanta/db";
import { getModelRun } from "@vanta/db/queries/model-runs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fromOutput,
  ResumeParseOutput,
  resumeParserAgent,
  toOutput,
} from "../../../server/src/agents/resume-parser/agent.ts";
import { runAgent } from "../../../server/src/agents/runner.ts";
import { memoryLogger } from "../../../server/src/log.ts";
import { createOfflineModelPort } from "../../../server/src/ports/model/offline/model.ts";
import { createOpenAIModelPort } from "../../../server/src/ports/model/openai.ts";
import {
  parseResumeFileWithModel,
  parseResumeTextWithModel,
} from "../../../server/src/services/resume/parse-with-model.ts";
import { createTestDb } from "../../support/db.ts";
import { type OpenAIStandIn, startOpenAIServer } from "../../support/openai-server.ts";

// The optional model path: offline it is the rule-based parse and no model runs; with the OpenAI adapter
// (here against the local wire-format stand-in) the Resume Parser agent runs, is recorded in model_runs,
// and its answer is held to the JSON Resume schema.

const TEXT = [
  "Noor Haddad",
  "noor.haddad@example.com | +44 20 7946 0958",
  "Experience",
  "Platform Engineer, Globex (Jan 2020 - Present)",
  "- Ran the Kubernetes fleet",
  "Skills",
  "Go, Terraform, Kubernetes",
].join("\n");

let handle: DbHandle;
let openai: OpenAIStandIn;
beforeAll(async () => {
  [handle, openai] = await Promise.all([createTestDb("pglite"), startOpenAIServer("sk-test")]);
});
afterAll(async () => {
  await Promise.all([handle?.close(), openai?.close()]);
});

describe("parseResumeTextWithModel", () => {
  it("offline: the rule-based parse, no model run", async () => {
    const out = await parseResumeTextWithModel(
      { models: createOfflineModelPort(), db: handle.db, logger: memoryLogger() },
      TEXT,
    );
    expect(out.source).toBe("offline");
    expect(out.modelRunId).toBeUndefined();
    expect(out.resume.work?.[0]).toMatchObject({ name: "Globex", position: "Platform Engineer", startDate: "2020-01" });
  });

  it.each(["responses", "chat_completions"] as const)(
    "with the OpenAI adapter (%s): the agent runs over the wire, is recorded, and its answer is JSON Resume",
    async (api) => {
      const models = createOpenAIModelPort({
        apiKey: "sk-test",
        baseUrl: openai.url,
        model: "gpt-test-mini",
        api,
        maxRetries: 0,
      });
      const before = openai.requests.length;
      const out = await parseResumeTextWithModel({ models, db: handle.db, logger: memoryLogger() }, TEXT, {});
      expect(out.source).toBe("model");
      const calls = openai.requests.slice(before);
      expect(JSON.stringify(calls[0]?.body.tools)).toMatch(/parse_resume_draft/);
      const run = await getModelRun(handle.db, out.modelRunId!);
      expect(run?.run).toMatchObject({
        agent: "resume_parser",
        purpose: "resume_parse",
        provider: "openai",
        success: true,
      });
      // the stand-in answers from the tool's draft, so the structure survives the round trip through the wire
      expect(out.resume.basics).toMatchObject({ name: "Noor Haddad", email: "noor.haddad@example.com" });
      expect(out.resume.work).toEqual([
        {
          name: "Globex",
          position: "Platform Engineer",
          startDate: "2020-01",
          highlights: ["Ran the Kubernetes fleet"],
        },
      ]);
      expect(out.resume.meta?.confidence).toMatchObject({ basics: 0.85, work: 1 });
    },
  );

  it("the agent on the offline model answers with the rule-based parse (its registered skill)", async () => {
    const run = await runAgent(
      { models: createOfflineModelPort(), db: handle.db, logger: memoryLogger() },
      resumeParserAgent(TEXT),
      TEXT,
      { purpose: "resume_parse" },
    );
    expect(fromOutput(run.output)).toMatchObject({
      basics: { name: "Noor Haddad", phone: "+44 20 7946 0958" },
      skills: [{ name: "Skills", keywords: ["Go", "Terraform", "Kubernetes"] }],
    });
  });

  it("falls back to the offline parse when the model fails", async () => {
    const models = createOpenAIModelPort({
      apiKey: "sk-wrong",
      baseUrl: openai.url,
      model: "gpt-test-mini",
      maxRetries: 0,
    });
    const logger = memoryLogger();
    const out = await parseResumeTextWithModel({ models, db: handle.db, logger }, TEXT);
    expect(out.source).toBe("offline");
    expect(out.resume.work?.[0]?.name).toBe("Globex");
    expect(JSON.stringify(logger)).toMatch(/resume parse by model failed/);
  });

  it("keeps the file errors of parseResumeFile", async () => {
    const models = createOfflineModelPort();
    await expect(
      parseResumeFileWithModel({ models, logger: memoryLogger() }, new TextEncoder().encode("just a note"), "n.txt"),
    ).rejects.toMatchObject({ problem: "not_a_resume" });
  });

  it("maps the output shape to JSON Resume and back without loss", () => {
    const resume = {
      basics: {
        name: "Noor Haddad",
        location: { city: "London", countryCode: "GB" },
        profiles: [{ network: "GitHub", url: "https://github.com/noor" }],
      },
      work: [{ name: "Globex", position: "Platform Engineer", startDate: "2020-01", highlights: ["Ran the fleet"] }],
      skills: [{ name: "Skills", keywords: ["Go"] }],
    };
    const output = toOutput(resume);
    expect(ResumeParseOutput.safeParse(output).success).toBe(true);
    expect(fromOutput(output)).toEqual(resume);
    // a date the schema refuses is refused, not passed on
    expect(() => fromOutput({ ...output, work: [{ ...output.work[0]!, startDate: "last spring" }] })).toThrow();
  });
});
