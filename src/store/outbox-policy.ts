// How the outbox retries and paces its messages. Pure: time and randomness are inputs.

export const MAX_ATTEMPTS = 6;
/** Teams accepts at most 7 messages per second per conversation. */
export const PER_CONVERSATION_PER_SECOND = 7;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

/** Exponential backoff with full jitter: a random delay up to base × 2^attempt, capped. */
export function backoffMs(attempt: number, random: number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.max(BASE_DELAY_MS / 2, Math.floor(random * ceiling));
}

export interface SendError {
  statusCode?: number;
  retryAfterMs?: number;
}

/** Throttling and passing server trouble are worth retrying; a 4xx such as 403 (bot removed) is not. */
export function isRetryable(error: SendError): boolean {
  const status = error.statusCode;
  return status === undefined || status === 429 || status === 412 || status >= 500;
}

/** When to try again: the server's Retry-After when it gave one, otherwise backoff. */
export function nextAttemptDelayMs(error: SendError, attempt: number, random: number): number {
  if (error.statusCode === 429 && error.retryAfterMs !== undefined) return Math.max(0, error.retryAfterMs);
  return backoffMs(attempt, random);
}

/** Sliding one-second window per conversation. */
export class ConversationPacer {
  private sent = new Map<string, number[]>();

  /** Milliseconds to wait before the next message to this conversation may go (0: now). */
  waitMs(conversation: string, nowMs: number): number {
    const recent = (this.sent.get(conversation) ?? []).filter((t) => nowMs - t < 1_000);
    this.sent.set(conversation, recent);
    if (recent.length < PER_CONVERSATION_PER_SECOND) return 0;
    return 1_000 - (nowMs - recent[0]!);
  }

  record(conversation: string, nowMs: number): void {
    const list = this.sent.get(conversation) ?? [];
    list.push(nowMs);
    this.sent.set(conversation, list);
  }
}
