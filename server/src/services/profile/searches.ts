import { ensureProfile } from "@vanta/db/queries/profiles";
import {
  findSearch,
  insertSearch,
  listSearches as listSearchRows,
  type SearchRow,
  softDeleteSearch,
  updateSearch as updateSearchRow,
} from "@vanta/db/queries/searches";
import type { SearchFilters } from "@vanta/db/schema/searches";
import type { SavedSearch, SearchCreateInput, SearchUpdateInput } from "@vanta/shared/api/searches";
import { nowOf, type ServiceCtx } from "../context.ts";
import { trySyncDailySchedule } from "../daily-search/schedule.ts";
import { NotFoundError } from "../domain-errors.ts";
import { digestCron } from "./view.ts";

// Saved searches run on the user's digest schedule: cron from the digest time, in their zone.

function toSavedSearch(r: SearchRow): SavedSearch {
  const f = r.filters;
  return {
    id: r.id,
    name: r.name,
    keywords: f.keywords ?? [],
    locations: f.locations ?? [],
    boards: f.boards ?? [],
    remote: f.remote ?? null,
    minSalary: f.minSalary ?? null,
    enabled: r.enabled,
    cron: r.cron,
    timezone: r.timezone,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function filtersOf(
  input: Partial<Omit<SearchCreateInput, "name" | "enabled">>,
  base: SearchFilters = {},
): SearchFilters {
  const out: SearchFilters = { ...base };
  if (input.keywords) out.keywords = input.keywords;
  if (input.locations) out.locations = input.locations;
  if (input.boards) out.boards = input.boards;
  if (input.remote !== undefined) {
    if (input.remote === null) delete out.remote;
    else out.remote = input.remote;
  }
  if (input.minSalary !== undefined) {
    if (input.minSalary === null) delete out.minSalary;
    else out.minSalary = input.minSalary;
  }
  return out;
}

export async function listSearches(ctx: ServiceCtx): Promise<SavedSearch[]> {
  return (await listSearchRows(ctx.db, ctx.userId)).map(toSavedSearch);
}

export async function createSearch(ctx: ServiceCtx, input: SearchCreateInput): Promise<SavedSearch> {
  const profile = await ensureProfile(ctx.db, ctx.userId);
  const row = await insertSearch(ctx.db, {
    userId: ctx.userId,
    name: input.name,
    filters: filtersOf(input),
    cron: digestCron(profile),
    timezone: profile.timezone,
    enabled: input.enabled,
  });
  await trySyncDailySchedule(ctx);
  return toSavedSearch(row);
}

export async function updateSearch(ctx: ServiceCtx, input: SearchUpdateInput): Promise<SavedSearch> {
  const existing = await findSearch(ctx.db, ctx.userId, input.id);
  if (!existing) throw new NotFoundError("saved search");
  const row = await updateSearchRow(ctx.db, ctx.userId, input.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
    filters: filtersOf(input, existing.filters),
  });
  if (!row) throw new NotFoundError("saved search");
  await trySyncDailySchedule(ctx);
  return toSavedSearch(row);
}

export async function deleteSearch(ctx: ServiceCtx, id: string): Promise<{ id: string; deleted: true }> {
  if (!(await softDeleteSearch(ctx.db, ctx.userId, id, nowOf(ctx)))) throw new NotFoundError("saved search");
  await trySyncDailySchedule(ctx);
  return { id, deleted: true };
}
