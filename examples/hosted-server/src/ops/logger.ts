import pino, { type Logger } from 'pino';

/**
 * The process's JSON logger (pino, one object per line on stdout). Request lines carry
 * `requestId`, run lines `runId` and `ownerId`; secrets in headers are redacted.
 *
 * @example
 * const logger = createLogger({ level: 'info', name: 'api' });
 */
export function createLogger(options: { level: string; name: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      name: options.name,
      level: options.level,
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', '*.password', '*.key', '*.secret'], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
