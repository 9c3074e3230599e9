import { VANTA_EXTENSION_ID } from "@vanta/shared/extension-id";
import { z } from "zod";

// Configuration comes from the environment only, validated once at start (STYLE.md: no silent
// fallbacks). Every cloud part switches on by its variables; unset means the embedded default.
// No Node imports here, so a serverless entry can call loadConfig on its own env object.

/** Unset and empty are the same thing for an environment variable. */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const url = (what: string) =>
  optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s/]+/i.test(v), `expected an http(s) URL ${what}`);

const port = optionalString.transform((v, ctx) => {
  if (v === undefined) return 8787;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 65535) {
    ctx.addIssue({ code: "custom", message: "expected a number 1-65535" });
    return z.NEVER;
  }
  return n;
});

const HOST_NAME = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;
const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}$/;

function isIpOrCidr(v: string): boolean {
  const [addr, bits, extra] = v.split("/");
  if (!addr || extra !== undefined) return false;
  const v4 = IPV4.test(addr) && addr.split(".").every((o) => Number(o) <= 255);
  const v6 = !v4 && /^[0-9a-f:.]+$/i.test(addr) && addr.includes(":");
  if (!v4 && !v6) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (v4 ? 32 : 128));
}

/** Host names a request may carry in its Host header whatever the configuration (DNS rebinding guard). */
export const LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]"];

const logLevels = ["debug", "info", "warn", "error", "silent"] as const;
const nodeEnvs = ["development", "production", "test"] as const;

const EnvSchema = z.object({
  PORT: port,
  HOST: optionalString.transform((v) => v ?? "127.0.0.1"),
  VANTA_HOME: optionalString.transform((v) => v ?? "./.vanta"),
  DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^(postgres(ql)?:\/\/|memory:\/\/)/.test(v),
    "expected a postgres:// or postgresql:// URL (or memory:// for a throwaway embedded database)",
  ),
  PUBLIC_URL: url("such as http://127.0.0.1:8787"),
  EXTENSION_ORIGINS: optionalString.refine(
    (v) => v === undefined || v.split(",").every((o) => /^[a-z][a-z0-9+.-]*:\/\/[^\s/]+$/i.test(o.trim())),
    "expected a comma-separated list of origins such as chrome-extension://<id> (a trailing * matches any id)",
  ),
  ALLOWED_HOSTS: optionalString.refine(
    (v) => v === undefined || v === "*" || v.split(",").every((h) => HOST_NAME.test(h.trim())),
    'expected a comma-separated list of host names such as vanta.example.com (or "*" to skip the check)',
  ),
  TRUSTED_PROXIES: optionalString.refine(
    (v) => v === undefined || v === "*" || v.split(",").every((p) => isIpOrCidr(p.trim())),
    'expected a comma-separated list of proxy addresses or CIDR ranges such as 10.0.0.0/8 (or "*")',
  ),
  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: url("for the Resend API"),
  EMAIL_FROM: optionalString.refine(
    (v) => v === undefined || /^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(v),
    'expected an address such as "Vanta <hello@example.com>"',
  ),
  QSTASH_TOKEN: optionalString,
  QSTASH_URL: url("for the QStash API"),
  QSTASH_CURRENT_SIGNING_KEY: optionalString,
  QSTASH_NEXT_SIGNING_KEY: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url("for the OpenAI API"),
  OPENAI_MODEL: optionalString,
  OPENAI_EMBEDDING_MODEL: optionalString,
  LOG_LEVEL: optionalString.pipe(z.enum(logLevels).optional()).transform((v) => v ?? "info"),
  NODE_ENV: optionalString.pipe(z.enum(nodeEnvs).optional()).transform((v) => v ?? "development"),
  VANTA_LOCAL_EMAIL: optionalString.pipe(z.email("expected an email address").optional()),
  VANTA_SECRET: optionalString.refine(
    (v) => v === undefined || v.length >= 32,
    "expected at least 32 characters (e.g. openssl rand -base64 32)",
  ),
  VANTA_MASTER_KEY: optionalString.refine(
    (v) => v === undefined || isKey32(v),
    "expected 32 random bytes in base64 (e.g. openssl rand -base64 32)",
  ),
  VANTA_MASTER_KEY_PREVIOUS: optionalString.refine(
    (v) => v === undefined || v.split(",").every((k) => isKey32(k.trim())),
    "expected comma-separated base64 keys of 32 bytes (the keys being rotated away)",
  ),
});

/** 32 bytes in standard or URL-safe base64. */
function isKey32(v: string): boolean {
  try {
    return atob(v.trim().replace(/-/g, "+").replace(/_/g, "/")).length === 32;
  } catch {
    return false;
  }
}

export type LogLevel = (typeof logLevels)[number];

export interface Config {
  port: number;
  host: string;
  /** as given; the Node runtime resolves it against the working directory */
  vantaHome: string;
  databaseUrl: string | undefined;
  /** no trailing slash */
  publicUrl: string;
  /** exact origins, or prefixes ending in "*" (e.g. "moz-extension://*"); CORS on /trpc only */
  extensionOrigins: string[];
  /** host names (no port, lowercase) the Host header may name: loopback + PUBLIC_URL's + ALLOWED_HOSTS; ["*"] = any */
  allowedHosts: string[];
  /** addresses / CIDR ranges whose X-Forwarded-For is believed; ["*"] = any peer (a platform that always proxies) */
  trustedProxies: string[];
  email: { from: string; resend: { apiKey: string; baseUrl: string | undefined } | null };
  qstash: { token: string; url: string | undefined; currentSigningKey: string; nextSigningKey: string } | null;
  /** embeddingModel unset → the adapter's default (text-embedding-3-small) */
  openai: { apiKey: string; baseUrl: string | undefined; model: string; embeddingModel: string | undefined } | null;
  logLevel: LogLevel;
  nodeEnv: (typeof nodeEnvs)[number];
  localEmail: string;
  /** HMAC key of signed links (digest track/unsubscribe/snooze); unset → generated once under VANTA_HOME */
  secret: string | undefined;
  /** master keys (base64) for encryption at rest; unset → a key file generated once under VANTA_HOME */
  masterKey: { current: string; previous: string[] } | null;
}

// Chrome's id is pinned by the manifest key; Firefox gives every install a random UUID, so its scheme
// stays a prefix. The background needs no CORS at all (host permissions), but the UI pages may.
export const DEFAULT_EXTENSION_ORIGINS = [`chrome-extension://${VANTA_EXTENSION_ID}`, "moz-extension://*"];
export const DEFAULT_LOCAL_EMAIL = "local@vanta.localhost";
const DEFAULT_EMAIL_FROM = "Vanta <no-reply@vanta.localhost>";
const DEFAULT_OPENAI_MODEL = "gpt-4.1-mini";

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}`);
  }
}

/** Reads and validates the environment; throws one ConfigError naming every bad variable (values never echoed). */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems: { variable: string; message: string }[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ variable: String(issue.path[0] ?? "environment"), message: issue.message });
    }
    throw new ConfigError(problems);
  }
  const e = parsed.data;

  // QStash needs the token to publish and both signing keys to verify deliveries: half a setup would
  // either fail at the first schedule or accept unsigned calls, so it is all or nothing.
  const qstashVars = ["QSTASH_TOKEN", "QSTASH_CURRENT_SIGNING_KEY", "QSTASH_NEXT_SIGNING_KEY"] as const;
  const qstashSet = qstashVars.filter((k) => e[k] !== undefined);
  if (qstashSet.length > 0 && qstashSet.length < qstashVars.length) {
    for (const k of qstashVars.filter((k) => e[k] === undefined)) {
      problems.push({ variable: k, message: `required when ${qstashSet.join(", ")} is set (QStash needs all three)` });
    }
  }
  if (e.QSTASH_URL && qstashSet.length === 0) {
    problems.push({ variable: "QSTASH_URL", message: "set without QSTASH_TOKEN and the signing keys" });
  }
  if (e.RESEND_API_KEY && !e.EMAIL_FROM) {
    problems.push({
      variable: "EMAIL_FROM",
      message: "required when RESEND_API_KEY is set (a sender on a verified domain)",
    });
  }
  if (e.RESEND_BASE_URL && !e.RESEND_API_KEY) {
    problems.push({ variable: "RESEND_BASE_URL", message: "set without RESEND_API_KEY" });
  }
  const openaiOnly = (["OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_EMBEDDING_MODEL"] as const).find((v) => e[v]);
  if (openaiOnly && !e.OPENAI_API_KEY) {
    problems.push({ variable: openaiOnly, message: "set without OPENAI_API_KEY" });
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port: e.PORT,
    host: e.HOST,
    vantaHome: e.VANTA_HOME,
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/+$/, ""),
    extensionOrigins: e.EXTENSION_ORIGINS
      ? e.EXTENSION_ORIGINS.split(",").map((o) => o.trim())
      : DEFAULT_EXTENSION_ORIGINS,
    allowedHosts: allowedHosts(e.ALLOWED_HOSTS, e.PUBLIC_URL ?? `http://127.0.0.1:${e.PORT}`),
    trustedProxies: e.TRUSTED_PROXIES ? e.TRUSTED_PROXIES.split(",").map((p) => p.trim()) : [],
    email: {
      from: e.EMAIL_FROM ?? DEFAULT_EMAIL_FROM,
      resend: e.RESEND_API_KEY ? { apiKey: e.RESEND_API_KEY, baseUrl: e.RESEND_BASE_URL } : null,
    },
    qstash:
      e.QSTASH_TOKEN && e.QSTASH_CURRENT_SIGNING_KEY && e.QSTASH_NEXT_SIGNING_KEY
        ? {
            token: e.QSTASH_TOKEN,
            url: e.QSTASH_URL,
            currentSigningKey: e.QSTASH_CURRENT_SIGNING_KEY,
            nextSigningKey: e.QSTASH_NEXT_SIGNING_KEY,
          }
        : null,
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseUrl: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
          embeddingModel: e.OPENAI_EMBEDDING_MODEL,
        }
      : null,
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    localEmail: e.VANTA_LOCAL_EMAIL ?? DEFAULT_LOCAL_EMAIL,
    secret: e.VANTA_SECRET,
    masterKey: e.VANTA_MASTER_KEY
      ? {
          current: e.VANTA_MASTER_KEY.trim(),
          previous: e.VANTA_MASTER_KEY_PREVIOUS?.split(",").map((k) => k.trim()) ?? [],
        }
      : null,
  };
}

function allowedHosts(extra: string | undefined, publicUrl: string): string[] {
  if (extra === "*") return ["*"];
  const strip = (h: string) => h.trim().toLowerCase().replace(/:\d+$/, "");
  const names = [...LOOPBACK_HOSTS, new URL(publicUrl).hostname.toLowerCase(), ...(extra?.split(",") ?? []).map(strip)];
  return [...new Set(names)];
}
