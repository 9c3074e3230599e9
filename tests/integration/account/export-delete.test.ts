import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type TestUser } from "../../support/server.ts";

// Own your data: a user with a bit of everything exports it all as one zip, then deletes the account and
// nothing of theirs is left in any table or in the file store.

let server: TestServer;
let ana: TestUser;
let bo: TestUser;
beforeAll(async () => {
  server = await startTestServer();
  ana = await server.createUser();
  bo = await server.createUser();
});
afterAll(async () => {
  await server?.close();
});

const b64 = (s: string) => Buffer.from(s).toString("base64");

async function seed(user: TestUser, tag: string) {
  const c = server.caller(user.token);
  const { application } = await c.applications.track.mutate({
    posting: {
      title: `Backend Engineer ${tag}`,
      company: `Own ${tag}`,
      locations: ["Berlin, DE"],
      remote: "hybrid",
      employmentType: null,
      salary: null,
      description: "Build APIs with TypeScript and PostgreSQL.",
      postedAt: null,
      closed: false,
      source: "greenhouse",
      sourceId: `own-${tag}`,
      url: `https://boards.greenhouse.io/own/jobs/${tag}`,
    },
    clientRequestId: crypto.randomUUID(),
  });
  await c.applications.addNote.mutate({ applicationId: application.id, body: `private note ${tag}` });
  await c.applications.addAttachment.mutate({
    applicationId: application.id,
    filename: `offer-${tag}.txt`,
    mimeType: "text/plain",
    contentBase64: b64(`attachment bytes ${tag}`),
  });
  const contact = await c.contacts.add.mutate({
    applicationId: application.id,
    name: "Sam Lee",
    email: "sam@own.example",
  });
  await c.outreach.draft.mutate({ contactId: contact.id, tone: "brief" });
  await c.tasks.create.mutate({ title: `call back ${tag}`, applicationId: application.id });
  await c.profile.update.mutate({ headline: `Engineer ${tag}` });
  await c.applicant.update.mutate({ application: { eeo: { gender: `Woman ${tag}` } } });
  return application.id;
}

describe("account export and delete", () => {
  it("exports every row and file of the user's, and only theirs", async () => {
    await seed(ana, "ana");
    await seed(bo, "bo");
    const out = await server.caller(ana.token).account.export.mutate();
    const zip = unzipSync(new Uint8Array(Buffer.from(out.contentBase64, "base64")));
    const account = JSON.parse(strFromU8(zip["account.json"] as Uint8Array)) as {
      userId: string;
      tables: Record<string, Record<string, unknown>[]>;
    };
    expect(account.userId).toBe(ana.user.id);
    for (const table of [
      "users",
      "applications",
      "application_notes",
      "application_attachments",
      "contacts",
      "outreach",
      "tasks",
      "profiles",
      "sessions",
      "model_runs",
      "model_io",
      "audit_logs",
    ])
      expect(account.tables[table]?.length, table).toBeGreaterThan(0);
    const text = strFromU8(zip["account.json"] as Uint8Array);
    expect(text).toContain("private note ana");
    // sealed at rest, readable in the owner's export
    expect(text).toContain("Woman ana");
    expect(text).not.toContain("private note bo");
    expect(text).not.toContain(bo.user.id);
    // secrets stay out even for their owner
    expect(text).not.toMatch(/tokenHash/);
    const attachment = Object.entries(zip).find(([k]) => k.startsWith("files/"));
    expect(attachment && strFromU8(attachment[1])).toBe("attachment bytes ana");
    expect(out.files).toBe(1);
  });

  it("deletes only after the email is typed, then nothing of the user is left anywhere", async () => {
    const c = server.caller(ana.token);
    await expect(c.account.delete.mutate({ confirmEmail: "someone@else.example" })).rejects.toMatchObject({
      data: { code: "FORBIDDEN" },
    });
    const filesBefore = readdirSync(join(server.vantaHome, "files"), { recursive: true }).length;
    expect(await c.account.delete.mutate({ confirmEmail: ana.user.email })).toEqual({ deleted: true });

    // every table, every column, as text: no trace of the user's id or email
    const db = server.runtime.db;
    const tables = (await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '__drizzle%'`,
    )) as unknown as { rows: { table_name: string }[] };
    expect(tables.rows.length).toBeGreaterThan(15);
    for (const { table_name } of tables.rows) {
      for (const needle of [ana.user.id, ana.user.email]) {
        const hit = (await db.execute(
          sql`select count(*)::int as n from ${sql.identifier(table_name)} t where t::text ilike ${`%${needle}%`}`,
        )) as unknown as { rows: { n: number }[] };
        expect(hit.rows[0]?.n, `${table_name} still holds ${needle}`).toBe(0);
      }
    }
    // the user's file is gone, the other user's stays
    const anaDir = join(server.vantaHome, "files", "attachments", ana.user.id);
    const left = existsSync(anaDir) ? readdirSync(anaDir, { withFileTypes: true }).filter((e) => e.isFile()) : [];
    expect(left).toEqual([]);
    const filesAfter = readdirSync(join(server.vantaHome, "files"), { recursive: true }).length;
    expect(filesAfter).toBeLessThan(filesBefore);
    // the old token no longer works; the other user is untouched
    await expect(c.tasks.list.query({})).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
    expect((await server.caller(bo.token).tasks.list.query({})).items).toHaveLength(1);
  });
});
