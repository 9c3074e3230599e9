import type { JsonResume } from "../resume/schema.ts";
import { listOf } from "./lines.ts";
import type { Provenance } from "./provenance.ts";

// The line-by-line diff the user reviews (side panel, resume studio) and the merge of the changes they
// accept. Changes are keyed by source paths, so accepting "reword work[0].highlights[4]" and rejecting
// "remove work[0].highlights[3]" give exactly that; nothing the user rejected reaches the saved version.

export type ChangeKind = "reword" | "remove" | "add" | "reorder";

export interface Change {
  /** stable within one tailoring: `reword:<source path>`, `remove:<source path>`, `add:<output path>`, `order:<list>` */
  id: string;
  kind: ChangeKind;
  /** the source line or list (for add: the output line) */
  path: string;
  before: string | null;
  after: string | null;
}

interface Item {
  text: string;
  /** source path of the line it came from, in this list when possible */
  src: string | null;
  out: string;
}

interface ListPair {
  /** source list path, null for a list the tailoring created */
  source: string | null;
  sourceItems: string[];
  items: Item[];
}

function primary(sources: string[] | undefined, list: string | null): string | null {
  if (!sources?.length) return null;
  return (list && sources.find((s) => listOf(s)?.[0] === list)) ?? sources[0]!;
}

function pairs(source: JsonResume, tailored: JsonResume, provenance: Provenance[]): ListPair[] {
  const prov = new Map(provenance.map((p) => [p.path, p.sources]));
  const out: ListPair[] = [];
  (tailored.work ?? []).forEach((w, i) => {
    const k = Number(/^work\[(\d+)\]$/.exec(prov.get(`work[${i}]`)?.[0] ?? "")?.[1] ?? i);
    const list = `work[${k}].highlights`;
    out.push({
      source: list,
      sourceItems: source.work?.[k]?.highlights ?? [],
      items: (w.highlights ?? []).map((text, j) => {
        const outPath = `work[${i}].highlights[${j}]`;
        return { text, src: primary(prov.get(outPath), list), out: outPath };
      }),
    });
  });
  (tailored.skills ?? []).forEach((g, i) => {
    const items = (g.keywords ?? []).map((text, j) => ({
      text,
      out: `skills[${i}].keywords[${j}]`,
      src: null as string | null,
    }));
    for (const it of items) it.src = primary(prov.get(it.out), null);
    // the source group: same name, else the group most of its keywords come from
    let s = (source.skills ?? []).findIndex((sg) => g.name && sg.name === g.name);
    if (s < 0) {
      const votes = new Map<number, number>();
      for (const it of items) {
        const m = /^skills\[(\d+)\]\.keywords/.exec(it.src ?? "");
        if (m) votes.set(Number(m[1]), (votes.get(Number(m[1])) ?? 0) + 1);
      }
      const best = [...votes].sort((a, b) => b[1] - a[1])[0];
      s = best && best[1] * 2 >= items.length ? best[0] : -1;
    }
    const list = s >= 0 ? `skills[${s}].keywords` : null;
    for (const it of items) it.src = primary(prov.get(it.out), list);
    out.push({ source: list, sourceItems: list ? (source.skills?.[s]?.keywords ?? []) : [], items });
  });
  return out;
}

const inList = (src: string | null, list: string | null) => list !== null && src !== null && listOf(src)?.[0] === list;

export function diffTailored(source: JsonResume, tailored: JsonResume, provenance: Provenance[]): Change[] {
  const changes: Change[] = [];
  const before = source.basics?.summary;
  const after = tailored.basics?.summary;
  if ((before ?? "") !== (after ?? ""))
    changes.push({
      id: "reword:basics.summary",
      kind: "reword",
      path: "basics.summary",
      before: before ?? null,
      after: after ?? null,
    });
  for (const p of pairs(source, tailored, provenance)) {
    const used = new Set<string>();
    for (const it of p.items) {
      if (inList(it.src, p.source)) {
        used.add(it.src!);
        const was = p.sourceItems[listOf(it.src!)![1]];
        if (was !== it.text)
          changes.push({ id: `reword:${it.src}`, kind: "reword", path: it.src!, before: was ?? null, after: it.text });
      } else changes.push({ id: `add:${it.out}`, kind: "add", path: it.out, before: null, after: it.text });
    }
    if (p.source) {
      p.sourceItems.forEach((text, j) => {
        const path = `${p.source}[${j}]`;
        if (!used.has(path)) changes.push({ id: `remove:${path}`, kind: "remove", path, before: text, after: null });
      });
      const order = p.items.filter((it) => inList(it.src, p.source)).map((it) => listOf(it.src!)![1]);
      if (order.some((v, i) => i > 0 && v < order[i - 1]!))
        changes.push({
          id: `order:${p.source}`,
          kind: "reorder",
          path: p.source,
          before: order
            .slice()
            .sort((a, b) => a - b)
            .map((j) => p.sourceItems[j])
            .join("\n"),
          after: order.map((j) => p.sourceItems[j]).join("\n"),
        });
    }
  }
  return changes;
}

/** The source with exactly the accepted changes applied. */
export function applyChanges(
  source: JsonResume,
  tailored: JsonResume,
  provenance: Provenance[],
  accepted: Iterable<string>,
): JsonResume {
  const ok = new Set(accepted);
  const out: JsonResume = structuredClone(source);
  if (ok.has("reword:basics.summary")) {
    const s = tailored.basics?.summary;
    out.basics = { ...(out.basics ?? {}) };
    if (s === undefined) delete out.basics.summary;
    else out.basics.summary = s;
  }
  const newGroups: string[][] = [];
  for (const p of pairs(source, tailored, provenance)) {
    const fromList = p.items.filter((it) => inList(it.src, p.source));
    const adds = p.items.filter((it) => !inList(it.src, p.source) && ok.has(`add:${it.out}`)).map((it) => it.text);
    const textOf = (j: number) => {
      const path = `${p.source}[${j}]`;
      const t = fromList.find((it) => it.src === path);
      return t && ok.has(`reword:${path}`) ? t.text : p.sourceItems[j]!;
    };
    const kept = (j: number) => {
      const path = `${p.source}[${j}]`;
      return !ok.has(`remove:${path}`) || fromList.some((it) => it.src === path);
    };
    let order = p.sourceItems.map((_, j) => j);
    if (p.source && ok.has(`order:${p.source}`)) {
      const moved = fromList.map((it) => listOf(it.src!)![1]);
      order = [...new Set(moved), ...order.filter((j) => !moved.includes(j))];
    }
    if (p.source === null) {
      if (adds.length > 0) newGroups.push(adds);
      continue;
    }
    const withAdds = [...order.filter(kept).map(textOf), ...adds];
    const m = /^(work|skills)\[(\d+)\]/.exec(p.source)!;
    const idx = Number(m[2]);
    if (m[1] === "work" && out.work?.[idx]) out.work[idx] = { ...out.work[idx], highlights: withAdds };
    if (m[1] === "skills" && out.skills?.[idx]) out.skills[idx] = { ...out.skills[idx], keywords: withAdds };
  }
  if (newGroups.length > 0) out.skills = [...newGroups.map((keywords) => ({ keywords })), ...(out.skills ?? [])];
  return out;
}
