import { useCallback, useEffect, useState } from "react";
import { api } from "@/lib/api.ts";

/** The bell's number (notifications.unreadCount), polled while the page is open; null until known. */
export function useUnreadCount(enabled: boolean, everyMs = 30_000) {
  const [unread, setUnread] = useState<number | null>(null);
  const refresh = useCallback(async () => {
    try {
      setUnread((await api.notifications.unreadCount.query()).unread);
    } catch {
      setUnread(null);
    }
  }, []);
  useEffect(() => {
    if (!enabled) return;
    void refresh();
    const t = setInterval(() => void refresh(), everyMs);
    return () => clearInterval(t);
  }, [enabled, everyMs, refresh]);
  return { unread, refresh };
}
