import { visibleText } from "../capture/dom.ts";
import type { AtsAdapter, EmbeddedQuestion } from "./adapter.ts";
import { isPlaceholderOption } from "./options.ts";
import type { FieldKind } from "./types.ts";

// Reads every fillable control of a form with its visible question, the way a person would see it.
// Pure over the standard DOM (live page, linkedom in tests and the CLI).

export interface Control {
  /** the control (first input of a radio/checkbox group; the wrapper of a composite date) */
  el: Element;
  kind: FieldKind;
  /** the input's own type attribute (number, month, …) */
  inputType: string;
  label: string;
  /** name, id, placeholder, aria-label, data-automation-id: secondary evidence of meaning */
  keys: string[];
  autocomplete: string;
  required: boolean;
  /** visible texts of the choices (select options, radio/checkbox labels, embedded values) */
  options: string[];
  multiple: boolean;
  selector: string;
  /** title of the form section the control sits in ("Education", "Work Experience"), when marked up */
  section: string;
}

const FIELD_QUERY = 'input, select, textarea, button[aria-haspopup="listbox"]';
const SKIP_TYPES = new Set(["hidden", "submit", "button", "reset", "image", "password", "search"]);

const attrSel = (name: string, value: string) => `[${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"]`;

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** Question text without required markers ("*", "✱", "Required") and trailing colons. */
export function cleanLabel(s: string): string {
  return clean(s)
    .replace(/^[*✱]\s*/, "")
    .replace(/\s*(\*|✱|\(required\)|required)\s*$/i, "")
    .replace(/\s*(\*|✱)\s*$/, "")
    .replace(/\s*:\s*$/, "")
    .trim();
}

const REQUIRED_MARK = /[*✱]|\brequired\b/i;

function textIn(el: Element | null | undefined): string {
  return el ? clean(visibleText(el, 2_000)) : "";
}

/** Text of a wrapping <label> that comes before the control (not the widget's own texts after it). */
function textBefore(container: Element, el: Element): string {
  const parts: string[] = [];
  let done = false;
  const walk = (n: Node): void => {
    if (done) return;
    if (n === el) {
      done = true;
      return;
    }
    if (n.nodeType === 3) parts.push((n as Text).data);
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (
        ["SCRIPT", "STYLE", "SVG", "svg", "SELECT", "TEXTAREA"].includes(e.tagName) ||
        e.getAttribute("aria-hidden") === "true"
      ) {
        if (e.contains(el)) done = true;
        return;
      }
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(container);
  return clean(parts.join(" "));
}

function byId(doc: Document, id: string): Element | null {
  try {
    return doc.getElementById(id) ?? doc.querySelector(attrSel("id", id));
  } catch {
    return null;
  }
}

// One pass over the document's labels instead of a document query per control (a 60-field form).
const labelMaps = new WeakMap<Document, Map<string, Element>>();

function labelFor(doc: Document, el: Element): Element | null {
  const id = el.getAttribute("id");
  if (!id) return null;
  let map = labelMaps.get(doc);
  if (!map) {
    map = new Map();
    for (const l of doc.querySelectorAll("label[for]")) {
      const f = l.getAttribute("for");
      if (f && !map.has(f)) map.set(f, l);
    }
    labelMaps.set(doc, map);
  }
  return map.get(id) ?? null;
}

function labelledBy(doc: Document, el: Element): string {
  const ids = el.getAttribute("aria-labelledby");
  if (!ids) return "";
  return clean(
    ids
      .split(/\s+/)
      .map((id) => textIn(byId(doc, id)))
      .join(" "),
  );
}

/** Text just before the control: previous siblings of the control and of its ancestors, nearest first. */
function nearbyText(el: Element, stopAt: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && node !== stopAt && depth < 5; depth++) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.matches?.(FIELD_QUERY) || sib.querySelector?.(FIELD_QUERY)) break;
      const t = textIn(sib);
      if (t && t.length <= 300) return t;
    }
    node = node.parentElement;
  }
  return "";
}

function optionText(doc: Document, input: Element): string {
  const own = labelFor(doc, input) ?? input.closest("label");
  const t = own ? textIn(own) : "";
  if (t) return t;
  const next = input.nextElementSibling;
  return textIn(next) || input.getAttribute("aria-label") || input.getAttribute("value") || "";
}

/** A selector that finds this element (or this group) alone in the document. */
export function selectorFor(doc: Document, el: Element, group?: "radio" | "checkbox"): string {
  const tag = el.tagName.toLowerCase();
  const unique = (sel: string) => {
    try {
      return doc.querySelectorAll(sel).length === 1;
    } catch {
      return false;
    }
  };
  const name = el.getAttribute("name");
  if (group && name) return `input[type="${group}"]${attrSel("name", name)}`;
  const id = el.getAttribute("id");
  if (id) {
    const sel = /^[A-Za-z][\w-]*$/.test(id) ? `#${id}` : attrSel("id", id);
    if (unique(sel)) return sel;
  }
  if (name && unique(`${tag}${attrSel("name", name)}`)) return `${tag}${attrSel("name", name)}`;
  const auto = el.getAttribute("data-automation-id");
  if (auto && unique(`${tag}${attrSel("data-automation-id", auto)}`))
    return `${tag}${attrSel("data-automation-id", auto)}`;
  // Structural path from the nearest ancestor with a unique id.
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== "BODY" && node.tagName !== "HTML") {
    const nid = node.getAttribute("id");
    if (nid && node !== el && /^[A-Za-z][\w-]*$/.test(nid) && unique(`#${nid}`)) {
      parts.unshift(`#${nid}`);
      break;
    }
    const t = node.tagName.toLowerCase();
    const parent: Element | null = node.parentElement;
    const same = parent ? [...parent.children].filter((c) => c.tagName === node?.tagName) : [];
    parts.unshift(same.length > 1 ? `${t}:nth-of-type(${same.indexOf(node) + 1})` : t);
    node = parent;
  }
  return parts.join(" > ");
}

/** The nearest labelled group around the control: Workday and SuccessFactors wrap sections in role=group. */
function sectionOf(doc: Document, el: Element): string {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (a.getAttribute("role") === "group" && a.hasAttribute("aria-labelledby")) {
      const t = labelledBy(doc, a);
      if (t && !a.matches('[data-automation-id="dateInputWrapper"]')) return t;
    }
  }
  return "";
}

function kindOf(el: Element): { kind: FieldKind; inputType: string } | null {
  const tag = el.tagName;
  if (tag === "SELECT") return { kind: "select", inputType: "select" };
  if (tag === "TEXTAREA") return { kind: "textarea", inputType: "textarea" };
  if (tag === "BUTTON") return { kind: "combobox", inputType: "button" };
  const type = (el.getAttribute("type") ?? "text").toLowerCase();
  if (SKIP_TYPES.has(type)) return null;
  if (
    el.getAttribute("role") === "combobox" ||
    el.getAttribute("aria-autocomplete") === "list" ||
    el.getAttribute("data-uxi-widget-type") === "selectinput"
  )
    return { kind: "combobox", inputType: type };
  if (type === "month" || type === "date" || type === "datetime-local") return { kind: "date", inputType: type };
  if (["email", "tel", "url", "file", "radio", "checkbox"].includes(type))
    return { kind: type as FieldKind, inputType: type };
  return { kind: "text", inputType: type };
}

function isIgnored(el: Element, adapter: AtsAdapter | null): boolean {
  if (el.getAttribute("aria-hidden") === "true" || el.hasAttribute("disabled")) return true;
  if (el.closest('[aria-hidden="true"], template, [hidden]')) return true;
  for (const sel of adapter?.ignore ?? []) {
    try {
      if (el.matches(sel) || el.closest(sel)) return true;
    } catch {
      /* selector unsupported here */
    }
  }
  return false;
}

function embeddedFor(el: Element, data: Map<string, EmbeddedQuestion>): EmbeddedQuestion | undefined {
  for (const key of [el.getAttribute("name"), el.getAttribute("id")]) {
    if (key && data.has(key)) return data.get(key);
  }
  return undefined;
}

export function readControls(doc: Document, root: Element, adapter: AtsAdapter | null): Control[] {
  labelMaps.delete(doc); // the live page changes between plans (Workday steps, React re-renders)
  const embedded = adapter?.embedded?.(doc) ?? new Map<string, EmbeddedQuestion>();
  const out: Control[] = [];
  const consumed = new Set<Element>();
  const groups = new Map<string, Element[]>();

  // Composite dates (Workday month/year sections) first, so their inputs are not read one by one.
  const composites: Element[] = [];
  for (const sel of adapter?.dateGroups ?? []) {
    for (const g of root.querySelectorAll(sel)) {
      if (isIgnored(g, adapter)) continue;
      composites.push(g);
      for (const i of g.querySelectorAll("input")) consumed.add(i);
    }
  }

  const all = [...root.querySelectorAll(FIELD_QUERY)];
  for (const el of all) {
    if (el.tagName !== "INPUT") continue;
    const type = (el.getAttribute("type") ?? "").toLowerCase();
    const name = el.getAttribute("name");
    if ((type === "radio" || type === "checkbox") && name && !isIgnored(el, adapter)) {
      const key = `${type}|${name}`;
      groups.set(key, [...(groups.get(key) ?? []), el]);
    }
  }

  const questionOf = (el: Element, members: Element[] | null): { label: string; raw: string } => {
    const emb = embeddedFor(el, embedded);
    if (emb?.label) return { label: cleanLabel(emb.label), raw: emb.label };
    const block = adapter?.questionBlock;
    if (block) {
      const container = el.closest(block.container);
      const t = textIn(container?.querySelector(block.label));
      if (t) return { label: cleanLabel(t), raw: t };
    }
    const candidates: string[] = [];
    candidates.push(labelledBy(doc, el));
    if (!members) {
      candidates.push(textIn(labelFor(doc, el)));
      const wrap = el.closest("label");
      if (wrap) candidates.push(textBefore(wrap, el) || textIn(wrap));
    }
    const fieldset = el.closest("fieldset");
    const legend = fieldset?.querySelector("legend");
    if (legend && (members || el.closest("fieldset") === fieldset)) candidates.push(textIn(legend));
    candidates.push(el.getAttribute("aria-label") ?? "");
    candidates.push(el.getAttribute("title") ?? "");
    const first = members ? (members[0] ?? el) : el;
    const anchor = members
      ? (first.closest("ul, ol, [role=group], [role=radiogroup]") ?? first.parentElement ?? first)
      : el;
    candidates.push(nearbyText(anchor, root));
    candidates.push(el.getAttribute("placeholder") ?? "");
    const raw = candidates.map(clean).find((c) => c && !/^(select|choose)\b.*\.\.\.$/i.test(c)) ?? "";
    return { label: cleanLabel(raw), raw };
  };

  const requiredOf = (el: Element, raw: string, members: Element[] | null): boolean => {
    const emb = embeddedFor(el, embedded);
    if (emb) return emb.required;
    if (/^\(optional\)|\boptional\b/i.test(raw)) return false;
    const els = members ?? [el];
    if (els.some((m) => m.hasAttribute("required") || m.getAttribute("aria-required") === "true")) return true;
    // the marker often sits in an aria-hidden <abbr>/<sup>: read the raw text, not the visible text
    const lab = labelFor(doc, el);
    const legend = members ? (el.closest("fieldset")?.querySelector("legend")?.textContent ?? "") : "";
    const markText = `${raw} ${lab?.textContent ?? ""} ${legend}`;
    return REQUIRED_MARK.test(markText);
  };

  const keysOf = (el: Element) =>
    ["name", "id", "data-automation-id", "placeholder", "aria-label", "data-qa"]
      .map((a) => el.getAttribute(a) ?? "")
      .filter(Boolean);

  for (const g of composites) {
    const { label, raw } = questionOf(g, null);
    const required = REQUIRED_MARK.test(g.closest("fieldset")?.querySelector("legend")?.textContent ?? raw);
    const outer = g.closest("[data-automation-id^=formField], [data-fkit-id]");
    out.push({
      el: g,
      kind: "date",
      inputType: "composite",
      label,
      keys: [...keysOf(g), outer?.getAttribute("data-fkit-id") ?? ""].filter(Boolean),
      autocomplete: "",
      required,
      options: [],
      multiple: false,
      selector: selectorFor(doc, g),
      section: sectionOf(doc, g),
    });
  }

  const seenGroups = new Set<string>();
  for (const el of all) {
    if (consumed.has(el) || isIgnored(el, adapter)) continue;
    const k = kindOf(el);
    if (!k) continue;
    const name = el.getAttribute("name");
    let members: Element[] | null = null;
    if ((k.kind === "radio" || k.kind === "checkbox") && name) {
      const key = `${k.kind}|${name}`;
      if (seenGroups.has(key)) continue;
      seenGroups.add(key);
      const m = groups.get(key) ?? [el];
      if (m.length > 1 || k.kind === "radio") members = m;
    }
    const { label, raw } = questionOf(el, members);
    const emb = embeddedFor(el, embedded);
    let options: string[] = [];
    if (members) options = members.map((m) => optionText(doc, m));
    else if (el.tagName === "SELECT")
      options = [...el.querySelectorAll("option")]
        .map((o) => clean(o.textContent ?? ""))
        .filter((o) => !isPlaceholderOption(o));
    if (!options.length && emb?.options.length) options = emb.options;
    out.push({
      el,
      kind: k.kind,
      inputType: k.inputType,
      label: label || (k.kind === "checkbox" && !members ? "" : label),
      keys: keysOf(el),
      autocomplete: (el.getAttribute("autocomplete") ?? "").toLowerCase().trim(),
      required: requiredOf(el, raw, members),
      options,
      multiple: (k.kind === "checkbox" && !!members) || el.hasAttribute("multiple") || !!emb?.multiple,
      selector: members ? selectorFor(doc, el, k.kind as "radio" | "checkbox") : selectorFor(doc, el),
      section: sectionOf(doc, el),
    });
  }
  return out;
}
