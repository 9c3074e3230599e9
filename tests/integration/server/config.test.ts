import { ConfigError, loadConfig } from "@vanta/server/config";
import { VANTA_EXTENSION_ID } from "@vanta/shared/extension-id";
import { describe, expect, it } from "vitest";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => `${p.variable}: ${p.message}`);
    throw err;
  }
  return [];
}

describe("loadConfig", () => {
  it("gives every embedded default on an empty environment", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8787,
      host: "127.0.0.1",
      vantaHome: "./.vanta",
      databaseUrl: undefined,
      publicUrl: "http://127.0.0.1:8787",
      extensionOrigins: [`chrome-extension://${VANTA_EXTENSION_ID}`, "moz-extension://*"],
      qstash: null,
      openai: null,
      logLevel: "info",
      nodeEnv: "development",
      localEmail: "local@vanta.localhost",
    });
    expect(c.email.resend).toBeNull();
  });

  it("derives PUBLIC_URL from PORT and treats empty variables as unset", () => {
    const c = loadConfig({ PORT: "8799", DATABASE_URL: "", HOST: "  " });
    expect(c.publicUrl).toBe("http://127.0.0.1:8799");
    expect(c.databaseUrl).toBeUndefined();
    expect(c.host).toBe("127.0.0.1");
    expect(loadConfig({ PUBLIC_URL: "https://vanta.example.com/" }).publicUrl).toBe("https://vanta.example.com");
  });

  it("names every bad variable in one error, without echoing values", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://secret@host/db", LOG_LEVEL: "loud", PUBLIC_URL: "ftp://x" });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("PORT: expected a number 1-65535");
    expect(message).toContain("DATABASE_URL: expected a postgres://");
    expect(message).toContain("LOG_LEVEL:");
    expect(message).toContain("PUBLIC_URL: expected an http(s) URL");
    expect(message).not.toContain("secret");
  });

  it("rejects out-of-range ports", () => {
    expect(problems({ PORT: "0" })).toEqual(["PORT: expected a number 1-65535"]);
    expect(problems({ PORT: "65536" })).toEqual(["PORT: expected a number 1-65535"]);
    expect(problems({ PORT: "80.5" })).toEqual(["PORT: expected a number 1-65535"]);
  });

  it("wants QStash all or nothing", () => {
    const p = problems({ QSTASH_TOKEN: "t" });
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^QSTASH_CURRENT_SIGNING_KEY: required when QSTASH_TOKEN is set/);
    expect(p[1]).toMatch(/^QSTASH_NEXT_SIGNING_KEY: required/);
    expect(problems({ QSTASH_URL: "http://127.0.0.1:1" })[0]).toMatch(/^QSTASH_URL: set without/);
    const c = loadConfig({ QSTASH_TOKEN: "t", QSTASH_CURRENT_SIGNING_KEY: "c", QSTASH_NEXT_SIGNING_KEY: "n" });
    expect(c.qstash).toEqual({ token: "t", url: undefined, currentSigningKey: "c", nextSigningKey: "n" });
  });

  it("needs a sender for Resend, and a key for OpenAI settings", () => {
    expect(problems({ RESEND_API_KEY: "re_x" })).toEqual([
      "EMAIL_FROM: required when RESEND_API_KEY is set (a sender on a verified domain)",
    ]);
    expect(problems({ EMAIL_FROM: "nobody" })[0]).toMatch(/^EMAIL_FROM: expected an address/);
    expect(problems({ OPENAI_MODEL: "gpt-x" })).toEqual(["OPENAI_MODEL: set without OPENAI_API_KEY"]);
    expect(problems({ OPENAI_EMBEDDING_MODEL: "e" })).toEqual(["OPENAI_EMBEDDING_MODEL: set without OPENAI_API_KEY"]);
    const c = loadConfig({ RESEND_API_KEY: "re_x", EMAIL_FROM: "Vanta <hi@example.com>", OPENAI_API_KEY: "sk" });
    expect(c.email).toEqual({ from: "Vanta <hi@example.com>", resend: { apiKey: "re_x", baseUrl: undefined } });
    expect(c.openai).toEqual({ apiKey: "sk", baseUrl: undefined, model: "gpt-4.1-mini", embeddingModel: undefined });
  });

  it("parses EXTENSION_ORIGINS as a list and rejects junk", () => {
    expect(loadConfig({ EXTENSION_ORIGINS: "chrome-extension://abc, moz-extension://*" }).extensionOrigins).toEqual([
      "chrome-extension://abc",
      "moz-extension://*",
    ]);
    expect(problems({ EXTENSION_ORIGINS: "not an origin" })[0]).toMatch(/^EXTENSION_ORIGINS:/);
  });
});
