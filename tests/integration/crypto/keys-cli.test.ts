import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrate } from "@vanta/db";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { resolveKeyring } from "@vanta/server/services/crypto/master-key";
import { openFor, sealFor } from "@vanta/server/services/crypto/user-key";
import { afterAll, describe, expect, it } from "vitest";
import { runVanta } from "../../support/cli.ts";

// `vanta keys rotate` on the embedded defaults: a new key file (0600), the old one kept beside it, every data
// key re-wrapped, sealed data still readable with the new key alone.

const home = mkdtempSync(join(tmpdir(), "vanta-keys-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const vanta = (args: string[]) => runVanta(args, { VANTA_HOME: home, DATABASE_URL: "", VANTA_MASTER_KEY: "" });

describe("vanta keys rotate", () => {
  it("re-wraps every data key under a new master key file", async () => {
    const config = { masterKey: null };
    const before = await resolveKeyring(config, home);
    expect(statSync(join(home, "master.key")).mode & 0o777).toBe(0o600);
    const handle = await createDb({ driver: "pglite", dataDir: join(home, "pgdata") });
    let userId = "";
    let sealed = "";
    try {
      await migrate(handle);
      userId = (await ensureUserByEmail(handle.db, "keys@test.vanta.localhost")).user.id;
      sealed = await sealFor(handle.db, before, userId, { veteran: "decline" });
    } finally {
      await handle.close();
    }
    const oldKey = readFileSync(join(home, "master.key"), "utf8");

    const out = await vanta(["keys", "rotate"]);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ rewrapped: 1, already: 0, unopenable: 0 });
    expect(readFileSync(join(home, "master.key"), "utf8")).not.toBe(oldKey);
    expect(readFileSync(join(home, "master.key.previous"), "utf8")).toContain(oldKey.trim());
    expect(statSync(join(home, "master.key.previous")).mode & 0o777).toBe(0o600);

    const after = await resolveKeyring(config, home);
    const newOnly = { current: after.current, previous: [] };
    const h2 = await createDb({ driver: "pglite", dataDir: join(home, "pgdata") });
    try {
      expect(await openFor(h2.db, newOnly, userId, sealed)).toEqual({ veteran: "decline" });
    } finally {
      await h2.close();
    }
  });
});
