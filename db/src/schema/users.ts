import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { deletedAt, id, timestamps } from "./columns.ts";

export const userStatus = pgEnum("user_status", ["active", "disabled"]);
export const planTier = pgEnum("plan_tier", ["free", "pro"]);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name"),
    plan: planTier("plan").notNull().default("free"),
    status: userStatus("status").notNull().default("active"),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

/** Bearer sessions: the extension's token and web sessions. Only a SHA-256 of the token is stored. */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    kind: text("kind", { enum: ["extension", "web", "cli"] }).notNull(),
    userAgent: text("user_agent"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [uniqueIndex("sessions_token_hash_key").on(t.tokenHash), index("sessions_user_idx").on(t.userId)],
);

/** One-time secrets: magic-link tokens (by email) and pairing codes (for an existing user). */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    id: id(),
    kind: text("kind", { enum: ["magic_link", "pairing"] }).notNull(),
    tokenHash: text("token_hash").notNull(),
    email: text("email"),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    meta: jsonb("meta").$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps(),
  },
  (t) => [uniqueIndex("verification_tokens_hash_key").on(t.kind, t.tokenHash)],
);

/** OAuth tokens for integrations; `accessTokenEnc`/`refreshTokenEnc` are AES-GCM ciphertexts (never plaintext). */
export const integrationAccounts = pgTable(
  "integration_accounts",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    accountRef: text("account_ref"),
    accessTokenEnc: text("access_token_enc"),
    refreshTokenEnc: text("refresh_token_enc"),
    scopes: text("scopes").array().notNull().default(sql`'{}'::text[]`),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [uniqueIndex("integration_accounts_user_provider_key").on(t.userId, t.provider)],
);

/**
 * Each user's data key for encryption at rest (sensitive applicant answers, integration tokens), stored only
 * wrapped under a master key that lives outside the database (VANTA_MASTER_KEY or a key file).
 */
export const userKeys = pgTable("user_keys", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** "v1.<master key id>.<iv>.<ciphertext>" */
  wrappedKey: text("wrapped_key").notNull(),
  ...timestamps(),
});
