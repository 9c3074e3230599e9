import { urlMatches } from "../match-patterns.ts";
import type { ApplicantProfile } from "../resume/applicant.ts";
import type { AtsAdapter } from "./adapter.ts";
import { atsAdapters, genericAdapter } from "./ats/index.ts";
import { matchAnswerBank } from "./bank.ts";
import { type Control, readControls } from "./controls.ts";
import { AUTOCOMPLETE, classifyText, type Meaning, SENSITIVE } from "./meaning.ts";
import { chooseOption } from "./options.ts";
import { type Answer, chooseLocationOption, type ResolveContext, resolveMeaning } from "./resolve.ts";
import type { AutofillPlan, FieldAction, PlanEntry } from "./types.ts";

// planAutofill: the whole decision of what to put where, as data, before anything touches the page.
// Pure over a Document: the content script, the unit tests (linkedom) and `vanta autofill-plan` run it alike.

export interface PlanOptions {
  /** file name of the resume version that would be uploaded (shown as the upload's value) */
  resumeFileName?: string | null;
  /** the hiring company when the caller knows it (captured posting); else read from the page */
  company?: string | null;
}

/** Meanings that make a form an application form (a newsletter box has only an email). */
const APPLICATION_MEANINGS = new Set<Meaning>([
  "firstName",
  "lastName",
  "fullName",
  "email",
  "phone",
  "resume",
  "currentCompany",
  "currentTitle",
  "workStart",
  "school",
  "linkedin",
]);

export function detectAts(doc: Document, url: URL | null): AtsAdapter {
  if (url) for (const a of atsAdapters) if (urlMatches(a.matches, url)) return a;
  for (const a of atsAdapters) if (a.signature.some((s) => safeQuery(doc, s))) return a;
  return genericAdapter;
}

function safeQuery(root: Document | Element, sel: string): Element | null {
  try {
    return root.querySelector(sel);
  } catch {
    return null;
  }
}

/** where-you-live meanings: inside an Education section they ask about the school, which the profile lacks */
const PLACE = new Set<Meaning>(["city", "state", "country", "zip", "location", "address"]);

export function classifyControl(c: Control, adapter: AtsAdapter): Meaning {
  const m = classifyPlain(c, adapter);
  return PLACE.has(m) && /\b(education|school|academic|universit)/i.test(c.section) ? "unknown" : m;
}

function classifyPlain(c: Control, adapter: AtsAdapter): Meaning {
  for (const key of c.keys) for (const [re, m] of adapter.fieldMap ?? []) if (re.test(key)) return m;
  const fromLabel = classifyText(c.label);
  if (fromLabel !== "unknown") return fromLabel;
  const auto = c.autocomplete.split(/\s+/).pop() ?? "";
  if (AUTOCOMPLETE[auto]) return AUTOCOMPLETE[auto];
  for (const key of c.keys) {
    const m = classifyText(key);
    if (m !== "unknown") return m;
  }
  if (c.kind === "email") return "email";
  if (c.kind === "tel") return "phone";
  if (c.kind === "file") return "unknown";
  return "unknown";
}

function pageCompany(doc: Document): string | null {
  const meta = doc.querySelector('meta[property="og:site_name"]')?.getAttribute("content")?.trim();
  if (meta) return meta;
  const title = doc.querySelector("title")?.textContent ?? "";
  const m = /\bat ([^|–—]+?)\s*(?:[|–—]|$)/.exec(title) ?? /^([^|–—-]+?)\s+[-–—]\s+/.exec(title);
  return m?.[1]?.trim() ?? null;
}

/** index of the repeated block a control sits in (Workday workExperience-12--…, education-3--…) */
function entryIndexer() {
  const seen = new Map<string, Map<string, number>>();
  return (c: Control): number | null => {
    for (const key of c.keys) {
      const m = /^(workExperience|education)-(\d+)--/.exec(key);
      if (!m?.[1] || !m[2]) continue;
      const kind = seen.get(m[1]) ?? new Map<string, number>();
      seen.set(m[1], kind);
      if (!kind.has(m[2])) kind.set(m[2], kind.size);
      return kind.get(m[2]) ?? null;
    }
    return null;
  };
}

function documentOrder(root: Element): Map<Element, number> {
  const order = new Map<Element, number>();
  let i = 0;
  for (const el of root.querySelectorAll("*")) order.set(el, i++);
  return order;
}

export function findFormRoot(doc: Document, adapter: AtsAdapter): Element | null {
  for (const sel of adapter.form) {
    const el = safeQuery(doc, sel);
    if (el) return el;
  }
  return null;
}

function isApplicationForm(controls: Control[], meanings: Meaning[]): boolean {
  if (!controls.length) return false;
  const kinds = new Set(meanings.filter((m) => APPLICATION_MEANINGS.has(m)));
  return kinds.size >= 2 || (kinds.has("resume") && controls.some((c) => c.kind === "file"));
}

/** Fits an answer to the control: the option's own text for choices, the user's words otherwise. */
function fit(c: Control, meaning: Meaning, ans: Answer): Answer | null {
  const choice =
    c.kind === "select" || c.kind === "radio" || c.kind === "combobox" || (c.kind === "checkbox" && c.multiple);
  if (!choice) {
    if (c.kind === "date" && !/^\d{4}(-\d{2}){0,2}$/.test(String(ans.value))) return null;
    if (c.kind === "checkbox") {
      // single checkbox: "Yes" checks it, "No" leaves it clear
      return /^(yes|no)$/i.test(String(ans.value)) ? ans : null;
    }
    return Array.isArray(ans.value) ? { ...ans, value: ans.value.join(", ") } : ans;
  }
  if (!c.options.length) {
    // A combobox whose options load on open: keep the user's words, the filler picks the matching option.
    return c.kind === "combobox" ? { ...ans, confidence: Math.min(ans.confidence, 0.7) } : null;
  }
  const wanted = Array.isArray(ans.value) ? ans.value : [ans.value];
  const picked = wanted
    .map(
      (w) =>
        chooseLocationOption(meaning, c.options, w) ??
        (meaning === "state" || meaning === "country" ? null : chooseOption(c.options, w)),
    )
    .filter((o): o is string => !!o);
  if (!picked.length) return null;
  return { ...ans, value: c.multiple ? [...new Set(picked)] : (picked[0] ?? "") };
}

export function planAutofill(
  document: Document,
  url: string | URL,
  applicant: ApplicantProfile,
  options: PlanOptions = {},
): AutofillPlan | null {
  let u: URL | null = null;
  try {
    u = url instanceof URL ? url : new URL(url);
  } catch {
    u = null;
  }
  let adapter = detectAts(document, u);
  let root = findFormRoot(document, adapter);
  if (!root && adapter !== genericAdapter) {
    adapter = genericAdapter;
    root = null;
  }
  const candidates = root ? [root] : genericRoots(document);
  for (const r of candidates) {
    const controls = readControls(document, r, adapter);
    const meanings = controls.map((c) => classifyControl(c, adapter));
    if (!isApplicationForm(controls, meanings)) continue;
    const order = documentOrder(r);
    const ctx: Omit<ResolveContext, "entryIndex"> = {
      applicant,
      company: options.company ?? pageCompany(document),
      resumeFileName: options.resumeFileName ?? null,
    };
    const indexOf = entryIndexer();
    const entries = controls
      .map((c, i) => ({ c, meaning: meanings[i] ?? "unknown", pos: order.get(c.el) ?? 0 }))
      .sort((x, y) => x.pos - y.pos)
      .map(({ c, meaning }) => entryFor(c, meaning, { ...ctx, entryIndex: indexOf(c) }));
    return { ats: adapter.name, fields: entries };
  }
  return null;
}

/** Generic pages: every <form>, then the body (React forms without a <form> element). */
function genericRoots(doc: Document): Element[] {
  const forms = [...doc.querySelectorAll("form")].sort(
    (a, b) =>
      b.querySelectorAll("input, select, textarea").length - a.querySelectorAll("input, select, textarea").length,
  );
  return doc.body ? [...forms, doc.body] : forms;
}

function entryFor(c: Control, meaning: Meaning, ctx: ResolveContext): PlanEntry {
  const base = { label: c.label, selector: c.selector, kind: c.kind, required: c.required };
  const unknown = (): PlanEntry => ({
    ...base,
    value: null,
    action: (c.required || SENSITIVE.has(meaning) ? "ask" : "skip") as FieldAction,
    source: null,
    confidence: 0,
  });
  if (c.kind === "file") {
    if (meaning === "resume")
      return { ...base, value: ctx.resumeFileName ?? "resume", action: "upload", source: "resume", confidence: 0.95 };
    return unknown();
  }
  if (meaning === "consent" || meaning === "resumeText") return unknown();
  if (meaning === "workEnd") {
    // an ongoing job has no end date: the form drops the field once "I currently work here" is ticked
    const w = ctx.applicant.work?.[ctx.entryIndex ?? 0];
    if (w && !w.endDate) return { ...unknown(), action: "skip" };
  }
  let ans = resolveMeaning(meaning, c, ctx);
  let fitted = ans ? fit(c, meaning, ans) : null;
  if (!fitted) {
    const hit = matchAnswerBank(c.label, meaning, ctx.applicant.application?.answers ?? []);
    if (hit) {
      ans = {
        value: hit.answer,
        source: `application.answers[${hit.index}]`,
        confidence: Math.min(0.95, 0.45 + hit.score / 2),
      };
      fitted = fit(c, meaning, ans);
    }
  }
  if (!fitted) return unknown();
  return {
    ...base,
    value: fitted.value,
    action: "fill",
    source: fitted.source,
    confidence: Math.round(fitted.confidence * 100) / 100,
  };
}
