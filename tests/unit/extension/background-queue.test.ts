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
const { queueItem, deadTracksItem } = await import("../../../extension/lib/background/queue-store.ts");
const { syncProblems, dismissProblems } = await import("../../../extension/lib/background/track.ts");

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

test("a queued track the server refuses for good (4xx) leaves the queue for the 'couldn't sync' list; the rest still syncs", async () => {
  const refused = { ...posting(4), title: "   " }; // the server's Posting schema wants a title
  await queueItem.setValue([
    {
      clientRequestId: crypto.randomUUID(),
      posting: refused,
      stage: null,
      queuedAt: 1,
      attempts: 3,
      nextAttemptAt: 0,
      lastError: "timeout",
    },
    {
      clientRequestId: crypto.randomUUID(),
      posting: posting(5),
      stage: null,
      queuedAt: 2,
      attempts: 1,
      nextAttemptAt: 0,
      lastError: "timeout",
    },
  ]);
  const before = await count();
  expect(await flushQueue(true)).toEqual({ synced: 1, remaining: 0 });
  expect(await count()).toBe(before + 1);
  const problems = await syncProblems();
  expect(problems.queued).toBe(0);
  expect(problems.dead).toEqual([
    expect.objectContaining({
      code: "BAD_REQUEST",
      attempts: 3,
      posting: expect.objectContaining({ url: refused.url }),
    }),
  ]);
  // not retried again: a later flush sends nothing
  expect(await flushQueue(true)).toEqual({ synced: 0, remaining: 0 });
  expect((await dismissProblems()).dead).toEqual([]);
  expect(await deadTracksItem.getValue()).toEqual([]);
});

test("a 5xx answer is queued (not lost) and synced once the server is healthy again", async () => {
  // A second server whose database is closed: it still answers, with INTERNAL_SERVER_ERROR.
  const broken = await startTestServer();
  const user = await broken.createUser();
  const { close } = broken.runtime.dbHandle;
  await serverUrlItem.setValue(broken.url);
  await sessionItem.setValue({ token: user.token, user: user.user });
  await close();
  try {
    const r = await trackPosting(posting(6));
    expect(r).toMatchObject({ ok: true, data: { status: "queued" } });
    const [queued] = await queueItem.getValue();
    expect(queued).toMatchObject({ posting: expect.objectContaining({ url: posting(6).url }), attempts: 1 });
    expect(queued?.lastError).toBe("Internal server error"); // answered 500, not unreachable
    expect(await flushQueue(true)).toEqual({ synced: 0, remaining: 1 });
    expect((await syncProblems()).dead).toEqual([]);
  } finally {
    await serverUrlItem.setValue(proxy.url);
    await sessionItem.setValue({ token, user: (await server.caller(token).auth.me.query()) as never });
    await broken.close().catch(() => {});
  }
  const before = await count();
  expect(await flushQueue(true)).toEqual({ synced: 1, remaining: 0 });
  expect(await count()).toBe(before + 1);
});
