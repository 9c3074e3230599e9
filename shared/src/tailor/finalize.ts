import type { JsonResume } from "../resume/schema.ts";
import { checkResume, type Flag } from "./check.ts";
import { getPath, listOf, splitPath } from "./lines.ts";
import { type Provenance, traceProvenance } from "./provenance.ts";

export interface TailorOutput {
  resume: JsonResume;
  provenance: Provenance[];
  flags: Flag[];
}

/**
 * What every tailored resume goes through before a user sees it, whoever wrote it: the fabrication
 * checker, then provenance; a text line no source line explains is removed too (flagged).
 */
export function finalizeTailored(source: JsonResume, output: JsonResume, today = new Date()): TailorOutput {
  const checked = checkResume(source, output, today);
  const flags = [...checked.flags];
  let provenance = traceProvenance(source, checked.resume, checked.workSource);
  const orphans = provenance.filter(
    (p) => p.sources.length === 0 && !p.path.endsWith(".name") && p.path !== "basics.label",
  );
  if (orphans.length > 0) {
    const resume = structuredClone(checked.resume);
    // remove from the end so earlier indexes stay valid
    for (const p of [...orphans].reverse()) {
      flags.push({ path: p.path, reason: "removed: no line of the source resume supports it" });
      removePath(resume, p.path);
    }
    pruneEmpty(resume);
    provenance = traceProvenance(source, resume, checked.workSource);
    return { resume, provenance, flags };
  }
  return { resume: checked.resume, provenance, flags };
}

function removePath(root: JsonResume, path: string) {
  const list = listOf(path);
  if (list) {
    const arr = getPath(root, list[0]);
    if (Array.isArray(arr)) arr.splice(list[1], 1);
    return;
  }
  const parts = splitPath(path);
  const last = parts.pop()!;
  const parent = getPath(root, parts.join(".").replace(/\.(\d+)(?=\.|$)/g, "[$1]")) as
    | Record<string, unknown>
    | undefined;
  if (parent) delete parent[last as string];
}

function pruneEmpty(r: JsonResume) {
  if (r.skills) r.skills = r.skills.filter((s) => s.name || s.keywords?.length);
}
