// Split per domain (STYLE.md); re-exported here for drizzle-kit and the Database type.
export * from "./applicant.ts";
export * from "./applications.ts";
export * from "./documents.ts";
export * from "./enrichments.ts";
export * from "./observability.ts";
export * from "./postings.ts";
export * from "./profiles.ts";
export * from "./searches.ts";
export * from "./tailoring.ts";
export * from "./users.ts";
