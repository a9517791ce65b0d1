import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** JSON lines in production (for log shippers); short readable lines for a person otherwise. */
export function createLogger(production = process.env.NODE_ENV === 'production'): Logger {
  const options = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
    base: undefined,
    // Never log credentials, even by accident through a header dump.
    redact: ['req.headers.authorization', 'adminToken', 'password', 'token', '*.token'],
  };
  if (production) return pino(options);
  return pino(options, pretty({ sync: true, colorize: process.stdout.isTTY, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' }));
}
