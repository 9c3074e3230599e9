import type { DbDriver } from "@vanta/db";
import { describe, expect, it } from "vitest";
import { startTestServer } from "../../support/server.ts";

// The same server over each database driver: health names it, and the auth flows work end to end.

describe.each(["node-postgres", "neon"] as DbDriver[])("server on %s", (driver) => {
  it("reports the driver, pairs, signs out", async () => {
    const server = await startTestServer({ driver });
    try {
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", db: driver });

      const { token, user } = await server.pair(`driver.${driver}@example.com`);
      expect(await server.caller(token).auth.me.query()).toEqual(user);
      await server.caller(token).auth.signOut.mutate();
      await expect(server.caller(token).auth.me.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
    } finally {
      await server.close();
    }
  });
});
