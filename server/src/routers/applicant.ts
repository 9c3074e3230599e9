import { ApplicantImportInput, ApplicantUpdateInput } from "@vanta/shared/api/applicant";
import { exportApplicant } from "../services/applicant/export.ts";
import { getApplicant } from "../services/applicant/get.ts";
import { importApplicant } from "../services/applicant/import.ts";
import { updateApplicantFields } from "../services/applicant/update.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const applicantRouter = router({
  get: domainProcedure.query(({ ctx }) => getApplicant(ctx.svc)),
  update: domainProcedure
    .input(ApplicantUpdateInput)
    .mutation(({ ctx, input }) => updateApplicantFields(ctx.svc, input)),
  export: domainProcedure.query(({ ctx }) => exportApplicant(ctx.svc)),
  import: domainProcedure
    .input(ApplicantImportInput)
    .mutation(({ ctx, input }) => importApplicant(ctx.svc, input.profile)),
});
