import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";
import { type Fixture, makeFixture, procedureCases } from "./procedures.ts";

// PostgreSQL text/jsonb cannot store U+0000 and z.string() accepts it: every procedure must answer
// BAD_REQUEST naming the field, never a 500 from the database.

let server: TestServer;
let fx: Fixture;
beforeAll(async () => {
  server = await startTestServer();
  fx = makeFixture(server);
});
afterAll(async () => {
  await server?.close();
});

/** The input with a NUL put into its first string leaf, and that leaf's path; null when it has no string. */
function withNul(value: unknown, path: string[] = []): { input: unknown; path: string[] } | null {
  if (typeof value === "string") return { input: `${value}\u0000`, path };
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = withNul(v, [...path, String(i)]);
      if (hit) return { input: value.map((x, j) => (j === i ? hit.input : x)), path: hit.path };
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const hit = withNul(v, [...path, k]);
      if (hit) return { input: { ...value, [k]: hit.input }, path: hit.path };
    }
  }
  return null;
}

const withInput = procedureCases.filter((c) => c.input);

describe("a NUL character in any string input", () => {
  it("reaches most procedures through the table (so the checks below are not empty)", () => {
    expect(withInput.length).toBeGreaterThanOrEqual(15);
  });

  it.each(withInput.map((c) => [c.path, c] as const))("%s answers BAD_REQUEST with the field", async (_p, c) => {
    const actor = await server.createUser();
    const valid = await c.input?.(fx, actor);
    // Inputs without a string (e.g. `{}` for a list) get a NUL in a key: the check covers keys too.
    const bad = withNul(valid) ?? { input: { ...(valid as object), "key\u0000": 1 }, path: ["key\u0000"] };
    const res = await fx.call(c.path, c.type, bad.input, actor);
    expect(res.ok, `accepted ${JSON.stringify(bad.input)}`).toBe(false);
    if (res.ok) return;
    expect(res.status).toBe(400);
    expect(res.error.data.code).toBe("BAD_REQUEST");
    expect(res.error.data.issues).toContainEqual(
      expect.objectContaining({ path: bad.path, message: "must not contain a NUL character" }),
    );
  });

  it("free text that used to reach the database: search name, profile titles, captured description", async () => {
    const actor = await server.createUser();
    const cases: [string, unknown, string[]][] = [
      ["searches.create", { name: "a\u0000b", keywords: ["x"] }, ["name"]],
      ["profile.update", { titles: ["ok", "a\u0000b"] }, ["titles", "1"]],
      [
        "postings.capture",
        {
          posting: {
            title: "Engineer",
            company: "Acme",
            locations: [],
            remote: "unknown",
            employmentType: null,
            salary: null,
            description: "x\u0000y",
            postedAt: null,
            closed: false,
            source: "greenhouse",
            sourceId: "nul-1",
            url: "https://boards.greenhouse.io/acme/jobs/1",
          },
        },
        ["posting", "description"],
      ],
    ];
    for (const [path, input, field] of cases) {
      const res = await fx.call(path, "mutation", input, actor);
      expect(res.status, path).toBe(400);
      expect(res.ok ? null : res.error.data.issues?.map((i) => i.path), path).toContainEqual(field);
    }
    // and nothing was stored
    expect(await server.caller(actor.token).searches.list.query()).toEqual([]);
  });
});
