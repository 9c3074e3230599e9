import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResendEmail } from "../../../server/src/ports/email/resend.ts";
import { EmailError } from "../../../server/src/ports/email/types.ts";
import { type ResendStandIn, startResendServer } from "../../support/resend-server.ts";

let server: ResendStandIn;
beforeAll(async () => {
  server = await startResendServer("re_test_key");
});
afterAll(async () => {
  await server.close();
});

const message = {
  to: "zoe@example.com",
  subject: "Daily digest",
  html: "<p>hello</p>",
  text: "hello",
  headers: { "List-Unsubscribe": "<https://vanta.example/u/1>" },
  tags: [{ name: "kind", value: "digest" }],
};

async function sendError(port: ReturnType<typeof createResendEmail>, msg = message): Promise<EmailError> {
  const err = await port.send(msg).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EmailError);
  return err as EmailError;
}

describe("Resend email adapter (real SDK against a local Resend stand-in)", () => {
  it("sends and returns the provider id; the wire body carries every field", async () => {
    const port = createResendEmail({
      apiKey: "re_test_key",
      from: "Vanta <digest@vanta.example>",
      baseUrl: server.url,
    });
    const { id } = await port.send(message);
    const sent = server.sent.find((s) => s.id === id);
    expect(sent).toMatchObject({
      from: "Vanta <digest@vanta.example>",
      to: "zoe@example.com",
      subject: "Daily digest",
      html: "<p>hello</p>",
      text: "hello",
      headers: { "List-Unsubscribe": "<https://vanta.example/u/1>" },
      tags: [{ name: "kind", value: "digest" }],
    });
  });

  it("maps a bad key to unauthorized", async () => {
    const port = createResendEmail({ apiKey: "re_wrong", from: "digest@vanta.example", baseUrl: server.url });
    const err = await sendError(port);
    expect(err.code).toBe("unauthorized");
    expect(err.details).toEqual({ status: 403, providerName: "invalid_api_key" });
  });

  it("maps 429 to rate_limited", async () => {
    const port = createResendEmail({ apiKey: "re_test_key", from: "digest@vanta.example", baseUrl: server.url });
    server.rateLimitNext = 1;
    const err = await sendError(port);
    expect(err.code).toBe("rate_limited");
    expect(err.details.status).toBe(429);
  });

  it("maps a 422 validation error (bad from) to rejected, with Resend's message", async () => {
    const port = createResendEmail({ apiKey: "re_test_key", from: "not an address", baseUrl: server.url });
    const err = await sendError(port);
    expect(err.code).toBe("rejected");
    expect(err.message).toContain("Invalid `from` field");
  });

  it("maps an unreachable server to unreachable", async () => {
    const port = createResendEmail({
      apiKey: "re_test_key",
      from: "digest@vanta.example",
      baseUrl: "http://127.0.0.1:9",
    });
    expect((await sendError(port)).code).toBe("unreachable");
  });

  it("refuses an invalid message before any request", async () => {
    const before = server.sent.length;
    const port = createResendEmail({ apiKey: "re_test_key", from: "digest@vanta.example", baseUrl: server.url });
    expect((await sendError(port, { ...message, to: "nope" })).code).toBe("invalid_message");
    expect(server.sent.length).toBe(before);
  });
});
