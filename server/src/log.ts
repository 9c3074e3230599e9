// Structured JSON logs, one object per line on stderr (stdout stays free for CLI JSON).
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export function createLogger(base: LogFields = {}, write: (line: string) => void = defaultWrite): Logger {
  const emit = (level: string, msg: string, fields?: LogFields) => {
    const err = fields?.err;
    const rest = err instanceof Error ? { ...fields, err: errorFields(err) } : fields;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...rest }));
  };
  return {
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
    child: (f) => createLogger({ ...base, ...f }, write),
  };
}

/**
 * A failed query's message (drizzle's DrizzleQueryError) ends with its parameters: user data, including
 * self-identification, sponsorship and salary answers, which are never logged. Only the SQL is kept.
 */
function errorFields(err: Error): { name: string; message: string; stack?: string } {
  const { query, params } = err as Error & { query?: unknown; params?: unknown };
  if (typeof query !== "string" || params === undefined)
    return { name: err.name, message: err.message, stack: err.stack };
  const redact = (s: string) => s.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, "\nparams: [not logged]");
  return { name: err.name, message: redact(err.message), stack: err.stack && redact(err.stack) };
}

function defaultWrite(line: string) {
  if (process.env.VANTA_LOG === "silent") return;
  process.stderr.write(`${line}\n`);
}

/** For tests: collects lines in memory. */
export function memoryLogger(): Logger & { lines: LogFields[] } {
  const lines: LogFields[] = [];
  const logger = createLogger({}, (l) => lines.push(JSON.parse(l) as LogFields));
  return Object.assign(logger, { lines });
}
