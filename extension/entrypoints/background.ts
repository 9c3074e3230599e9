import { browser } from "wxt/browser";
import { createMenus, listenToMenus } from "@/lib/background/menus.ts";
import { listenToMessages } from "@/lib/background/router.ts";
import { openSidePanel } from "@/lib/background/side-panel.ts";
import { flushQueue } from "@/lib/background/track.ts";
import { dropTab } from "@/lib/captures.ts";

const SYNC_ALARM = "vanta-sync-queue";

export default defineBackground(() => {
  listenToMessages();
  listenToMenus();
  browser.runtime.onInstalled.addListener(() => createMenus());
  browser.runtime.onStartup.addListener(() => createMenus());

  // Retry queued tracks: the alarm wakes the worker; backoff per item lives in the queue.
  browser.alarms.create(SYNC_ALARM, { periodInMinutes: 0.5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void flushQueue(false);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === "open-side-panel") openSidePanel(tab?.id, tab?.windowId).catch((e) => console.warn(e));
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropTab(tabId));
  // Clicking the page action area is not available (the popup is the Kanban); keep panel on its own tab.
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => {});
});
