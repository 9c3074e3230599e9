import { useEffect, useState } from "react";
import type { ConnectionStatus } from "@/lib/messages.ts";
import { call } from "@/lib/send.ts";

/**
 * A web page's Connect button only asks; the connection happens here, on an extension page, once the
 * user has seen which server it is. Pages cannot reach this page, so they cannot confirm for the user.
 */
export function ConfirmServer({ onConnected }: { onConnected(s: ConnectionStatus): void }) {
  const [pending, setPending] = useState<{ serverUrl: string; pageUrl: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call({ type: "pairing.pending" })
      .then(setPending)
      .catch(() => setPending(null));
  }, []);

  if (!pending) return null;
  return (
    <section className="card notice" data-testid="confirm-server">
      <h2>Connect to this server?</h2>
      <p>
        A page at <code>{pending.pageUrl}</code> asked to connect this browser to <strong>{pending.serverUrl}</strong>.
        Your tracked jobs and profile will go to that server. Connect only if it is your Vanta server.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              onConnected(await call({ type: "pairing.confirm" }));
              setPending(null);
            } catch (e) {
              setError(e instanceof Error ? e.message : String(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          Connect to {pending.serverUrl}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            await call({ type: "pairing.cancel" });
            setPending(null);
          }}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
