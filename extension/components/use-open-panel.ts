import { useEffect, useRef } from "react";
import { browser } from "wxt/browser";

/**
 * Opens the side panel for this window from a click. The window id is looked up in advance:
 * sidePanel.open() must be called synchronously inside the user gesture, with no await before it.
 */
export function useOpenSidePanel(onError?: (message: string) => void): () => void {
  const windowId = useRef<number | null>(null);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => {
      windowId.current = w.id ?? null;
    });
  }, []);
  return () => {
    const firefox = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    const opened = firefox
      ? firefox.open()
      : windowId.current !== null
        ? browser.sidePanel?.open({ windowId: windowId.current })
        : Promise.reject(new Error("No browser window to open the side panel in"));
    opened?.catch((e: unknown) => {
      console.warn("[vanta] side panel", e);
      onError?.(e instanceof Error ? e.message : String(e));
    });
  };
}
