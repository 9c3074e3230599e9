import { createTRPCClient, TRPCClientError, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import type { AppRouter } from "@vanta/server/routers/index";
import { send } from "./send.ts";

// A typed tRPC client for UI pages: each operation is forwarded to the background, which
// runs it on the only real client (it holds the token) and returns {ok,data}|{ok:false,error}.
const backgroundLink: TRPCLink<AppRouter> =
  () =>
  ({ op }) =>
    observable((observer) => {
      if (op.type === "subscription") {
        observer.error(
          TRPCClientError.from(new Error("Subscriptions are not supported")) as TRPCClientError<AppRouter>,
        );
        return;
      }
      let cancelled = false;
      send({ type: "trpc", path: op.path, input: op.input, kind: op.type }).then((reply) => {
        if (cancelled) return;
        if (reply.ok) {
          observer.next({ result: { type: "data", data: reply.data } });
          observer.complete();
        } else {
          const { code, message, fieldErrors } = reply.error;
          observer.error(
            TRPCClientError.from({
              error: { code: -32000, message, data: { code, fieldErrors } },
            }) as TRPCClientError<AppRouter>,
          );
        }
      });
      return () => {
        cancelled = true;
      };
    });

export const api = createTRPCClient<AppRouter>({ links: [backgroundLink] });

/** The tRPC error code (UNAUTHORIZED, NOT_FOUND, UNREACHABLE, …) of an error thrown by `api`. */
export function errorCode(error: unknown): string | null {
  if (error instanceof TRPCClientError) return (error.data as { code?: string } | undefined)?.code ?? null;
  return null;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
