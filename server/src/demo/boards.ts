import type { SourceSpec } from "../ingest/provider.ts";

// The demo's local source: saved Greenhouse / Lever responses shipped in ./boards (written by
// generate-boards.ts). A saved search names one as `{ provider, board: "demo/<token>" }`; the daily run
// ingests the saved body instead of calling the network.

export const DEMO_PREFIX = "demo/";

export const demoBoards = [
  { provider: "greenhouse", token: "northwind", company: "Northwind Pay" },
  { provider: "greenhouse", token: "lumenhealth", company: "Lumen Health" },
  { provider: "greenhouse", token: "orbital", company: "Orbital Analytics" },
  { provider: "greenhouse", token: "fernleaf", company: "Fernleaf" },
  { provider: "greenhouse", token: "cobaltlabs", company: "Cobalt Robotics Labs" },
  { provider: "lever", token: "harborcrm", company: "Harbor CRM" },
  { provider: "lever", token: "quill", company: "Quill Learning" },
  { provider: "lever", token: "meridiancare", company: "Meridian Care" },
] as const;

export const isLocalBoard = (board: string | undefined): boolean => !!board?.startsWith(DEMO_PREFIX);

const loaders: Record<string, () => Promise<{ default: unknown }>> = {
  "greenhouse-northwind": () => import("./boards/greenhouse-northwind.json", { with: { type: "json" } }),
  "greenhouse-lumenhealth": () => import("./boards/greenhouse-lumenhealth.json", { with: { type: "json" } }),
  "greenhouse-orbital": () => import("./boards/greenhouse-orbital.json", { with: { type: "json" } }),
  "greenhouse-fernleaf": () => import("./boards/greenhouse-fernleaf.json", { with: { type: "json" } }),
  "greenhouse-cobaltlabs": () => import("./boards/greenhouse-cobaltlabs.json", { with: { type: "json" } }),
  "lever-harborcrm": () => import("./boards/lever-harborcrm.json", { with: { type: "json" } }),
  "lever-quill": () => import("./boards/lever-quill.json", { with: { type: "json" } }),
  "lever-meridiancare": () => import("./boards/lever-meridiancare.json", { with: { type: "json" } }),
};

const DAY = 86_400_000;

/**
 * The saved body for a local board, with its dates moved so the newest posting is a day old at `now`
 * (a demo a month later still shows fresh jobs). Null for an unknown board.
 */
export async function loadLocalBoard(spec: SourceSpec, now: Date): Promise<SourceSpec | null> {
  const token = spec.board?.slice(DEMO_PREFIX.length) ?? "";
  const meta = demoBoards.find((b) => b.provider === spec.provider && b.token === token);
  const load = loaders[`${spec.provider}-${token}`];
  if (!meta || !load) return null;
  const body = structuredClone((await load()).default) as unknown;
  const jobs: Record<string, unknown>[] = Array.isArray(body)
    ? (body as Record<string, unknown>[])
    : ((body as { jobs: Record<string, unknown>[] }).jobs ?? []);
  const times = jobs.map((j) => Date.parse(String(j.updated_at ?? "")) || Number(j.createdAt) || 0);
  const shift = now.getTime() - DAY - Math.max(0, ...times);
  for (const j of jobs) {
    if (typeof j.updated_at === "string") j.updated_at = new Date(Date.parse(j.updated_at) + shift).toISOString();
    if (typeof j.first_published === "string")
      j.first_published = new Date(Date.parse(j.first_published) + shift).toISOString();
    if (typeof j.createdAt === "number") j.createdAt = j.createdAt + shift;
  }
  return { ...spec, company: meta.company, payload: body };
}
