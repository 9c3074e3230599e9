import type { Posting } from "@vanta/shared/posting";
import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi, type ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import { sameOrigin } from "../background/sender-policy.ts";
import type { TrackOutcome } from "../messages.ts";
import { send } from "../send.ts";
import { toTrackedInfo } from "../tracked.ts";
import { findTitleElement } from "./title-anchor.ts";
import { buildTrackButton, type TrackButton } from "./track-button.ts";

type Extract = (doc: Document, url: string) => Posting | null;

// Boards render the posting after load and on SPA navigation: retry a few times per URL.
const RETRY_DELAYS_MS = [0, 400, 1200, 2500, 5000];
// WXT reports a navigation from the Navigation API's "navigate" event, i.e. before the page has
// swapped its content: wait a moment, and keep retrying while the page still shows the old posting.
const NAV_DELAYS_MS = [80, 400, 1200, 2500, 5000];

const keyOf = (posting: Posting | null) => (posting ? JSON.stringify(posting) : `none:${location.href}`);

/** Runs capture on this page and on every SPA navigation; mounts the Track button when a posting is found. */
export function startCapture(ctx: ContentScriptContext, extract: Extract): void {
  let ui: ShadowRootContentScriptUi<TrackButton> | null = null;
  let lastKey = "";
  let run = 0;

  async function capture(thisRun: number, afterNavigation: boolean) {
    const delays = afterNavigation ? NAV_DELAYS_MS : RETRY_DELAYS_MS;
    for (const [i, delay] of delays.entries()) {
      if (delay) await new Promise<void>((r) => ctx.setTimeout(r, delay));
      if (thisRun !== run || ctx.isInvalid) return;
      const posting = safeExtract(extract, location.href);
      const stale = afterNavigation && posting !== null && keyOf(posting) === lastKey;
      if ((posting && !stale) || i === delays.length - 1) return publish(posting);
    }
  }

  async function publish(posting: Posting | null) {
    const key = keyOf(posting);
    if (key === lastKey) return;
    lastKey = key;
    await send({ type: "capture.update", url: location.href, posting });
    ui?.remove();
    ui = null;
    if (posting) ui = await mountButton(ctx, posting);
  }

  const rerun = (afterNavigation: boolean) => {
    run++;
    void capture(run, afterNavigation);
  };
  rerun(false);
  // WXT fires this on pushState/replaceState/popstate navigations (Navigation API, or polling).
  ctx.addEventListener(window, "wxt:locationchange", () => rerun(true));

  browser.runtime.onMessage.addListener((raw) => {
    const msg = raw as { type?: string; outcome?: TrackOutcome; error?: string };
    if (msg?.type !== "track.result" || !ui?.mounted) return undefined;
    showOutcome(ui.mounted, msg.outcome ?? null, msg.error ?? null);
    return undefined;
  });
}

function safeExtract(extract: Extract, url: string): Posting | null {
  try {
    return extract(document, url);
  } catch (error) {
    // A broken adapter must never break the page it runs on.
    console.warn("[vanta] capture failed", error);
    return null;
  }
}

async function mountButton(ctx: ContentScriptContext, posting: Posting) {
  const anchor = findTitleElement(document, posting.title);
  const ui = await createShadowRootUi(ctx, {
    name: "vanta-track",
    position: "inline",
    anchor: anchor ?? document.body,
    append: anchor ? "after" : "last",
    // Closed: page script cannot read the status text or reach the buttons.
    mode: "closed",
    onMount(container) {
      return buildTrackButton(container, {
        floating: !anchor,
        onTrack: () => void track(button, posting),
        // Sent straight from the click so Chrome still sees the user gesture. Firefox only opens
        // its sidebar from its own UI events, so there the button points to the shortcut instead.
        onOpenPanel: () =>
          void send({ type: "sidepanel.open" }).then((reply) => {
            if (!reply.ok) button.hintShortcut();
          }),
      });
    },
  });
  ui.mount();
  const button = ui.mounted!;
  void showExisting(button, posting.url);
  return ui;
}

async function showExisting(button: TrackButton, url: string) {
  // The posting URL comes from the page (JSON-LD, canonical link): show status only for this page's own
  // origin, or any page could probe whether the user tracked a job elsewhere (the background checks too).
  if (!sameOrigin(url, location.href)) return;
  const reply = await send({ type: "trpc", path: "applications.statusForUrl", input: { url }, kind: "query" });
  const info = reply.ok ? toTrackedInfo(reply.data) : null;
  if (info) button.set({ kind: "tracked", info });
}

async function track(button: TrackButton, posting: Posting) {
  button.set({ kind: "busy" });
  const reply = await send({ type: "track", posting });
  if (reply.ok) showOutcome(button, reply.data, null);
  else showOutcome(button, null, reply.error.message);
}

function showOutcome(button: TrackButton, outcome: TrackOutcome | null, error: string | null) {
  if (error || !outcome) return button.set({ kind: "error", message: error ?? "Could not track" });
  if (outcome.status === "queued") return button.set({ kind: "queued" });
  button.set({ kind: "tracked", info: toTrackedInfo(outcome.application) });
}
