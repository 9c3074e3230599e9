import { ProfileUpdateInput, UploadResumeInput } from "@vanta/shared/api/profile";
import { completeOnboarding, getProfile } from "../services/profile/get.ts";
import { updateProfileFields } from "../services/profile/update.ts";
import { uploadResume } from "../services/profile/upload-resume.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const profileRouter = router({
  get: domainProcedure.query(({ ctx }) => getProfile(ctx.svc)),
  update: domainProcedure.input(ProfileUpdateInput).mutation(({ ctx, input }) => updateProfileFields(ctx.svc, input)),
  uploadResume: domainProcedure.input(UploadResumeInput).mutation(({ ctx, input }) => uploadResume(ctx.svc, input)),
  completeOnboarding: domainProcedure.mutation(({ ctx }) => completeOnboarding(ctx.svc)),
});
