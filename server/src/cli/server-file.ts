import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

// $VANTA_HOME/server.json: how local commands reach the running server (mode 0600: it holds the admin token).

const ServerFile = z.object({ pid: z.number().int(), url: z.string().url(), adminToken: z.string().min(32) });
export type ServerFile = z.infer<typeof ServerFile>;

export const serverFilePath = (vantaHome: string) => join(vantaHome, "server.json");

export function writeServerFile(vantaHome: string, value: ServerFile): void {
  writeFileSync(serverFilePath(vantaHome), JSON.stringify(value), { mode: 0o600 });
}

export function readServerFile(vantaHome: string): ServerFile | null {
  try {
    const parsed = ServerFile.safeParse(JSON.parse(readFileSync(serverFilePath(vantaHome), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function removeServerFile(vantaHome: string): void {
  rmSync(serverFilePath(vantaHome), { force: true });
}
