import { useCallback, useEffect, useState } from "react";
import type { ConnectionStatus } from "@/lib/messages.ts";
import { send } from "@/lib/send.ts";

/** Asks the background for the connection state (which also flushes the offline queue when connected). */
export function useConnectionStatus(pollMs = 0) {
  const [status, setStatus] = useState<ConnectionStatus | null>(null);
  const refresh = useCallback(async () => {
    const reply = await send({ type: "status" });
    if (reply.ok) setStatus(reply.data);
    return reply.ok ? reply.data : null;
  }, []);
  useEffect(() => {
    void refresh();
    if (!pollMs) return;
    const timer = setInterval(() => void refresh(), pollMs);
    return () => clearInterval(timer);
  }, [refresh, pollMs]);
  return { status, refresh, setStatus };
}
