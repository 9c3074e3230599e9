import type { AutofillPlan } from "@vanta/shared/autofill/types";
import { useState } from "react";
import { browser } from "wxt/browser";
import type { FillSummary } from "@/lib/content/autofill/controller.ts";

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "review"; plan: AutofillPlan; off: Set<string> }
  | { kind: "filled"; summary: FillSummary }
  | { kind: "error"; message: string };

const shown = (v: AutofillPlan["fields"][number]["value"]) => (Array.isArray(v) ? v.join(", ") : (v ?? ""));

/** Autofill from the side panel: the review list (field, value, source, a toggle each), then fill in the page. */
export function AutofillSection({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<State>({ kind: "idle" });

  async function review() {
    if (tabId === null) return;
    setState({ kind: "busy" });
    const reply = (await browser.tabs.sendMessage(tabId, { type: "autofill.panel.plan" }).catch(() => null)) as {
      plan?: AutofillPlan;
      error?: string | null;
    } | null;
    if (!reply) return setState({ kind: "error", message: "No application form on this page." });
    if (!reply.plan) return setState({ kind: "error", message: reply.error ?? "No application form on this page." });
    setState({ kind: "review", plan: reply.plan, off: new Set() });
  }

  async function fill(off: Set<string>) {
    if (tabId === null) return;
    setState({ kind: "busy" });
    const reply = (await browser.tabs
      .sendMessage(tabId, { type: "autofill.panel.fill", off: [...off] })
      .catch(() => null)) as {
      summary?: FillSummary | null;
    } | null;
    if (!reply?.summary)
      return setState({ kind: "error", message: "The page did not answer; reload it and try again." });
    setState({ kind: "filled", summary: reply.summary });
  }

  return (
    <section className="card stack" aria-label="Autofill" data-testid="autofill-section">
      <div className="spread">
        <h3>Autofill</h3>
        {state.kind !== "review" && (
          <button
            type="button"
            className="small"
            onClick={review}
            disabled={state.kind === "busy"}
            data-testid="autofill-review"
          >
            Autofill this application
          </button>
        )}
      </div>
      {state.kind === "error" && <p className="muted">{state.message}</p>}
      {state.kind === "filled" && (
        <p data-testid="autofill-summary">
          {state.summary.filled} filled · {state.summary.needsYou} need you
          {state.summary.resume ? ` · resume ${state.summary.resume}` : ""}. Check the form and press Submit yourself.
        </p>
      )}
      {state.kind === "review" && (
        <>
          <ul
            className="autofill-list stack"
            data-testid="autofill-list"
            style={{ listStyle: "none", padding: 0, margin: 0 }}
          >
            {state.plan.fields
              .filter((f) => f.action !== "skip")
              .map((f) => (
                <li key={f.selector} data-action={f.action}>
                  <label style={{ display: "flex", gap: 6, alignItems: "baseline" }}>
                    <input
                      type="checkbox"
                      style={{ width: "auto", margin: 0, flex: "none" }}
                      disabled={f.action === "ask"}
                      checked={f.action !== "ask" && !state.off.has(f.selector)}
                      aria-label={`Fill ${f.label}`}
                      onChange={(e) => {
                        const off = new Set(state.off);
                        if (e.currentTarget.checked) off.delete(f.selector);
                        else off.add(f.selector);
                        setState({ ...state, off });
                      }}
                    />{" "}
                    <strong>{f.label || "(unlabeled)"}</strong>
                  </label>
                  <div className={f.action === "ask" ? "warn" : ""}>
                    {f.action === "ask" ? "needs you" : shown(f.value)}
                  </div>
                  <div className="muted small">{f.source ?? ""}</div>
                </li>
              ))}
          </ul>
          <div className="row">
            <button type="button" onClick={() => fill(state.off)} data-testid="autofill-fill">
              Fill
            </button>
            <button type="button" className="secondary" onClick={() => setState({ kind: "idle" })}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
