import { pino, type Logger } from 'pino';

export type { Logger };

// Secrets never reach logs: any of these keys is replaced wherever it appears.
const redact = ['password', 'token', 'apiToken', 'authorization', 'cookie', '*.password', '*.token', 'req.headers.authorization', 'req.headers.cookie'];

/** `toStderr` keeps stdout clean for commands whose output is data (the CLI's --json). */
export function createLogger(level: string, toStderr = false): Logger {
  const options = { level, redact: { paths: redact, censor: '[redacted]' } };
  return toStderr ? pino(options, pino.destination(2)) : pino(options);
}
