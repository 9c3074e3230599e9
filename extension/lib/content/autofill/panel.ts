import type { PlanEntry } from "@vanta/shared/autofill/types";

// The in-page Autofill UI: a closed shadow root (the page's scripts cannot reach into it or fake its
// clicks: every handler requires event.isTrusted). Plain DOM, no framework on every page.

export type PanelState = "idle" | "loading" | "review" | "filled" | "next-step" | "applied" | "error";

export interface PanelHandlers {
  onAutofill(): void;
  onFill(off: Set<string>): void;
  onCancel(): void;
  onSaveAnswer(question: string, answer: string): void;
  onContinue(): void;
}

const CSS = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 13px/1.4 system-ui, sans-serif;
  color: #111827; background: #fff; border: 1px solid #d1d5db; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  width: 380px; max-height: 70vh; display: flex; flex-direction: column; }
.box.compact { width: auto; }
header { padding: 10px 12px; font-weight: 600; border-bottom: 1px solid #e5e7eb; }
.list { overflow: auto; padding: 4px 0; max-height: 46vh; }
.row { display: grid; grid-template-columns: 20px 1fr; gap: 6px; padding: 6px 12px; border-bottom: 1px solid #f3f4f6; }
.row .q { font-weight: 600; }
.row .v { color: #065f46; word-break: break-word; }
.row .s { color: #6b7280; font-size: 11px; }
.row.ask .v { color: #b45309; }
footer { display: flex; gap: 8px; padding: 8px 12px; border-top: 1px solid #e5e7eb; align-items: center; }
button { font: inherit; border-radius: 6px; border: 1px solid #4f46e5; background: #4f46e5; color: #fff; padding: 6px 12px; cursor: pointer; }
button.secondary { background: #fff; color: #4f46e5; }
.msg { padding: 8px 12px; }
`;

export interface Panel {
  host: HTMLElement;
  set(state: PanelState, detail?: string): void;
  review(entries: PlanEntry[]): void;
  offerSave(question: string, answer: string): void;
  remove(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A click from the user: synthetic clicks dispatched by the page do nothing. */
const trusted = (fn: () => void) => (e: Event) => {
  if (!e.isTrusted) return;
  fn();
};

export function mountPanel(h: PanelHandlers): Panel {
  const host = document.createElement("vanta-autofill");
  const root = host.attachShadow({ mode: "closed" });
  const style = el("style");
  style.textContent = CSS;
  const box = el("div", "box compact");
  root.append(style, box);
  document.documentElement.append(host);

  const primary = (text: string, fn: () => void) => {
    const b = el("button", undefined, text);
    b.type = "button";
    b.addEventListener("click", trusted(fn));
    return b;
  };
  const secondary = (text: string, fn: () => void) => {
    const b = primary(text, fn);
    b.className = "secondary";
    return b;
  };

  let entries: PlanEntry[] = [];
  const off = new Set<string>();
  const saves = el("div", "list");

  function set(state: PanelState, detail = "") {
    host.setAttribute("data-vanta-state", state);
    if (state === "review") return;
    box.replaceChildren();
    box.className = state === "idle" || state === "loading" ? "box compact" : "box";
    if (state === "idle") box.append(primary("Autofill with Vanta", h.onAutofill));
    else if (state === "loading") box.append(el("div", "msg", "Vanta is reading the form…"));
    else if (state === "next-step") {
      const footer = el("footer");
      footer.append(primary(`Autofill ${detail || "this step"}`, h.onContinue));
      box.append(el("header", undefined, "Next step"), footer);
    } else {
      const footer = el("footer");
      footer.append(secondary("Close", h.onCancel));
      box.append(
        el(
          "header",
          undefined,
          state === "applied"
            ? "Marked Applied"
            : state === "error"
              ? "Autofill"
              : "Filled — review and submit yourself",
        ),
      );
      box.append(el("div", "msg", detail));
      if (state === "filled") box.append(saves);
      box.append(footer);
    }
  }

  function review(list: PlanEntry[]) {
    entries = list;
    off.clear();
    host.setAttribute("data-vanta-state", "review");
    box.className = "box";
    const rows = el("div", "list");
    for (const e of entries) {
      if (e.action === "skip") continue;
      const row = el("div", e.action === "ask" ? "row ask" : "row");
      const toggle = el("input");
      toggle.type = "checkbox";
      toggle.checked = e.action !== "ask";
      toggle.disabled = e.action === "ask";
      toggle.addEventListener("change", (ev) => {
        if (!ev.isTrusted) return;
        if (toggle.checked) off.delete(e.selector);
        else off.add(e.selector);
      });
      const text = el("div");
      const value = e.action === "ask" ? "needs you" : Array.isArray(e.value) ? e.value.join(", ") : (e.value ?? "");
      text.append(el("div", "q", e.label || "(unlabeled)"), el("div", "v", value), el("div", "s", e.source ?? ""));
      row.append(toggle, text);
      rows.append(row);
    }
    const fill = entries.filter((e) => e.action === "fill" || e.action === "upload").length;
    const ask = entries.filter((e) => e.action === "ask").length;
    const footer = el("footer");
    footer.append(
      primary("Fill", () => h.onFill(new Set(off))),
      secondary("Cancel", h.onCancel),
      el("span", "s", `${fill} to fill · ${ask} need you`),
    );
    box.replaceChildren(el("header", undefined, "Vanta will fill (nothing is submitted)"), rows, footer);
  }

  function offerSave(question: string, answer: string) {
    const row = el("div", "row");
    const b = secondary("Save", () => {
      h.onSaveAnswer(question, answer);
      row.replaceChildren(el("div"), el("div", "s", `Saved to your answer bank: ${question}`));
    });
    const text = el("div");
    text.append(el("div", "q", `Save your answer to “${question}”?`), el("div", "v", answer.slice(0, 140)));
    row.append(el("div"), text, b);
    saves.append(row);
  }

  set("idle");
  return { host, set, review, offerSave, remove: () => host.remove() };
}
