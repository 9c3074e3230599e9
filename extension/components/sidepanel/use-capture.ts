import { useEffect, useState } from "react";
import { getCapture, watchCapture } from "@/lib/captures.ts";
import type { TabCapture } from "@/lib/messages.ts";

/** The latest capture of a tab, live: the content script updates it on SPA navigation. */
export function useCapture(tabId: number | null): { capture: TabCapture | null; loading: boolean } {
  const [state, setState] = useState<{ capture: TabCapture | null; loading: boolean }>({
    capture: null,
    loading: true,
  });
  useEffect(() => {
    if (tabId === null) return;
    setState({ capture: null, loading: true });
    let alive = true;
    void getCapture(tabId).then((capture) => alive && setState({ capture, loading: false }));
    const stop = watchCapture(tabId, (capture) => setState({ capture, loading: false }));
    return () => {
      alive = false;
      stop();
    };
  }, [tabId]);
  return state;
}
