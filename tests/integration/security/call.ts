// Calls any procedure by its dotted path over raw HTTP (the wire format the extension uses, no
// batching), so a table row needs only a path, a type and an input.

export interface TrpcErrorBody {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    path: string | null;
    requestId: string | null;
    fieldErrors: Record<string, string[]> | null;
    issues: { path: string[]; message: string; code: string }[] | null;
    stack?: unknown;
  };
}

export type CallResult =
  | { ok: true; status: number; data: unknown }
  | { ok: false; status: number; error: TrpcErrorBody };

export async function callProcedure(
  baseUrl: string,
  opts: { path: string; type: "query" | "mutation"; input?: unknown; token?: string },
): Promise<CallResult> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let res: Response;
  if (opts.type === "query") {
    const qs = opts.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(opts.input))}`;
    res = await fetch(`${baseUrl}/trpc/${opts.path}${qs}`, { headers });
  } else {
    headers["content-type"] = "application/json";
    res = await fetch(`${baseUrl}/trpc/${opts.path}`, {
      method: "POST",
      headers,
      body: opts.input === undefined ? undefined : JSON.stringify(opts.input),
    });
  }
  const body = (await res.json()) as { result?: { data: unknown }; error?: TrpcErrorBody };
  if (body.error) return { ok: false, status: res.status, error: body.error };
  return { ok: true, status: res.status, data: body.result?.data };
}

/** The tRPC error code of a failed call (e.g. "NOT_FOUND"), or "OK". */
export function codeOf(result: CallResult): string {
  return result.ok ? "OK" : result.error.data.code;
}
