import type { Posting } from "@vanta/shared/posting";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { type SwitchableProxy, startSwitchableProxy } from "../../e2e/helpers/switchable-proxy.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";

// The background's track + offline queue against a real server, with WXT's in-memory fake browser
// standing in for extension storage: queued while down, synced exactly once when back.
(globalThis as { browser?: unknown }).browser = fakeBrowser;
const { sessionItem, serverUrlItem } = await import("../../../extension/lib/settings.ts");
const { trackPosting, flushQueue } = await import("../../../extension/lib/background/track.ts");
const { queueItem } = await import("../../../extension/lib/background/queue-store.ts");

let server: TestServer;
let proxy: SwitchableProxy;
let token: string;

const posting = (n: number): Posting => ({
  title: `Backend Engineer ${n}`,
  company: "Queue Test Co",
  locations: ["Berlin, DE"],
  remote: "hybrid",
  employmentType: "full-time",
  salary: null,
  description: "Build TypeScript services.",
  postedAt: "2026-11-20",
  closed: false,
  source: "jsonld",
  sourceId: null,
  url: `https://careers.queue-test.example/jobs/${n}`,
});

const count = async () => (await server.caller(token).applications.list.query({})).cards.length;

beforeAll(async () => {
  server = await startTestServer();
  proxy = await startSwitchableProxy(server.url);
  const user = await server.createUser();
  token = user.token;
  await serverUrlItem.setValue(proxy.url);
  await sessionItem.setValue({ token, user: user.user });
});

afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

test("tracks directly when the server is up; a second track of the same posting creates nothing", async () => {
  const first = await trackPosting(posting(1));
  expect(first).toMatchObject({ ok: true, data: { status: "tracked" } });
  const second = await trackPosting(posting(1));
  expect(second).toMatchObject({ ok: true, data: { status: "already" } });
  expect(await count()).toBe(1);
});

test("server down: queued once however often it is clicked, synced exactly once when back", async () => {
  await proxy.stop();
  expect(await trackPosting(posting(2))).toMatchObject({ ok: true, data: { status: "queued" } });
  expect(await trackPosting(posting(2))).toMatchObject({ ok: true, data: { status: "queued" } });
  expect(await queueItem.getValue()).toHaveLength(1);

  // A retry while still down keeps the item (and its clientRequestId) and backs off.
  const id = (await queueItem.getValue())[0]!.clientRequestId;
  expect(await flushQueue(true)).toEqual({ synced: 0, remaining: 1 });
  const [kept] = await queueItem.getValue();
  expect(kept).toMatchObject({ clientRequestId: id, attempts: 2 });
  expect(kept!.nextAttemptAt).toBeGreaterThan(Date.now());

  await proxy.start();
  // Two flushes at once (alarm + popup) share one run.
  const [a, b] = await Promise.all([flushQueue(true), flushQueue(true)]);
  expect(a).toEqual({ synced: 1, remaining: 0 });
  expect(b).toBe(a);
  expect(await count()).toBe(2);
  expect(await flushQueue(true)).toEqual({ synced: 0, remaining: 0 });
  expect(await count()).toBe(2);
});

test("a replay whose first attempt reached the server (reply lost) does not create twice", async () => {
  const clientRequestId = crypto.randomUUID();
  // The first attempt got through, but the extension never saw the answer…
  await server.caller(token).applications.track.mutate({ posting: posting(3), clientRequestId });
  // …so the item is still queued with the same clientRequestId and is sent again.
  await queueItem.setValue([
    {
      clientRequestId,
      posting: posting(3),
      stage: null,
      queuedAt: 0,
      attempts: 1,
      nextAttemptAt: 0,
      lastError: "timeout",
    },
  ]);
  expect(await flushQueue(false)).toEqual({ synced: 1, remaining: 0 });
  expect(await count()).toBe(3);
});
