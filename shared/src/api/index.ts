export * from "./applications.ts";
export * from "./common.ts";
export * from "./feed.ts";
export * from "./notifications.ts";
export * from "./postings.ts";
export * from "./profile.ts";
export * from "./searches.ts";
