// What a service decided should happen, as plain data: the audit entries to append, the cards and notices
// to send and to whom, the copies to redraw. The services' decisions return these; the shell (shell.ts)
// carries them out inside the transaction of the record change. Pure: no I/O, no rendering, no language.
import type { ConversationReference } from 'botbuilder';
import type { Digest } from '../digest/compute';
import type { AlertedFailure, Unreached } from '../graph/reach';
import type { AuditEntry } from '../requests/audit-chain';
import type { RecordRef } from '../store/card-copies';
import type { PartyRef } from '../vocabulary';

export type { RecordRef } from '../store/card-copies';

/** A message for one person, rendered by the shell in that person's language. */
export type Notice =
  | { notice: 'request-unrouted'; ref: string; discloser: PartyRef }
  | { notice: 'request-reminder'; ref: string; ageWorkingDays: number; slaDays: number }
  | { notice: 'request-escalation'; ref: string; discloser: PartyRef; ageWorkingDays: number; slaDays: number; contacts: string[] }
  | { notice: 'digest'; digest: Digest }
  | { notice: 'managers-unreachable'; week: string; managers: string[] }
  | { notice: 'unreached'; people: { name: string; party: PartyRef; reason: AlertedFailure }[] };

export type Effect =
  | { do: 'audit'; event: string; data: AuditEntry['data'] }
  /** A new copy of the record's card in the person's chat. */
  | { do: 'send-card'; record: RecordRef; to: string }
  /** A card of the record already in the person's chat (the one they acted on), to be redrawn with the others. */
  | { do: 'track-card'; record: RecordRef; to: string; reference: Partial<ConversationReference>; activityId: string }
  /** Every copy of the record's card redrawn from its new state. */
  | { do: 'refresh-cards'; record: RecordRef }
  /** A notice for one person; `kind` is the outbox kind it goes as. */
  | { do: 'notify'; to: string; notice: Notice; kind: string }
  /** The privacy officers told whom Deelwijzer could not reach, and why (see unreachedAlerts). */
  | { do: 'alert-unreached'; unreached: Unreached[] };

export const audit = (event: string, data: AuditEntry['data']): Effect => ({ do: 'audit', event, data });
export const sendCard = (record: RecordRef, to: string): Effect => ({ do: 'send-card', record, to });
export const refreshCards = (record: RecordRef): Effect => ({ do: 'refresh-cards', record });
export const notify = (to: string, notice: Notice, kind: string): Effect => ({ do: 'notify', to, notice, kind });
