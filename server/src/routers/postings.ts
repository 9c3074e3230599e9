import { CaptureInput, PostingFitInput, PostingGetInput } from "@vanta/shared/api/postings";
import { capturePosting } from "../services/postings/capture.ts";
import { getFit, getPosting } from "../services/postings/get.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const postingsRouter = router({
  capture: domainProcedure.input(CaptureInput).mutation(({ ctx, input }) => capturePosting(ctx.svc, input.posting)),
  get: domainProcedure.input(PostingGetInput).query(({ ctx, input }) => getPosting(ctx.svc, input.id)),
  fit: domainProcedure.input(PostingFitInput).query(({ ctx, input }) => getFit(ctx.svc, input.postingId)),
});
