import { chooseOption, isPlaceholderOption } from "./options.ts";
import type { AutofillPlan, PlanEntry } from "./types.ts";

// Fills a reviewed plan into the live page through the page's own event model, so React/Vue/Angular
// state sees the values: the native value setter then input/change/blur; choices by clicking them;
// comboboxes by opening and clicking the option. Nothing here ever clicks a submit control.

export type FillStatus = "filled" | "needs-you" | "skipped" | "failed";
export interface FillResult {
  selector: string;
  label: string;
  status: FillStatus;
  reason?: string;
}

export interface FillOptions {
  /** the resume to upload (default version, or the one tailored for this posting) */
  resume?: File | null;
  /** selectors the user switched off in the review list */
  off?: ReadonlySet<string>;
  /** how long to wait for a combobox's options to render (ms) */
  optionTimeoutMs?: number;
  /** mark fields in the page (outline + data-vanta-autofill); default true */
  mark?: boolean;
}

export const MARK_ATTR = "data-vanta-autofill";
const FILLED = "#16a34a";
const NEEDS_YOU = "#d97706";

function eventCtor(doc: Document, name: "Event" | "MouseEvent" | "KeyboardEvent"): typeof Event {
  const w = doc.defaultView as unknown as Record<string, typeof Event> | null;
  return w?.[name] ?? w?.Event ?? Event;
}

function fire(el: Element, type: string, init: EventInit & Record<string, unknown> = {}): void {
  const doc = el.ownerDocument;
  const ctor = /^(mouse|click|pointer)/.test(type)
    ? eventCtor(doc, "MouseEvent")
    : /^key/.test(type)
      ? eventCtor(doc, "KeyboardEvent")
      : eventCtor(doc, "Event");
  el.dispatchEvent(new ctor(type, { bubbles: true, cancelable: true, ...init }));
}

/** The setter frameworks don't intercept: React tracks `value` on the instance, not the prototype. */
export function setNativeValue(el: Element, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, "value");
    if (desc?.set) {
      desc.set.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto);
  }
  (el as HTMLInputElement).value = value;
}

function typeInto(el: Element, value: string): void {
  (el as HTMLElement).focus?.();
  fire(el, "focus", { bubbles: false });
  fire(el, "focusin");
  setNativeValue(el, value);
  fire(el, "input");
  fire(el, "change");
}

function blur(el: Element): void {
  fire(el, "blur", { bubbles: false });
  fire(el, "focusout");
  (el as HTMLElement).blur?.();
}

/** A click that can never send the form: submit buttons and links are refused. */
export function safeClick(el: Element): boolean {
  const tag = el.tagName;
  const type = (el.getAttribute("type") ?? "").toLowerCase();
  if (tag === "INPUT" && (type === "submit" || type === "image")) return false;
  if (tag === "BUTTON" && (type === "submit" || (!type && el.closest("form")))) return false;
  if (el.closest('button[type="submit"], input[type="submit"]')) return false;
  (el as HTMLElement).click();
  return true;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function textOf(el: Element): string {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim();
}

async function waitForOptions(doc: Document, anchor: Element, timeoutMs: number): Promise<Element[]> {
  const listId = anchor.getAttribute("aria-controls") ?? anchor.getAttribute("aria-owns");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const list = listId ? doc.getElementById(listId) : null;
    const opts = [...(list ?? doc).querySelectorAll('[role="option"], .select__option')].filter(
      (o) => !o.closest(`[${MARK_ATTR}-ui]`),
    );
    if (opts.length || Date.now() > deadline) return opts;
    await sleep(25);
  }
}

async function pickFromList(doc: Document, anchor: Element, want: string, timeoutMs: number): Promise<boolean> {
  const opts = await waitForOptions(doc, anchor, timeoutMs);
  const texts = opts.map(textOf);
  const chosen = chooseOption(texts, want);
  const i = chosen === null ? -1 : texts.indexOf(chosen);
  const opt = i >= 0 ? opts[i] : undefined;
  if (!opt) return false;
  fire(opt, "mousedown");
  fire(opt, "mouseup");
  return safeClick(opt);
}

async function fillCombobox(el: Element, values: string[], timeoutMs: number): Promise<string | null> {
  const doc = el.ownerDocument;
  for (const v of values) {
    if (el.tagName === "BUTTON") {
      if (!safeClick(el)) return "refused to click";
    } else {
      (el as HTMLElement).focus?.();
      fire(el, "focusin");
      fire(el, "mousedown");
      // typing filters the options; for a choice given in the user's words ("decline") show all options
      typeInto(el, /^decline$/i.test(v) ? "" : v);
      fire(el, "keydown", { key: "ArrowDown", code: "ArrowDown" });
    }
    if (!(await pickFromList(doc, el, v, timeoutMs))) {
      if (el.tagName !== "BUTTON") typeInto(el, "");
      return `no option for "${v}"`;
    }
  }
  blur(el);
  return null;
}

function fillSelect(el: Element, value: string): string | null {
  const options = [...el.querySelectorAll("option")];
  const texts = options.map(textOf);
  const chosen = chooseOption(
    texts.filter((t) => !isPlaceholderOption(t)),
    value,
  );
  const opt = chosen === null ? undefined : options[texts.indexOf(chosen)];
  if (!opt) return `no option for "${value}"`;
  (el as HTMLElement).focus?.();
  for (const o of options) o.removeAttribute("selected");
  opt.setAttribute("selected", "");
  try {
    (opt as HTMLOptionElement).selected = true;
    setNativeValue(el, opt.getAttribute("value") ?? textOf(opt));
  } catch {
    // DOMs without a select value setter (linkedom) go by the selected attribute
  }
  fire(el, "input");
  fire(el, "change");
  blur(el);
  return null;
}

function groupOptionText(doc: Document, input: Element): string {
  const id = input.getAttribute("id");
  const label = (id ? doc.querySelector(`label[for="${id.replace(/"/g, '\\"')}"]`) : null) ?? input.closest("label");
  return (label ? textOf(label) : "") || input.getAttribute("value") || "";
}

function fillChoices(doc: Document, group: Element[], values: string[], exclusive: boolean): string | null {
  const texts = group.map((g) => groupOptionText(doc, g));
  for (const v of values) {
    const chosen = chooseOption(texts, v);
    const input = chosen === null ? undefined : group[texts.indexOf(chosen)];
    if (!input) return `no option for "${v}"`;
    if (!(input as HTMLInputElement).checked) safeClick(input);
    if (exclusive) break;
  }
  return null;
}

function fillDate(el: Element, value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (el.tagName !== "INPUT") {
    // composite month/year sections (Workday)
    const month = el.querySelector('[data-automation-id="dateSectionMonth-input"], input[aria-label="Month" i]');
    const year = el.querySelector('[data-automation-id="dateSectionYear-input"], input[aria-label="Year" i]');
    if (!m || !year) return "unrecognized date widget";
    if (month && m[2]) {
      typeInto(month, m[2]);
      blur(month);
    }
    typeInto(year, m[1] ?? "");
    blur(year);
    return null;
  }
  const type = (el.getAttribute("type") ?? "text").toLowerCase();
  const v = !m
    ? value
    : type === "date"
      ? `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`
      : type === "month"
        ? `${m[1]}-${m[2] ?? "01"}`
        : m[2]
          ? `${m[2]}/${m[3] ? `${m[3]}/` : ""}${m[1]}`
          : (m[1] ?? value);
  typeInto(el, v);
  blur(el);
  return null;
}

function attachFile(el: Element, file: File): string | null {
  const w = el.ownerDocument.defaultView as unknown as { DataTransfer?: typeof DataTransfer } | null;
  const DT = w?.DataTransfer ?? (globalThis as { DataTransfer?: typeof DataTransfer }).DataTransfer;
  if (!DT) return "no DataTransfer in this page";
  const dt = new DT();
  dt.items.add(file);
  (el as HTMLInputElement).files = dt.files;
  fire(el, "input");
  fire(el, "change");
  return null;
}

export function markField(els: Element[], status: "filled" | "needs-you"): void {
  for (const el of els) {
    const target =
      (el as HTMLInputElement).type === "file" || el.getAttribute("aria-hidden") === "true"
        ? (el.parentElement ?? el)
        : el;
    target.setAttribute(MARK_ATTR, status);
    const style = (target as HTMLElement).style;
    if (style) {
      style.outline = `2px solid ${status === "filled" ? FILLED : NEEDS_YOU}`;
      style.outlineOffset = "2px";
    }
  }
}

/** Fills one entry; returns why it could not be filled, or null. */
async function fillEntry(doc: Document, e: PlanEntry, els: Element[], opts: FillOptions): Promise<string | null> {
  const el = els[0];
  if (!el) return "control not found";
  const values = e.value === null ? [] : Array.isArray(e.value) ? e.value : [e.value];
  const timeout = opts.optionTimeoutMs ?? 1500;
  switch (e.kind) {
    case "file":
      return opts.resume ? attachFile(el, opts.resume) : "no resume file";
    case "select":
      return fillSelect(el, values[0] ?? "");
    case "radio":
      return fillChoices(doc, els, values, true);
    case "checkbox": {
      if (els.length > 1 || e.selector.startsWith('input[type="checkbox"][name='))
        return fillChoices(doc, els, values, false);
      const want = /^yes$/i.test(values[0] ?? "");
      if ((el as HTMLInputElement).checked !== want) safeClick(el);
      return null;
    }
    case "combobox":
      return fillCombobox(el, values, timeout);
    case "date":
      return fillDate(el, values[0] ?? "");
    default:
      typeInto(el, values.join(", "));
      blur(el);
      return null;
  }
}

export async function fillPlan(doc: Document, plan: AutofillPlan, opts: FillOptions = {}): Promise<FillResult[]> {
  const out: FillResult[] = [];
  for (const e of plan.fields) {
    let els: Element[] = [];
    try {
      els = [...doc.querySelectorAll(e.selector)];
    } catch {
      els = [];
    }
    const base = { selector: e.selector, label: e.label };
    if (e.action === "ask") {
      if (opts.mark !== false) markField(els, "needs-you");
      out.push({ ...base, status: "needs-you" });
      continue;
    }
    if (e.action === "skip" || opts.off?.has(e.selector)) {
      out.push({ ...base, status: "skipped" });
      continue;
    }
    let reason: string | null;
    try {
      reason = await fillEntry(doc, e, els, opts);
    } catch (err) {
      reason = err instanceof Error ? err.message : String(err);
    }
    if (opts.mark !== false) markField(els, reason ? "needs-you" : "filled");
    out.push(reason ? { ...base, status: "failed", reason } : { ...base, status: "filled" });
  }
  return out;
}
