import { TRPCError } from "@trpc/server";
import { defaultFileStore } from "../ports/files/disk.ts";
import "../ports/files/types.ts";
import type { ServiceCtx } from "../services/context.ts";
import { InvalidInputError, NotFoundError } from "../services/domain-errors.ts";
import { protectedProcedure } from "../trpc.ts";

/**
 * protectedProcedure for the domain routers: hands services a ServiceCtx (`ctx.svc`) and maps
 * their errors to TRPCError codes (NotFoundError → NOT_FOUND, InvalidInputError → BAD_REQUEST
 * with the field in fieldErrors-like form).
 */
export const domainProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const svc: ServiceCtx = {
    db: ctx.db,
    userId: ctx.user.id,
    requestId: ctx.requestId,
    log: ctx.log,
    files: ctx.services.files ?? defaultFileStore(),
    now: () => ctx.services.now(),
  };
  const result = await next({ ctx: { svc } });
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof NotFoundError) throw new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
    if (cause instanceof InvalidInputError) throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  return result;
});
