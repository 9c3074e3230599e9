// The most calls one tRPC batch may carry: the server refuses larger batches whole (so a single
// request cannot fan out into many guesses), and the extension's client splits at the same size.
export const TRPC_MAX_BATCH = 20;
