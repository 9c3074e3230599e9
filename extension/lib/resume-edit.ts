import type { JsonResume } from "@vanta/shared/resume/schema";

// Helpers for the resume review screen and the download buttons.

/** Drops empty strings, empty lists and empty objects (what blank inputs leave behind) before saving. */
export function cleanResume(value: JsonResume): JsonResume {
  return (prune(value) ?? {}) as JsonResume;
}

function prune(value: unknown): unknown {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** A copy of `obj` with `value` at `path` (lists and objects along the way are copied, never mutated). */
export function setIn<T>(obj: T, path: (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base: Record<string | number, unknown> | unknown[] = Array.isArray(obj)
    ? [...obj]
    : { ...((obj ?? {}) as Record<string, unknown>) };
  const child = (base as Record<string | number, unknown>)[head];
  (base as Record<string | number, unknown>)[head] = setIn(
    child ?? (typeof rest[0] === "number" ? [] : {}),
    rest,
    value,
  );
  return base as T;
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Saves bytes or text as a file through a temporary link (the options page is a normal extension page). */
export function downloadFile(filename: string, mimeType: string, data: Uint8Array<ArrayBuffer> | string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadJson = (filename: string, value: unknown) =>
  downloadFile(filename, "application/json", `${JSON.stringify(value, null, 2)}\n`);
