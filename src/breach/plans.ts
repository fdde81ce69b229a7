// What should happen when a breach is reported or a step on it is recorded: the audit entry, whose chat
// gets the breach card, whose copies are redrawn. Pure; the shell (src/delivery/shell.ts) carries it out.
import type { ConversationReference } from 'botbuilder';
import { audit, refreshCards, sendCard, type Effect } from '../delivery/effects';
import type { Person } from '../directory/directory';
import type { Unreached } from '../graph/reach';
import type { AuditEntry } from '../requests/audit-chain';
import { formatPartyRef } from '../vocabulary';
import { policeReportRequired, type Breach } from './breach';

export const breachRecord = (id: string) => ({ kind: 'breach', id }) as const;

/** The entry every step on a breach records: ids and categories, never what was lost. */
export function breachAuditData(breach: Breach, actor: string, extra: Record<string, string | boolean | null> = {}): AuditEntry['data'] {
  return {
    breachId: breach.id,
    actor,
    reporterParty: formatPartyRef(breach.reporterParty)!,
    kind: breach.kind,
    discoveredAt: breach.discoveredAt,
    parties: breach.parties.map((p) => formatPartyRef(p)!),
    subjects: breach.subjects,
    data: breach.data,
    people: breach.people,
    covenants: breach.covenants,
    ...extra,
  };
}

export interface ReportPlan {
  effects: Effect[];
  reached: Person[];
  unreachable: Person[];
}

/** A new report goes to every recipient who can be reached; the card the reporter filed from is tracked. */
export function reportPlan(input: {
  breach: Breach;
  recipients: readonly Person[];
  reachable: ReadonlySet<string>;
  unreached: readonly Unreached[];
  reporterCard?: { reference: Partial<ConversationReference>; activityId: string };
}): ReportPlan {
  const { breach } = input;
  const record = breachRecord(breach.id);
  const reached = input.recipients.filter((p) => input.reachable.has(p.aadObjectId));
  const unreachable = input.recipients.filter((p) => !input.reachable.has(p.aadObjectId));
  const effects: Effect[] = [
    audit('breach.reported', breachAuditData(breach, breach.reporterId, { policeReportRequired: policeReportRequired(breach) })),
    ...reached.map((p) => sendCard(record, p.aadObjectId)),
  ];
  if (input.reporterCard) effects.push({ do: 'track-card', record, to: breach.reporterId, ...input.reporterCard });
  if (input.unreached.length > 0) effects.push({ do: 'alert-unreached', unreached: [...input.unreached] });
  return { effects, reached, unreachable };
}

/** A recorded step: its audit entry (when it changed anything), then every copy redrawn. */
export function stepPlan(breach: Breach, recorded: AuditEntry['data'] | null, event: string): Effect[] {
  return [...(recorded ? [audit(event, recorded)] : []), refreshCards(breachRecord(breach.id))];
}
