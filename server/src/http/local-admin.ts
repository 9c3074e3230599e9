import { ensureUserByEmail } from "@vanta/db/queries/users";
import { Hono } from "hono";
import { z } from "zod";
import type { AppRuntime } from "../app.ts";
import { createPairingCode } from "../services/auth/pairing.ts";
import { sha256Hex } from "../services/auth/tokens.ts";
import { seedDemo } from "../services/demo/seed.ts";
import { sendDigest } from "../services/digest/send.ts";

// Lets `vanta pair` mint a code while `vanta serve` holds the embedded database (PGlite allows one
// process per folder). The admin token lives only in $VANTA_HOME/server.json (mode 0600), so only
// someone who can read that folder can ask; hashes are compared so timing reveals nothing useful.

const Body = z.object({ email: z.email().max(320) });

export function localAdminRoutes(runtime: Pick<AppRuntime, "db" | "services" | "log">, adminToken: string): Hono {
  const app = new Hono();
  const expected = sha256Hex(adminToken);
  app.post("/local/pairing-codes", async (c) => {
    const given = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
    if ((await sha256Hex(given)) !== (await expected)) {
      return c.json({ error: { code: "UNAUTHORIZED", message: "admin token required" } }, 401);
    }
    const body = Body.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json({ error: { code: "BAD_REQUEST", message: "expected {email}" } }, 400);
    const { user } = await ensureUserByEmail(runtime.db, body.data.email);
    const issued = await createPairingCode(
      { db: runtime.db, publicUrl: runtime.services.publicUrl, now: runtime.services.now() },
      user.id,
    );
    runtime.log.info("pairing code issued via local admin", { userId: user.id });
    return c.json({ code: issued.code, url: issued.url, expiresAt: issued.expiresAt.toISOString(), email: user.email });
  });
  app.post("/local/demo", async (c) => {
    const given = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
    if ((await sha256Hex(given)) !== (await expected)) {
      return c.json({ error: { code: "UNAUTHORIZED", message: "admin token required" } }, 401);
    }
    const { services } = runtime;
    const now = () => services.now();
    const s = await seedDemo({
      db: runtime.db,
      files: services.files,
      models: services.model,
      log: runtime.log,
      publicUrl: services.publicUrl,
      now,
      digest: (userId) =>
        sendDigest(
          {
            db: runtime.db,
            email: services.email,
            publicUrl: services.publicUrl,
            secret: services.digestSecret,
            log: runtime.log,
            now,
          },
          { userId },
        ),
    });
    runtime.log.info("demo user seeded via local admin", { userId: s.userId });
    return c.json(s);
  });
  return app;
}
