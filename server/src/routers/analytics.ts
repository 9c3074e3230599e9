import { analyticsFor } from "../services/analytics/summary.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const analyticsRouter = router({
  summary: domainProcedure.query(({ ctx }) => analyticsFor(ctx.svc.db, ctx.svc.userId, ctx.services.now())),
});
