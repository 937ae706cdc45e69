/** A logger configured exactly like the server's own (same redaction and serializers) that writes into memory. */
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { parseEnv } from '../../server/src/config/env.js';
import { loggerOptions } from '../../server/src/config/logger.js';

export interface CapturedLogs {
  log: Logger;
  /** Everything logged so far, one JSON line per entry. */
  text(): string;
}

export function captureLogs(level: 'trace' | 'debug' | 'info' | 'warn' = 'trace'): CapturedLogs {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  // NODE_ENV=production keeps pino-pretty's transport out, so lines land in the sink as written.
  const options = loggerOptions(parseEnv({ LOG_LEVEL: level, NODE_ENV: 'production' }));
  return { log: pino(options, sink), text: () => chunks.join('') };
}
