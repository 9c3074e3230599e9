import { ApplyClickInput, DigestSettingsUpdateInput } from "@vanta/shared/api/digest-settings";
import { updateDigestSettings } from "../services/digest-settings/update.ts";
import { getDigestSettings } from "../services/digest-settings/view.ts";
import { recordApplyClick } from "../services/events/apply-click.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const digestSettingsRouter = router({
  get: domainProcedure.query(({ ctx }) => getDigestSettings(ctx.svc)),
  update: domainProcedure
    .input(DigestSettingsUpdateInput)
    .mutation(({ ctx, input }) => updateDigestSettings(ctx.svc, input)),
});

export const eventsRouter = router({
  applyClick: domainProcedure.input(ApplyClickInput).mutation(({ ctx, input }) => recordApplyClick(ctx.svc, input)),
});
