import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQStashScheduler } from "../../../server/src/ports/scheduler/qstash.ts";
import type { SchedulerPort } from "../../../server/src/ports/scheduler/types.ts";
import { type QStashStandIn, signQStashJwt, startQStashServer } from "../../support/qstash-server.ts";
import { serveFetch } from "../../support/serve-fetch.ts";

const keys = { currentSigningKey: "sig_current_test_key", nextSigningKey: "sig_next_test_key" };
let qstash: QStashStandIn;
let port: SchedulerPort;
let publicUrl: string;
let appServer: Awaited<ReturnType<typeof serveFetch>>;
const received: unknown[] = [];

beforeAll(async () => {
  qstash = await startQStashServer({ token: "qstash_test_token", currentSigningKey: keys.currentSigningKey });
  // The job endpoint: verifies with the port's receiving side on the raw body, as the real app must.
  appServer = await serveFetch(async (req) => {
    const raw = await req.text();
    if (!(await port.verifyRequest(req, raw))) return Response.json({ error: "invalid signature" }, { status: 401 });
    received.push(JSON.parse(raw));
    return Response.json({ ok: true });
  });
  publicUrl = appServer.url;
  port = createQStashScheduler({ token: "qstash_test_token", ...keys, publicUrl, baseUrl: qstash.url, retry: false });
});

afterAll(async () => {
  await appServer.close();
  await qstash.close();
});

describe("QStash scheduler adapter (real SDK against a local QStash stand-in)", () => {
  it("publish -> signed delivery -> Receiver verification passes", async () => {
    const before = qstash.deliveries.length;
    const { messageId } = await port.publish({ destinationPath: "/jobs/daily-run", body: { userId: "u1" } });
    expect(messageId).toMatch(/^msg_/);
    const [delivery] = (await qstash.waitForDeliveries(before + 1)).slice(before);
    expect(delivery).toMatchObject({ url: `${publicUrl}/jobs/daily-run`, status: 200, body: '{"userId":"u1"}' });
    expect(received).toContainEqual({ userId: "u1" });
  });

  it("upserts a schedule with CRON_TZ and its destination; triggering it delivers a verified request", async () => {
    await port.upsertSchedule({
      id: "digest-u1",
      cron: "30 7 * * *",
      timezone: "Europe/Berlin",
      destinationPath: "/jobs/digest",
      body: { userId: "u1" },
    });
    await port.upsertSchedule({
      id: "digest-u1",
      cron: "0 8 * * 1-5",
      timezone: "America/New_York",
      destinationPath: "/jobs/digest",
      body: { userId: "u1", v: 2 },
    });
    expect(qstash.schedules.size).toBe(1);
    expect(qstash.schedules.get("digest-u1")).toMatchObject({
      destination: `${publicUrl}/jobs/digest`,
      cron: "CRON_TZ=America/New_York 0 8 * * 1-5",
      body: '{"userId":"u1","v":2}',
    });
    const delivery = await qstash.trigger("digest-u1");
    expect(delivery.status).toBe(200);
    expect(received).toContainEqual({ userId: "u1", v: 2 });

    await port.deleteSchedule("digest-u1");
    expect(qstash.schedules.has("digest-u1")).toBe(false);
    await expect(port.deleteSchedule("digest-u1")).resolves.toBeUndefined();
  });

  it("rejects (401) a tampered body, a foreign key, a wrong destination and a missing signature", async () => {
    const url = `${publicUrl}/jobs/daily-run`;
    const body = '{"userId":"u1"}';
    const valid = signQStashJwt(keys.currentSigningKey, url, body);
    const post = (headers: Record<string, string>, b = body) =>
      fetch(url, { method: "POST", body: b, headers: { "Content-Type": "application/json", ...headers } });

    expect((await post({ "Upstash-Signature": valid })).status).toBe(200);
    expect((await post({ "Upstash-Signature": valid }, '{"userId":"u2"}')).status).toBe(401);
    expect((await post({ "Upstash-Signature": signQStashJwt("attacker_key", url, body) })).status).toBe(401);
    const elsewhere = signQStashJwt(keys.currentSigningKey, `${publicUrl}/jobs/other`, body);
    expect((await post({ "Upstash-Signature": elsewhere })).status).toBe(401);
    expect((await post({ "Upstash-Signature": `${valid.slice(0, -2)}xx` })).status).toBe(401);
    expect((await post({})).status).toBe(401);
    // Key rotation: a request signed with the next key is still accepted.
    expect((await post({ "Upstash-Signature": signQStashJwt(keys.nextSigningKey, url, body) })).status).toBe(200);
  });

  it("an expired signature is rejected", async () => {
    const url = `${publicUrl}/jobs/daily-run`;
    const old = signQStashJwt(keys.currentSigningKey, url, "{}", Math.floor(Date.now() / 1000) - 3600);
    const res = await fetch(url, { method: "POST", body: "{}", headers: { "Upstash-Signature": old } });
    expect(res.status).toBe(401);
  });

  it("invalid input and a wrong token surface as SchedulerError", async () => {
    await expect(
      port.upsertSchedule({ id: "x", cron: "61 * * * *", timezone: "UTC", destinationPath: "/jobs/x", body: {} }),
    ).rejects.toMatchObject({ name: "SchedulerError", code: "invalid_input" });
    await expect(
      port.upsertSchedule({ id: "x", cron: "0 9 * * *", timezone: "Nowhere/City", destinationPath: "/j", body: {} }),
    ).rejects.toThrow(/unknown time zone/);
    const wrong = createQStashScheduler({ token: "bad", ...keys, publicUrl, baseUrl: qstash.url, retry: false });
    await expect(wrong.publish({ destinationPath: "/jobs/x", body: {} })).rejects.toMatchObject({
      code: "provider_error",
      status: 401,
    });
  });
});
