import { createTRPCClient, getUntypedClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@vanta/server/routers/index";
import { TRPC_MAX_BATCH } from "@vanta/shared/api/batch";
import type { RemoteError } from "./messages.ts";

// Background only: the one real tRPC client, over HTTP to `${serverUrl}/trpc` with the bearer token.
// Typed by the router's type, so the background's own calls have checked paths, inputs and replies.
export function createServerClient(serverUrl: string, token: string | null) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${serverUrl}/trpc`,
        maxItems: TRPC_MAX_BATCH,
        headers: () => (token ? { Authorization: `Bearer ${token}` } : {}),
        // A dead server must fail fast so the UI can say "server unreachable" and the queue can take over.
        fetch: (url, init) => fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(8000) }),
      }),
    ],
  });
}

export type ServerClient = ReturnType<typeof createServerClient>;

/**
 * The same client by path, for forwarding the UI pages' operations (their own typed client, lib/api.ts,
 * checks them; the background only relays a path it was handed, over the same link and session).
 */
export function untypedClient(client: ServerClient) {
  return getUntypedClient(client);
}

/** Maps anything the client throws to the error shape sent over messaging. */
export function toRemoteError(error: unknown): RemoteError {
  if (error instanceof TRPCClientError) {
    const data = error.data as { code?: string; fieldErrors?: RemoteError["fieldErrors"] } | undefined | null;
    if (data?.code) return { code: data.code, message: error.message, fieldErrors: data.fieldErrors ?? null };
    // No tRPC payload: the request never got an answer (connection refused, timeout, not a Vanta server).
    return { code: "UNREACHABLE", message: `Server unreachable: ${error.message}`, fieldErrors: null };
  }
  return { code: "INTERNAL", message: error instanceof Error ? error.message : String(error), fieldErrors: null };
}
