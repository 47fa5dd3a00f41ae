// Log lines on stderr in the native engine's format; the Prisma CLI reads `error_code` from ERROR lines.
import process from 'node:process';

export function logLine(level, message, errorCode) {
  const fields = { message };
  if (errorCode) fields.error_code = errorCode;
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, target: 'schema_engine::logger', fields })}\n`);
}

// A user-facing error with a Prisma error code (P1000…), answered as the native engine would.
export class EngineError extends Error {
  constructor(errorCode, message, meta = {}) {
    super(message);
    this.errorCode = errorCode;
    this.meta = meta;
  }
}
