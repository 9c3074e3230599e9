import { listOutbox, readOutboxMessage } from "@vanta/server/ports/email/outbox-reader";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ReplayServer } from "../../support/replay-server.ts";
import { startTestServer, type TestServer, type TestUser } from "../../support/server.ts";
import { dailyRuns, dailySearchDeps, SEARCH, startProviders } from "../daily-search/support.ts";
import { TEST_SECRET } from "./support.ts";

// The wiring: the scheduler's daily-search delivery ends with the digest of what it just scored,
// recorded in the run's summary; a repeated delivery the same day sends nothing more.

let providers: ReplayServer;
let server: TestServer;
let cy: TestUser;

beforeAll(async () => {
  providers = await startProviders();
  server = await startTestServer({ env: { VANTA_SECRET: TEST_SECRET }, dailySearch: dailySearchDeps(providers.url) });
  cy = await server.createUser();
  const api = server.caller(cy.token);
  await api.profile.update.mutate({ timezone: "Europe/Berlin", skills: ["ruby", "rails", "security"] });
  await api.searches.create.mutate(SEARCH);
});

afterAll(async () => {
  await server?.close();
  await providers?.close();
});

async function deliver(): Promise<Record<string, unknown>> {
  const res = await server.runtime.app.request("/jobs/daily-search", {
    method: "POST",
    body: JSON.stringify({ userId: cy.user.id }),
    headers: { "content-type": "application/json" },
  });
  // Unsigned: the endpoint refuses it; the real delivery goes through the scheduler port below.
  expect(res.status).toBe(401);
  await server.runtime.ports.scheduler.publish({ destinationPath: "/jobs/daily-search", body: { userId: cy.user.id } });
  let props: Record<string, unknown> = {};
  await vi.waitFor(
    async () => {
      const [run] = await dailyRuns(server.runtime.db, cy.user.id);
      expect(run?.props.status).toBeDefined();
      expect(run?.props.status).not.toBe("running");
      props = run?.props ?? {};
    },
    { timeout: 30_000, interval: 100 },
  );
  return props;
}

describe("digest after the daily search job", { timeout: 60_000 }, () => {
  it("sends the digest of the run's postings and records it in the run summary", async () => {
    const props = await deliver();
    const digest = props.digest as { sent: boolean; postings: number; messageId: string | null };
    expect(digest.postings).toBeGreaterThan(0);
    expect(digest.sent).toBe(true);
    const m = await readOutboxMessage(server.outboxDir, digest.messageId as string);
    expect(m?.to).toContain(cy.user.email);
    const list = await server.caller(cy.token).notifications.list.query();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.data.postingIds).toHaveLength(digest.postings);
  });

  it("a repeated delivery the same day neither runs again nor sends a second email", async () => {
    const before = (await listOutbox(server.outboxDir)).length;
    await server.runtime.ports.scheduler.publish({
      destinationPath: "/jobs/daily-search",
      body: { userId: cy.user.id },
    });
    await vi.waitFor(() => expect(server.logs.filter((l) => l.msg === "scheduler delivered").length).toBe(2), {
      timeout: 30_000,
      interval: 100,
    });
    expect((await listOutbox(server.outboxDir)).length).toBe(before);
    expect((await server.caller(cy.token).notifications.list.query()).items).toHaveLength(1);
  });
});
