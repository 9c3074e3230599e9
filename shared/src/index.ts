export * from "./fit.ts";
export * from "./posting.ts";
export * from "./profile.ts";
export * from "./stages.ts";
