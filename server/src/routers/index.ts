import { router } from "../trpc.ts";
import { authRouter } from "./auth.ts";

// The root router: one line per domain. Every procedure added here also gets a row in
// tests/integration/security/procedures.ts (the security + bad-input table; a test enforces it).
export const appRouter = router({
  auth: authRouter,
});

export type AppRouter = typeof appRouter;
