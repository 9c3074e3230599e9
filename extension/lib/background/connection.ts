import type { ConnectionStatus, RemoteError, Result } from "../messages.ts";
import { createServerClient, type ServerClient, toRemoteError, untypedClient } from "../server-client.ts";
import { serverUrlItem, sessionItem } from "../settings.ts";
import { queueItem } from "./queue-store.ts";

// Holds the background's single tRPC client, rebuilt when the server URL or token changes.
let cached: { key: string; client: ServerClient } | null = null;

export async function getClient(): Promise<ServerClient> {
  const [serverUrl, session] = await Promise.all([serverUrlItem.getValue(), sessionItem.getValue()]);
  const key = `${serverUrl}|${session?.token ?? ""}`;
  if (!cached || cached.key !== key) cached = { key, client: createServerClient(serverUrl, session?.token ?? null) };
  return cached.client;
}

/**
 * Runs the background's own calls on the typed client (`(api) => api.applications.track.mutate(…)`)
 * and wraps the outcome for messaging; the reply type is the router's.
 */
export async function callServer<T>(run: (api: ServerClient) => Promise<T>): Promise<Result<T>> {
  const client = await getClient();
  try {
    return { ok: true, data: await run(client) };
  } catch (error) {
    return { ok: false, error: toRemoteError(error) };
  }
}

/** Relays one operation a UI page asked for by path (the `trpc` message; the page's lib/api.ts is typed). */
export function forwardOperation(path: string, input: unknown, kind: "query" | "mutation"): Promise<Result<unknown>> {
  return callServer((api) => {
    const client = untypedClient(api);
    return kind === "query" ? client.query(path, input) : client.mutation(path, input);
  });
}

export async function connectionStatus(): Promise<ConnectionStatus> {
  const [serverUrl, session, queue] = await Promise.all([
    serverUrlItem.getValue(),
    sessionItem.getValue(),
    queueItem.getValue(),
  ]);
  const base = { serverUrl, queued: queue.length };
  if (!session) return { ...base, state: "not_paired", user: null, message: null };
  const me = await callServer((api) => api.auth.me.query());
  if (me.ok) return { ...base, state: "connected", user: me.data, message: null };
  return { ...base, ...stateForError(me.error), user: session.user };
}

function stateForError(error: RemoteError): Pick<ConnectionStatus, "state" | "message"> {
  if (error.code === "UNAUTHORIZED")
    return { state: "not_paired", message: "The server no longer accepts this device" };
  return { state: "unreachable", message: error.message };
}

/** Exchanges a one-time pairing code for a bearer token and stores it with the server URL. */
export async function pair(serverUrl: string, code: string): Promise<Result<ConnectionStatus>> {
  const client = createServerClient(serverUrl, null);
  try {
    const out = await client.auth.pair.mutate({ code });
    return { ok: true, data: await signIn(serverUrl, out.token, out.user) };
  } catch (error) {
    return { ok: false, error: toRemoteError(error) };
  }
}

/** Stores a new session; the one it replaces is signed out on its server, so no old token stays valid. */
export async function signIn(serverUrl: string, token: string, user: { id: string; email: string }) {
  const previous = { serverUrl: await serverUrlItem.getValue(), session: await sessionItem.getValue() };
  await serverUrlItem.setValue(serverUrl);
  await sessionItem.setValue({ token, user });
  if (previous.session && previous.session.token !== token)
    await revokeOnServer(previous.serverUrl, previous.session.token);
  return connectionStatus();
}

/** Accepts a bearer token shown by the server's sign-in page, after checking it with auth.me. */
export async function signInWithToken(serverUrl: string, token: string): Promise<Result<ConnectionStatus>> {
  try {
    const user = await createServerClient(serverUrl, token).auth.me.query();
    return { ok: true, data: await signIn(serverUrl, token, user) };
  } catch (error) {
    return { ok: false, error: toRemoteError(error) };
  }
}

/** Disconnect: the server revokes the token (auth.signOut), then the extension forgets it. */
export async function signOut() {
  const [serverUrl, session] = await Promise.all([serverUrlItem.getValue(), sessionItem.getValue()]);
  await sessionItem.setValue(null);
  if (session) await revokeOnServer(serverUrl, session.token);
  return connectionStatus();
}

/**
 * Best effort: an unreachable server cannot be told, and the local copy is gone either way (the
 * session list on the options page can still end it later).
 */
async function revokeOnServer(serverUrl: string, token: string): Promise<void> {
  try {
    await createServerClient(serverUrl, token).auth.signOut.mutate();
  } catch (error) {
    console.warn("[vanta] could not sign out on the server", toRemoteError(error).message);
  }
}
