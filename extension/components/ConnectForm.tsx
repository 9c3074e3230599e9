import { useEffect, useState } from "react";
import { api, errorCode, errorMessage } from "@/lib/api.ts";
import type { ConnectionStatus } from "@/lib/messages.ts";
import { call } from "@/lib/send.ts";
import { DEFAULT_SERVER_URL, normalizeServerUrl, serverUrlItem } from "@/lib/settings.ts";

type Mode = "pair" | "email";

/** Connects the extension to a server: a pairing code (local) or an email magic link. */
export function ConnectForm({ onConnected }: { onConnected: (status: ConnectionStatus) => void }) {
  const [mode, setMode] = useState<Mode>("pair");
  const [serverUrl, setServerUrl] = useState(DEFAULT_SERVER_URL);
  const [code, setCode] = useState("");
  const [email, setEmail] = useState("");
  const [linkToken, setLinkToken] = useState("");
  const [linkSent, setLinkSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void serverUrlItem.getValue().then(setServerUrl);
  }, []);

  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const submitPair = () =>
    run(async () => {
      const status = await call({ type: "pair", serverUrl, code });
      onConnected(status);
    });

  const requestLink = () =>
    run(async () => {
      await serverUrlItem.setValue(normalizeServerUrl(serverUrl));
      await api.auth.requestMagicLink.mutate({ email });
      setLinkSent(true);
    });

  const verifyLink = () =>
    run(async () => {
      // The link in the mail ends in ?token=…; accept the whole link, its token, or the session
      // token the server's page shows once the link has been opened in the browser.
      const isLink = linkToken.includes("token=");
      const token = isLink ? (new URL(linkToken).searchParams.get("token") ?? "") : linkToken.trim();
      try {
        const out = await api.auth.verifyMagicLink.mutate({ token });
        onConnected(await call({ type: "signIn", serverUrl, token: out.token, user: out.user }));
      } catch (e) {
        if (isLink || errorCode(e) !== "UNAUTHORIZED") throw e;
        onConnected(await call({ type: "signInToken", serverUrl, token }));
      }
    });

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="server-url">Server URL</label>
        <input id="server-url" name="serverUrl" value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} />
        <div className="hint">
          <code>npm start</code> runs a local server at {DEFAULT_SERVER_URL}.
        </div>
      </div>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={mode === "pair"} onClick={() => setMode("pair")}>
          Pairing code
        </button>
        <button type="button" role="tab" aria-selected={mode === "email"} onClick={() => setMode("email")}>
          Email link
        </button>
      </div>
      {mode === "pair" ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submitPair();
          }}
        >
          <div className="field">
            <label htmlFor="pairing-code">Pairing code</label>
            <input
              id="pairing-code"
              name="code"
              autoComplete="off"
              placeholder="printed by npm start or pnpm vanta pair"
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </div>
          <button type="submit" className="primary" disabled={busy || !code.trim()}>
            {busy ? "Pairing…" : "Pair"}
          </button>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void (linkSent ? verifyLink() : requestLink());
          }}
        >
          <div className="field">
            <label htmlFor="email">Email</label>
            <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          {linkSent && (
            <div className="field">
              <label htmlFor="link-token">Link from the email</label>
              <input id="link-token" value={linkToken} onChange={(e) => setLinkToken(e.target.value)} />
              <div className="hint">Paste the sign-in link from the message, or the token its page showed you.</div>
            </div>
          )}
          <button type="submit" className="primary" disabled={busy || !email}>
            {linkSent ? "Sign in" : "Send sign-in link"}
          </button>
        </form>
      )}
      {error && (
        <div className="notice error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
