import { browser } from "wxt/browser";

// Chrome has side_panel, Firefox sidebar_action. Both only open from a user gesture
// (popup button, injected button click, context menu, keyboard command).
export async function openSidePanel(tabId: number | undefined, windowId?: number): Promise<void> {
  const firefox = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (firefox) return firefox.open();
  if (!browser.sidePanel) throw new Error("This browser has no side panel");
  if (tabId !== undefined) {
    await browser.sidePanel.open({ tabId });
    return;
  }
  const win = windowId ?? (await browser.windows.getCurrent()).id;
  if (win !== undefined) await browser.sidePanel.open({ windowId: win });
}
