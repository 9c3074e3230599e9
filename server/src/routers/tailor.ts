import {
  CoverLetterDraftInput,
  CoverLetterExportInput,
  CoverLetterListInput,
  CoverLetterUpdateInput,
  TailorAcceptInput,
  TailorExportInput,
  TailorJobInput,
  TailorScoreInput,
  TailorStartInput,
} from "@vanta/shared/api/tailor";
import { acceptTailoredChanges } from "../services/tailor/accept.ts";
import { draftCoverLetterFor } from "../services/tailor/cover-letter.ts";
import { listLetters, updateLetter } from "../services/tailor/cover-letters.ts";
import { exportLetter, exportVersion } from "../services/tailor/export.ts";
import { getTailorJob } from "../services/tailor/get-job.ts";
import { scoreVersion } from "../services/tailor/score.ts";
import { startTailorJob } from "../services/tailor/start.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const tailorRouter = router({
  start: domainProcedure.input(TailorStartInput).mutation(({ ctx, input }) => startTailorJob(ctx.svc, input)),
  job: domainProcedure.input(TailorJobInput).query(({ ctx, input }) => getTailorJob(ctx.svc, input.jobId)),
  accept: domainProcedure.input(TailorAcceptInput).mutation(({ ctx, input }) => acceptTailoredChanges(ctx.svc, input)),
  score: domainProcedure.input(TailorScoreInput).query(({ ctx, input }) => scoreVersion(ctx.svc, input)),
  coverLetter: domainProcedure
    .input(CoverLetterDraftInput)
    .mutation(({ ctx, input }) => draftCoverLetterFor(ctx.svc, ctx.services.model, input)),
  coverLetters: domainProcedure
    .input(CoverLetterListInput)
    .query(({ ctx, input }) => listLetters(ctx.svc, input.applicationId)),
  updateCoverLetter: domainProcedure
    .input(CoverLetterUpdateInput)
    .mutation(({ ctx, input }) => updateLetter(ctx.svc, input)),
  export: domainProcedure.input(TailorExportInput).query(({ ctx, input }) => exportVersion(ctx.svc, input)),
  exportCoverLetter: domainProcedure
    .input(CoverLetterExportInput)
    .query(({ ctx, input }) => exportLetter(ctx.svc, input)),
});
