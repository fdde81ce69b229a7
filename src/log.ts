// Structured logs (pino, JSON lines): an event name, ids and counts, and the request id of the turn
// they belong to. Never question text, names, case numbers or tokens: callers pass none, and the
// redaction below blanks those fields should one slip in.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream } from 'pino';

export type Log = ((event: string, fields?: Record<string, string | number | boolean>) => void) & {
  /** False at level silent: no line is written, so turns need no request id either. */
  readonly enabled: boolean;
};

const turns = new AsyncLocalStorage<{ requestId: string }>();

/** Runs one turn with its request id, which every log line inside it carries. */
export const inTurn = <T>(requestId: string, run: () => Promise<T>): Promise<T> => turns.run({ requestId }, run);

export const REDACTED_FIELDS = ['text', 'question', 'name', 'names', 'caseRef', 'case_ref', 'reason', 'necessity', 'answer', 'token', 'authorization', 'password'];

/**
 * What an error log line carries: the error's type and code (ECONNREFUSED, a status), never its message,
 * which may quote what someone typed. Under `error`, not `name`: `name` is redacted as a person's name.
 */
export function errorFields(error: unknown): Record<string, string | number> {
  const e = (error ?? {}) as { name?: unknown; code?: unknown; statusCode?: unknown };
  const fields: Record<string, string | number> = { error: typeof e.name === 'string' ? e.name.slice(0, 60) : typeof error };
  if (typeof e.code === 'string' || typeof e.code === 'number') fields.code = typeof e.code === 'string' ? e.code.slice(0, 60) : e.code;
  if (typeof e.statusCode === 'number') fields.status = e.statusCode;
  return fields;
}

export function createLog(level: string, destination?: DestinationStream): Log {
  const logger = pino(
    {
      level,
      base: { service: 'deelwijzer' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...REDACTED_FIELDS, ...REDACTED_FIELDS.map((f) => `*.${f}`)], censor: '[verwijderd]' },
      mixin: () => {
        const turn = turns.getStore();
        return turn ? { requestId: turn.requestId } : {};
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
  const write = (event: string, fields: Record<string, string | number | boolean> = {}) => {
    if (event.endsWith('-error')) logger.error({ event, ...fields });
    else if (logger.isLevelEnabled('info')) logger.info({ event, ...fields });
  };
  return Object.assign(write, { enabled: level !== 'silent' });
}
