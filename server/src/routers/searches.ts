import { SearchCreateInput, SearchDeleteInput, SearchUpdateInput } from "@vanta/shared/api/searches";
import { createSearch, deleteSearch, listSearches, updateSearch } from "../services/profile/searches.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const searchesRouter = router({
  list: domainProcedure.query(({ ctx }) => listSearches(ctx.svc)),
  create: domainProcedure.input(SearchCreateInput).mutation(({ ctx, input }) => createSearch(ctx.svc, input)),
  update: domainProcedure.input(SearchUpdateInput).mutation(({ ctx, input }) => updateSearch(ctx.svc, input)),
  delete: domainProcedure.input(SearchDeleteInput).mutation(({ ctx, input }) => deleteSearch(ctx.svc, input.id)),
});
