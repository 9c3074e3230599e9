import { randomUUID } from "node:crypto";
import { schema } from "@vanta/db";
import { skillMatchAgent } from "@vanta/server/agents/examples/skill-match";
import { runAgent } from "@vanta/server/agents/runner";
import { modelSafeApplicant } from "@vanta/shared/resume/applicant-json";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";

// Self-identification, sponsorship and salary answers are never logged and never sent to a model (issue 7).
// Distinctive values are saved through the real HTTP API (including a rejected update and an import), then an
// agent runs on the applicant profile the way every agent must take it; none of them may show up in the
// server's log lines, in model_io, or in the audit trail.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const SECRET = {
  gender: "Gender-zq81",
  race: "Race-zq82",
  hispanicLatino: "Hispanic-zq83",
  veteran: "Veteran-zq84",
  disability: "Disability-zq85",
  salary: 987_654_321,
};
const sensitive = [...Object.values(SECRET).map(String), "needsSponsorship", "salaryExpectation", "eeo"];

it("no sensitive answer reaches the logs, model_io or the audit trail", async () => {
  const owner = await server.createUser();
  const api = server.caller(owner.token);
  const eeo = {
    gender: SECRET.gender,
    race: SECRET.race,
    hispanicLatino: SECRET.hispanicLatino,
    veteran: SECRET.veteran,
    disability: SECRET.disability,
  };
  await api.resumes.save.mutate({
    resume: { basics: { name: "Sam Sample" }, skills: [{ name: "TypeScript" }, { name: "Kafka" }, { name: "Rust" }] },
  });
  await api.applicant.update.mutate({
    application: {
      pronouns: "xe/xem-pronoun-marker",
      eeo,
      workAuthorization: { countries: ["US"], needsSponsorship: true },
      salaryExpectation: { amount: SECRET.salary, currency: "USD", period: "year" },
      answers: [{ question: "Favourite stack?", answer: "TypeScript on PostgreSQL" }],
    },
  });
  // a rejected update carrying the same answers (bad currency) must not echo them into an error log
  await expect(
    api.applicant.update.mutate({
      application: { eeo, salaryExpectation: { amount: SECRET.salary, currency: "usd", period: "year" } },
    }),
  ).rejects.toThrow();
  const exported = await api.applicant.export.query();
  expect(exported.application?.eeo).toEqual(eeo); // stored, and given back to its owner
  await api.applicant.import.mutate({ profile: exported });

  const safe = modelSafeApplicant(await api.applicant.export.query());
  const input = JSON.stringify({
    posting: "We build payment APIs in TypeScript and Kafka.",
    candidate_skills: (safe.skills ?? []).map((s) => s.name),
    applicant: safe,
  });
  const { runtime } = server;
  const run = await runAgent(
    { models: runtime.ports.model, db: runtime.db, logger: runtime.log },
    skillMatchAgent,
    input,
    {
      userId: owner.user.id,
      purpose: "sensitive-answers-test",
    },
  );
  expect(run.output.matched_skills).toEqual(["TypeScript", "Kafka"]);

  // a failed query carries its parameters in its message; logged the way a 500 is, they must not show
  const failed = await runtime.db
    .insert(schema.applicantProfiles)
    .values({ userId: randomUUID(), eeo, application: { answers: [] } })
    .catch((err: unknown) => err);
  expect(failed).toBeInstanceOf(Error);
  expect(String((failed as Error).message)).toContain(SECRET.gender); // drizzle puts params in the message…
  runtime.log.error("procedure failed", { path: "applicant.update", err: failed });

  const io = JSON.stringify(await runtime.db.select().from(schema.modelIo));
  // the agent did get the applicant profile (so the check below is not vacuous)…
  expect(io).toContain("xe/xem-pronoun-marker");
  expect(io).toContain("Favourite stack?");
  const logs = JSON.stringify(server.logs);
  expect(logs).toContain("agent run finished");
  expect(logs).toContain('insert into \\"applicant_profiles\\"'); // …the log keeps the SQL only
  const audit = JSON.stringify(await runtime.db.select().from(schema.auditLogs));
  expect(audit).toContain("applicant.update");
  // …and none of the sensitive answers
  for (const s of sensitive) {
    expect(io, `model_io holds ${s}`).not.toContain(s);
    // the failed query's SQL names the eeo column; its values are what must not be there
    if (s !== "eeo") expect(logs, `logs hold ${s}`).not.toContain(s);
  }
  for (const s of Object.values(SECRET).map(String)) expect(audit, `audit holds ${s}`).not.toContain(s);
});
