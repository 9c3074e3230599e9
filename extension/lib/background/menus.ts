import { browser } from "wxt/browser";
import { getCapture } from "../captures.ts";
import { openSidePanel } from "./side-panel.ts";
import { trackPosting } from "./track.ts";

const TRACK_ID = "vanta-track";
const PANEL_ID = "vanta-open-panel";

export function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: TRACK_ID,
      title: "Track this job with Vanta",
      contexts: ["page", "selection", "link"],
    });
    browser.contextMenus.create({
      id: PANEL_ID,
      title: "Open Vanta side panel",
      contexts: ["page", "selection", "link"],
    });
  });
}

export function listenToMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === PANEL_ID) {
      // Must run synchronously inside the gesture: no await before open().
      openSidePanel(tab?.id, tab?.windowId).catch((e) => console.warn("side panel", e));
      return;
    }
    if (info.menuItemId === TRACK_ID && tab?.id !== undefined) void trackFromTab(tab.id);
  });
}

/** Tracks the capture of a tab and tells its content script so the injected button updates. */
export async function trackFromTab(tabId: number): Promise<void> {
  const capture = await getCapture(tabId);
  if (!capture?.posting) {
    await browser.tabs
      .sendMessage(tabId, { type: "track.result", error: "No job posting found on this page" })
      .catch(() => {});
    return;
  }
  const result = await trackPosting(capture.posting);
  await browser.tabs
    .sendMessage(
      tabId,
      result.ok
        ? { type: "track.result", outcome: result.data }
        : { type: "track.result", error: result.error.message },
    )
    .catch(() => {});
}
