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
    const rest =
      err instanceof Error ? { ...fields, err: { name: err.name, message: err.message, stack: err.stack } } : fields;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...rest }));
  };
  return {
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
    child: (f) => createLogger({ ...base, ...f }, write),
  };
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
