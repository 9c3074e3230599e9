import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { b64, makeDocx, makePdf } from "./files.ts";
import { errorOf, makeUser } from "./support.ts";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const RESUME = [
  "Jane Doe — Backend Engineer",
  "Experience: 6 years building payment APIs with TypeScript, Node.js and PostgreSQL.",
  "Skills: Kubernetes, AWS, GraphQL",
];

describe("profile.get / update", () => {
  it("starts from defaults and saves each wizard step", async () => {
    const { caller } = await makeUser(h.db);
    const fresh = await caller.profile.get();
    expect(fresh).toMatchObject({
      titles: [],
      digestTime: "08:00",
      timezone: "UTC",
      trackStage: "prospect",
      resume: null,
    });

    const saved = await caller.profile.update({
      titles: ["Backend Engineer"],
      skills: ["TypeScript", "PostgreSQL"],
      locations: ["Berlin, DE"],
      remote: ["remote", "hybrid"],
      minSalary: 85000,
      currency: "EUR",
      seniority: ["senior"],
      visaNeeded: true,
      excludedCompanies: ["Evil Corp"],
      yearsExperience: 6,
    });
    expect(saved).toMatchObject({
      titles: ["Backend Engineer"],
      remote: ["remote", "hybrid"],
      minSalary: 85000,
      currency: "EUR",
      seniority: ["senior"],
      visaNeeded: true,
      excludedCompanies: ["Evil Corp"],
    });
    // A later step does not wipe the earlier one (preferences are merged).
    const later = await caller.profile.update({ digestTime: "07:30", timezone: "Europe/Berlin" });
    expect(later).toMatchObject({ remote: ["remote", "hybrid"], digestTime: "07:30", timezone: "Europe/Berlin" });
    expect(await caller.profile.get()).toEqual(later);
  });

  it("rejects an unknown time zone and malformed fields with field errors", async () => {
    const { caller } = await makeUser(h.db);
    const tz = await errorOf(caller.profile.update({ timezone: "Mars/Olympus_Mons" }));
    expect(tz.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(tz.cause)).toContain("timezone");
    for (const bad of [{ digestTime: "25:00" }, { currency: "euro" }, { minSalary: -1 }, { seniority: ["wizard"] }])
      expect((await errorOf(caller.profile.update(bad as never))).code).toBe("BAD_REQUEST");
    expect((await errorOf(caller.profile.update({ nope: 1 } as never))).code).toBe("BAD_REQUEST");
    expect((await caller.profile.get()).timezone).toBe("UTC");
  });

  it("completes onboarding once", async () => {
    const { caller } = await makeUser(h.db);
    const done = await caller.profile.completeOnboarding();
    expect(done.onboardedAt).not.toBeNull();
    expect((await caller.profile.completeOnboarding()).onboardedAt).toBe(done.onboardedAt);
  });
});

describe("profile.uploadResume", () => {
  const cases = [
    { name: "resume.txt", mime: "text/plain", bytes: new Uint8Array(Buffer.from(RESUME.join("\n"))) },
    { name: "resume.md", mime: "text/markdown", bytes: new Uint8Array(Buffer.from(`# ${RESUME.join("\n\n")}`)) },
    {
      name: "resume.docx",
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      bytes: makeDocx(RESUME),
    },
    { name: "resume.pdf", mime: "application/pdf", bytes: makePdf(RESUME.map((l) => l.replace("—", "-"))) },
  ];
  for (const c of cases)
    it(`extracts the text of a ${c.name.split(".")[1]} file and makes it the current resume`, async () => {
      const { caller, user, files } = await makeUser(h.db);
      const out = await caller.profile.uploadResume({
        filename: c.name,
        mimeType: c.mime,
        contentBase64: b64(c.bytes),
      });
      expect(out.preview).toContain("Backend Engineer");
      expect(out.preview).toMatch(/6 years building payment APIs with TypeScript, Node\.js and PostgreSQL/);
      expect(out.preview).toContain("Kubernetes");
      const [profile] = await h.db.select().from(schema.profiles).where(eq(schema.profiles.userId, user.id));
      expect(profile?.resumeText.length).toBe(out.textLength);
      expect(profile?.resumeText).toContain("GraphQL");
      const versions = await h.db.select().from(schema.resumeVersions).where(eq(schema.resumeVersions.userId, user.id));
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({ kind: "base", isCurrent: true, filename: c.name, id: out.resumeVersionId });
      expect(files.files.get(versions[0]?.storageKey ?? "")?.byteLength).toBe(c.bytes.byteLength);
      expect((await caller.profile.get()).resume).toMatchObject({
        id: out.resumeVersionId,
        textLength: out.textLength,
      });
    });

  it("keeps older uploads but only one current version", async () => {
    const { caller, user } = await makeUser(h.db);
    await caller.profile.uploadResume({
      filename: "a.txt",
      mimeType: "text/plain",
      contentBase64: b64("First resume"),
    });
    const second = await caller.profile.uploadResume({
      filename: "b.txt",
      mimeType: "text/plain",
      contentBase64: b64("Second resume"),
    });
    const versions = await h.db.select().from(schema.resumeVersions).where(eq(schema.resumeVersions.userId, user.id));
    expect(versions.filter((v) => v.isCurrent).map((v) => v.id)).toEqual([second.resumeVersionId]);
    expect(versions).toHaveLength(2);
  });

  it("rejects unsupported, unreadable and empty files with a clear message", async () => {
    const { caller } = await makeUser(h.db);
    const bad = [
      {
        filename: "photo.png",
        mimeType: "image/png",
        contentBase64: b64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2])),
      },
      { filename: "resume.pdf", mimeType: "application/pdf", contentBase64: b64("%PDF-1.4 this is not a pdf") },
      { filename: "resume.docx", mimeType: "application/msword", contentBase64: b64("PK\u0003\u0004garbage") },
      { filename: "blank.txt", mimeType: "text/plain", contentBase64: b64("   \n  ") },
      { filename: "bin.txt", mimeType: "text/plain", contentBase64: b64(new Uint8Array([0xff, 0xfe, 0x00, 0x41])) },
      { filename: "x.txt", mimeType: "text/plain", contentBase64: "***" },
    ];
    for (const input of bad) {
      const err = await errorOf(caller.profile.uploadResume(input));
      expect(err.code, input.filename).toBe("BAD_REQUEST");
      expect(err.message.length).toBeGreaterThan(5);
    }
    expect((await errorOf(caller.profile.uploadResume(bad[0]!))).message).toMatch(/PDF, DOCX, TXT or Markdown/);
    expect((await caller.profile.get()).resume).toBeNull();
  });
});

describe("searches", () => {
  it("creates, updates and deletes saved searches on the digest schedule", async () => {
    const { caller } = await makeUser(h.db);
    await caller.profile.update({ digestTime: "06:45", timezone: "America/New_York" });
    const s = await caller.searches.create({
      name: "Backend remote",
      keywords: ["backend", "typescript"],
      boards: [{ provider: "greenhouse", board: "acme" }],
      remote: true,
      minSalary: 120000,
    });
    expect(s).toMatchObject({ cron: "45 6 * * *", timezone: "America/New_York", remote: true, enabled: true });
    const updated = await caller.searches.update({ id: s.id, keywords: ["go"], minSalary: null });
    expect(updated).toMatchObject({
      keywords: ["go"],
      minSalary: null,
      boards: [{ provider: "greenhouse", board: "acme" }],
    });
    // Changing the digest time moves every saved search with it.
    await caller.profile.update({ digestTime: "21:05" });
    expect((await caller.searches.list()).map((x) => x.cron)).toEqual(["5 21 * * *"]);
    await caller.searches.delete({ id: s.id });
    expect(await caller.searches.list()).toEqual([]);
    expect((await errorOf(caller.searches.delete({ id: s.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(caller.searches.create({ name: "" } as never))).code).toBe("BAD_REQUEST");
  });

  it("hides one user's searches from another", async () => {
    const a = await makeUser(h.db, "a");
    const b = await makeUser(h.db, "b");
    const s = await a.caller.searches.create({ name: "mine" });
    expect(await b.caller.searches.list()).toEqual([]);
    expect((await errorOf(b.caller.searches.update({ id: s.id, name: "x" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(b.caller.searches.delete({ id: s.id }))).code).toBe("NOT_FOUND");
    expect((await a.caller.searches.list()).map((x) => x.name)).toEqual(["mine"]);
  });
});
