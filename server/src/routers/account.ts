import { TRPCError } from "@trpc/server";
import { AccountDeleteInput } from "@vanta/shared/api/account";
import { deleteAccount } from "../services/account/delete.ts";
import { exportAccount } from "../services/account/export.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const accountRouter = router({
  /** a mutation although it changes nothing: the zip is large and must never sit in a GET URL or cache */
  export: domainProcedure.mutation(async ({ ctx }) => {
    const out = await exportAccount(
      { db: ctx.svc.db, files: ctx.svc.files, keys: ctx.services.keys, now: ctx.services.now() },
      ctx.svc.userId,
    );
    return {
      filename: out.filename,
      contentBase64: Buffer.from(out.bytes).toString("base64"),
      tables: out.tables,
      files: out.files,
    };
  }),
  delete: domainProcedure.input(AccountDeleteInput).mutation(async ({ ctx, input }) => {
    if (input.confirmEmail.trim().toLowerCase() !== ctx.user.email.toLowerCase())
      throw new TRPCError({ code: "FORBIDDEN", message: "type your own account email to confirm" });
    const out = await deleteAccount(
      { db: ctx.svc.db, files: ctx.svc.files, scheduler: ctx.services.scheduler },
      ctx.svc.userId,
    );
    ctx.log.info("account deleted", { files: out.files });
    return { deleted: out.deleted };
  }),
});
