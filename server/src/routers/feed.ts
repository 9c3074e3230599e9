import { FeedHideInput, FeedListInput, FeedSaveInput, FeedViewInput } from "@vanta/shared/api/feed";
import { listFeed } from "../services/feed/list.ts";
import { hidePosting, savePosting, viewPosting } from "../services/feed/state.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const feedRouter = router({
  list: domainProcedure.input(FeedListInput).query(({ ctx, input }) => listFeed(ctx.svc, input)),
  hide: domainProcedure
    .input(FeedHideInput)
    .mutation(({ ctx, input }) => hidePosting(ctx.svc, input.postingId, input.hidden)),
  save: domainProcedure
    .input(FeedSaveInput)
    .mutation(({ ctx, input }) => savePosting(ctx.svc, input.postingId, input.saved)),
  view: domainProcedure.input(FeedViewInput).mutation(({ ctx, input }) => viewPosting(ctx.svc, input.postingId)),
});
