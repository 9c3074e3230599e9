import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { memoryLogger } from "@vanta/server/log";
import { diskFileStore } from "@vanta/server/ports/files/disk";
import { ensurePrivateHome } from "@vanta/server/runtime";
import { assertDocxWithinLimits, pdfTextItemsWithLimits } from "@vanta/server/services/resume/limits";
import { StatusForUrlInput } from "@vanta/shared/api/applications";
import { Posting } from "@vanta/shared/posting";
import { JsonResume } from "@vanta/shared/resume/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";
import { b64, makeDocx, makePdf } from "../domain/files.ts";

// Issue 12, finding 9: VANTA_HOME and the outbox were world-readable by default umask, a DOCX could
// inflate without bound and a PDF parse had no time limit, and URLs of any scheme were accepted.

const modeOf = async (p: string) => (await stat(p)).mode & 0o777;

let server: TestServer;
let scratch: string;
beforeAll(async () => {
  server = await startTestServer();
  scratch = await mkdtemp(join(tmpdir(), "vanta-files-"));
});
afterAll(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe("file modes", () => {
  it("creates VANTA_HOME 0700 and tightens a loose existing one", async () => {
    const fresh = join(scratch, "home-new", "nested");
    await ensurePrivateHome(fresh, memoryLogger());
    expect(await modeOf(fresh)).toBe(0o700);
    const loose = join(scratch, "home-loose");
    await mkdir(loose, { mode: 0o755 });
    await ensurePrivateHome(loose, memoryLogger());
    expect(await modeOf(loose)).toBe(0o700);
  });

  it("writes outbox mails 0600 in a 0700 folder", async () => {
    await server.caller().auth.requestMagicLink.mutate({ email: "modes@example.com" });
    expect(await modeOf(server.outboxDir)).toBe(0o700);
    const files = (await readdir(server.outboxDir)).filter((f) => f.endsWith(".eml"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(await modeOf(join(server.outboxDir, f))).toBe(0o600);
  });

  it("stores uploaded files 0600", async () => {
    const store = diskFileStore(join(scratch, "files"));
    await store.put("users/u1/resume.pdf", new Uint8Array([1, 2, 3]));
    expect(await modeOf(join(scratch, "files", "users", "u1", "resume.pdf"))).toBe(0o600);
    expect(await modeOf(join(scratch, "files", "users", "u1"))).toBe(0o700);
  });
});

/** A one-entry ZIP whose entry is `size` zero bytes, deflated (a few KB on disk per 10 MB inflated). */
function zeroBombDocx(size: number): Uint8Array {
  const data = Buffer.alloc(size);
  const packed = deflateRawSync(data, { level: 9 });
  const name = Buffer.from("word/document.xml");
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(20, 4);
  cd.writeUInt16LE(20, 6);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(crc, 16);
  cd.writeUInt32LE(packed.length, 20);
  cd.writeUInt32LE(size, 24);
  cd.writeUInt16LE(name.length, 28);
  cd.writeUInt32LE(0, 42);
  const cdOffset = local.length + name.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([local, name, packed, cd, name, end]));
}

describe("upload limits", () => {
  it("a DOCX that would inflate past the cap is a 400 before it is unpacked", async () => {
    const bomb = zeroBombDocx(80 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const { token } = await server.createUser();
    const res = await fetch(`${server.url}/trpc/profile.uploadResume`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        filename: "resume.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        contentBase64: b64(bomb),
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/would unpack to more than 50 MB/);
  });

  it("a real DOCX passes the check", () => {
    expect(() => assertDocxWithinLimits(makeDocx(["Backend Engineer"]))).not.toThrow();
  });

  it("PDF parsing runs in a worker with a time limit", async () => {
    const pdf = makePdf(["Backend Engineer", "Go and Postgres"]);
    const { pages } = await pdfTextItemsWithLimits(pdf);
    expect(pages[0]?.map((i) => i.str).join(" ")).toContain("Backend Engineer");
    await expect(pdfTextItemsWithLimits(pdf, { timeoutMs: 1 })).rejects.toThrow(/took longer than/);
  });
});

describe("URLs are http(s) only", () => {
  const bad = ["javascript:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd", "ftp://x.example/a"];
  const posting = (url: string) => ({
    title: "Engineer",
    company: "Acme",
    locations: [],
    remote: "unknown",
    employmentType: null,
    salary: null,
    description: "x",
    postedAt: null,
    closed: false,
    source: "jsonld",
    sourceId: null,
    url,
  });

  it("Posting.url, statusForUrl and resume links refuse other schemes", () => {
    for (const url of bad) {
      expect(Posting.safeParse(posting(url)).success, url).toBe(false);
      expect(StatusForUrlInput.safeParse({ url }).success, url).toBe(false);
      expect(JsonResume.safeParse({ basics: { url } }).success, url).toBe(false);
    }
    expect(Posting.safeParse(posting("https://jobs.example/1")).success).toBe(true);
    expect(JsonResume.safeParse({ basics: { url: "github.com/ana" } }).success).toBe(true);
  });

  it("postings.capture with a javascript: URL is a BAD_REQUEST with the field", async () => {
    const { token } = await server.createUser();
    const res = await fetch(`${server.url}/trpc/postings.capture`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ posting: posting("javascript:alert(1)") }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("expected an http(s) URL");
  });
});
