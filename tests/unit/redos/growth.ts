import { adversarialInputs } from "./adversarial.ts";

// Times a regex on adversarial inputs of doubling size and stops at the first sign of superlinear
// growth, so a cubic pattern is caught at a few hundred characters instead of hanging the test.
// Linear: doubling the input doubles the time; quadratic: ×4; cubic: ×8.

const SIZES = [256, 512, 1024, 2048, 4096, 8192];
/** below this a run is noise, whatever the ratio */
const FLOOR_MS = 40;

function timeRun(re: RegExp, text: string): number {
  const t0 = performance.now();
  if (re.global || re.sticky) {
    re.lastIndex = 0;
    for (const _ of text.matchAll(re.global ? re : new RegExp(re.source, `${re.flags}g`))) {
      // every match, as matchAll / replace would
    }
  } else {
    re.exec(text);
  }
  return performance.now() - t0;
}

/** Descriptions of the inputs on which `re` grows faster than linearly (empty when it is fine). */
export function superlinearRuns(re: RegExp): string[] {
  const slow: string[] = [];
  const bySize = SIZES.map((n) => inputsOf(n));
  const kinds = bySize[0]?.length ?? 0;
  for (let k = 0; k < kinds; k++) {
    let previous = 0;
    for (const [s, inputs] of bySize.entries()) {
      const input = inputs[k];
      if (!input) break;
      let t = timeRun(re, input.text);
      // A garbage collection or a busy machine can make one run slow: re-time both sizes, best of three.
      if (t > FLOOR_MS && s > 0 && t < 1500) {
        const prevText = bySize[s - 1]?.[k]?.text ?? "";
        previous = Math.min(previous, timeRun(re, prevText), timeRun(re, prevText));
        t = Math.min(t, timeRun(re, input.text), timeRun(re, input.text));
      }
      const tooSlow = t > 1500 || (t > FLOOR_MS && s > 0 && t > 3 * Math.max(previous, 1));
      if (tooSlow) {
        slow.push(
          `${input.name}: ${previous.toFixed(1)} ms → ${t.toFixed(0)} ms going ${SIZES[s - 1]} → ${SIZES[s]} chars`,
        );
        break;
      }
      previous = t;
    }
  }
  return slow;
}

let inputsCache: Map<number, ReturnType<typeof adversarialInputs>> | null = null;
export function inputsOf(size: number) {
  inputsCache ??= new Map();
  let v = inputsCache.get(size);
  if (!v) {
    v = adversarialInputs(size);
    inputsCache.set(size, v);
  }
  return v;
}
