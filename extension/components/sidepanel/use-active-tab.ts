import { useEffect, useState } from "react";
import { browser } from "wxt/browser";

/**
 * The tab the panel describes: `?tabId=` when given (tests, or a panel opened for one tab),
 * else the active tab of this window, followed as the user switches tabs.
 */
export function useActiveTabId(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get("tabId")) || null;
  const [tabId, setTabId] = useState<number | null>(fixed);
  useEffect(() => {
    if (fixed) return;
    const update = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void update();
    const onActivated = () => void update();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);
  return tabId;
}
