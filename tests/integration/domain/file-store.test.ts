import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diskFileStore } from "@vanta/server/ports/files/disk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "vanta-files-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("diskFileStore (uploads under VANTA_HOME/files)", () => {
  it("writes and reads back bytes under nested keys, leaving no temp files", async () => {
    const store = diskFileStore(root);
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await store.put("resumes/u1/abc", bytes);
    expect(await store.get("resumes/u1/abc")).toEqual(bytes);
    await store.put("resumes/u1/abc", new Uint8Array([9]));
    expect(await store.get("resumes/u1/abc")).toEqual(new Uint8Array([9]));
    expect(await readdir(join(root, "resumes/u1"))).toEqual(["abc"]);
    expect(await store.get("resumes/u1/missing")).toBeNull();
    await store.delete("resumes/u1/abc");
    expect(await store.get("resumes/u1/abc")).toBeNull();
    await store.delete("resumes/u1/abc"); // already gone: not an error
  });

  it("refuses keys that would escape its folder", async () => {
    const store = diskFileStore(root);
    await expect(store.put("../outside", new Uint8Array([1]))).rejects.toThrow(/escapes/);
    await expect(store.get("/etc/passwd")).rejects.toThrow(/escapes/);
    await expect(store.delete("../outside")).rejects.toThrow(/escapes/);
  });
});
