import { fillPlan } from "@vanta/shared/autofill/fill";
import { classifyText, detectAts, planAutofill, SENSITIVE } from "@vanta/shared/autofill/index";
import type { AutofillPlan } from "@vanta/shared/autofill/types";
import { extractPosting } from "@vanta/shared/capture/index";
import type { Posting } from "@vanta/shared/posting";
import { ApplicantProfile } from "@vanta/shared/resume/applicant";
import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import type { AutofillPrepared } from "../../messages.ts";
import { send } from "../../send.ts";
import { mountPanel, type Panel } from "./panel.ts";

// Autofill on the page the user is on: offer the button when the page holds an application form, plan
// with the applicant profile (fetched through the background), let the user review, fill through the
// page's events, mark what needs them, never submit. When the user submits and the ATS confirms, the
// application is marked Applied with its submission packet.

const CONFIRMATION =
  /thank you for (applying|your application)|application (has been |was )?(submitted|received)|we('ve| have) received your application|application submitted/i;
const SUBMIT_LIKE =
  'button[type="submit"], input[type="submit"], [data-qa="btn-submit"], [data-automation-id="pageFooterNextButton"]';

const EMPTY = ApplicantProfile.parse({});

function base64ToFile(b64: string, name: string, type: string): File {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new File([bytes], name, { type });
}

function fallbackPosting(ats: string): Posting {
  const title = document.querySelector("h1, h2")?.textContent?.trim() || document.title || "Application";
  return {
    title: title.slice(0, 300),
    company: location.hostname,
    locations: [],
    remote: "unknown",
    employmentType: null,
    salary: null,
    description: "",
    postedAt: null,
    closed: false,
    source: ats,
    sourceId: null,
    url: location.href.split("#")[0] ?? location.href,
  };
}

/** What the side panel shows after a fill it asked for. */
export interface FillSummary {
  filled: number;
  needsYou: number;
  resume: string | null;
}

export function startAutofill(ctx: ContentScriptContext): void {
  let panel: Panel | null = null;
  let prepared: AutofillPrepared | null = null;
  let applicant: ApplicantProfile | null = null;
  let plan: AutofillPlan | null = null;
  let posting: Posting | null = null;
  let filled: { label: string; value: string | string[] | null; source: string | null }[] = [];
  let stepName = "";
  let submitAttempt = 0;
  let recorded = false;

  const stepOf = () => {
    const ats = detectAts(document, new URL(location.href));
    return ats.step?.(document)?.name ?? "";
  };

  function detect() {
    if (recorded) return;
    if (!panel) {
      // cheap gate before planning: a page with fewer than three fields holds no application form
      if (document.querySelectorAll("input, select, textarea").length < 3) return;
      if (!planAutofill(document, location.href, EMPTY)) return;
      panel = mountPanel({
        onAutofill,
        onFill: (off) => void onFill(off),
        onCancel,
        onSaveAnswer,
        onContinue: onAutofill,
      });
      stepName = stepOf();
      return;
    }
    const step = stepOf();
    if (stepName && step && step !== stepName) {
      // Workday: the user moved to the next step; offer to continue there.
      stepName = step;
      panel.set("next-step", step);
    }
  }

  /** Fetches the applicant (through the background) and plans this page; an error message otherwise. */
  async function preparePlan(): Promise<string | null> {
    const reply = await send({ type: "autofill.prepare" });
    if (!reply.ok) return `Could not load your applicant profile: ${reply.error.message}`;
    const parsed = ApplicantProfile.safeParse(reply.data.applicant);
    if (!parsed.success) return "Your applicant profile could not be read.";
    prepared = reply.data;
    applicant = parsed.data;
    plan = planAutofill(document, location.href, applicant, { resumeFileName: prepared.resume?.filename ?? null });
    if (!plan) return "No application form on this page any more.";
    posting ??= extractPosting(document, location.href) ?? fallbackPosting(plan.ats);
    return null;
  }

  async function onAutofill() {
    if (!panel) return;
    panel.set("loading");
    const error = await preparePlan();
    if (error || !plan) return panel.set("error", error ?? "");
    panel.review(plan.fields);
  }

  async function onFill(off: Set<string>): Promise<FillSummary | null> {
    if (!panel || !plan) return null;
    panel.set("loading");
    let resume: File | null = null;
    const wantsUpload = plan.fields.some((f) => f.action === "upload" && !off.has(f.selector));
    if (wantsUpload && prepared?.resume) {
      const file = await send({ type: "autofill.resume", id: prepared.resume.id });
      if (file.ok) resume = base64ToFile(file.data.contentBase64, file.data.filename, file.data.mimeType);
    }
    const results = await fillPlan(document, plan, { resume, off });
    const byStatus = (s: string) => results.filter((r) => r.status === s).length;
    const done = new Set(results.filter((r) => r.status === "filled").map((r) => r.selector));
    filled = [
      ...filled,
      ...plan.fields
        .filter((f) => done.has(f.selector))
        .map((f) => ({ label: f.label, value: f.value, source: f.source })),
    ];
    const needs = byStatus("needs-you") + byStatus("failed");
    panel.set(
      "filled",
      `${byStatus("filled")} filled · ${needs} need you (marked in amber)${resume ? ` · resume ${resume.name}` : wantsUpload ? " · attach your resume yourself" : ""}. Vanta never submits: check the form and press Submit yourself.`,
    );
    watchTypedAnswers(plan);
    return { filled: byStatus("filled"), needsYou: needs, resume: resume?.name ?? null };
  }

  function onCancel() {
    panel?.set("idle");
  }

  function onSaveAnswer(question: string, answer: string) {
    void send({ type: "autofill.saveAnswer", question, answer });
  }

  /** The user answered a question Vanta did not know: offer to keep it (never the sensitive ones). */
  function watchTypedAnswers(p: AutofillPlan) {
    for (const f of p.fields) {
      if (f.action !== "ask" || (f.kind !== "text" && f.kind !== "textarea")) continue;
      if (SENSITIVE.has(classifyText(f.label))) continue;
      const el = document.querySelector(f.selector);
      if (!el) continue;
      let offered = false;
      ctx.addEventListener(el, "change", (e) => {
        const value = (el as HTMLInputElement).value.trim();
        if (!e.isTrusted || offered || !value || !f.label) return;
        offered = true;
        filled.push({ label: f.label, value, source: "typed" });
        panel?.offerSave(f.label, value);
      });
    }
  }

  async function recordSubmission() {
    if (recorded || !plan || !posting) return;
    recorded = true;
    const reply = await send({
      type: "autofill.submitted",
      posting,
      packet: {
        ats: plan.ats,
        url: location.href,
        resumeVersionId: prepared?.resume?.id ?? null,
        resumeFilename: prepared?.resume?.filename ?? null,
        answers: filled.slice(0, 500),
        submittedAt: new Date().toISOString(),
      },
    });
    panel?.set(
      reply.ok ? "applied" : "error",
      reply.ok ? "Vanta moved this application to Applied and kept what you sent." : reply.error.message,
    );
  }

  // Submission detection: a trusted submit (or click on the form's submit control) after Autofill, then
  // the ATS's confirmation. Page scripts cannot fake either (isTrusted).
  ctx.addEventListener(
    document,
    "submit",
    (e) => {
      if (e.isTrusted && plan) submitAttempt = Date.now();
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    "click",
    (e) => {
      const t = e.target as Element | null;
      if (e.isTrusted && plan && t?.closest?.(SUBMIT_LIKE)) submitAttempt = Date.now();
    },
    { capture: true },
  );

  // The side panel's Autofill (an extension page: only the extension itself can send tabs messages, and
  // only the frame that holds the form answers).
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const msg = raw as { type?: string; off?: unknown };
    const fromExtension =
      sender.id === browser.runtime.id && (!sender.url || sender.url.startsWith(browser.runtime.getURL("/")));
    if (!fromExtension || !panel) return undefined;
    if (msg?.type === "autofill.panel.plan") {
      void preparePlan().then((error) => sendResponse(error || !plan ? { error } : { plan }));
      return true;
    }
    if (msg?.type === "autofill.panel.fill" && plan) {
      const off = new Set(Array.isArray(msg.off) ? msg.off.filter((x): x is string => typeof x === "string") : []);
      void onFill(off).then((summary) => sendResponse({ summary }));
      return true;
    }
    return undefined;
  });

  let timer = 0;
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      // innerText, not textContent: a confirmation the page keeps hidden until submit must not count
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
      const shown = document.body?.innerText ?? "";
      if (submitAttempt && Date.now() - submitAttempt < 60_000 && CONFIRMATION.test(shown)) void recordSubmission();
      else detect();
    }, 300);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["hidden", "data-automation-id", "style", "class"],
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    panel?.remove();
  });
  detect();
}
