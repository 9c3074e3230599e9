import { TRPCError } from "@trpc/server";
import { type ZodError, z } from "zod";
import "../ports/files/types.ts";
import type { ServiceCtx } from "../services/context.ts";
import { ForbiddenError, InvalidInputError, NotFoundError, UnavailableError } from "../services/domain-errors.ts";
import { protectedProcedure } from "../trpc.ts";

/**
 * The service's complaint as a ZodError, so the error formatter reports it in fieldErrors/issues
 * like a schema error. Built by a parse: zod 4's `new ZodError()` is not an Error instance and
 * tRPC would drop it as an unknown cause.
 */
function asZodError(err: InvalidInputError): ZodError {
  const path = err.field ? [err.field] : [];
  const result = z
    .unknown()
    .superRefine((_v, ctx) => ctx.addIssue({ code: "custom", path, message: err.message }))
    .safeParse(undefined);
  if (!result.error) throw new Error("unreachable: the refinement always fails");
  return result.error;
}

/**
 * protectedProcedure for the domain routers: hands services a ServiceCtx (`ctx.svc`) and maps
 * their errors to TRPCError codes (NotFoundError → NOT_FOUND, InvalidInputError → BAD_REQUEST
 * with its field in fieldErrors).
 */
export const domainProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const svc: ServiceCtx = {
    db: ctx.db,
    userId: ctx.user.id,
    requestId: ctx.requestId,
    log: ctx.log,
    files: ctx.services.files,
    scheduler: ctx.services.scheduler,
    keys: ctx.services.keys,
    now: () => ctx.services.now(),
  };
  const result = await next({ ctx: { svc } });
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof NotFoundError) throw new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
    if (cause instanceof ForbiddenError) throw new TRPCError({ code: "FORBIDDEN", message: cause.message, cause });
    if (cause instanceof UnavailableError)
      throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: cause.message, cause });
    if (cause instanceof InvalidInputError)
      throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause: asZodError(cause) });
  }
  return result;
});
