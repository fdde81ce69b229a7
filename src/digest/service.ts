// The digest shell: reads the facts of five weeks from the store, computes the digests (pure) and sends
// each manager theirs exactly once per week through the outbox.

import { digestCard } from '../cards/digest-card';
import { textCard } from '../cards/cards';
import { cardActivity } from '../store/card-copies';
import type { Directory, Person } from '../directory/directory';
import { DIGEST_MESSAGES } from '../i18n/digest-messages';
import type { RuleIndex } from '../rules/compile';
import { appendAuditIn, isPostgres, withRetry } from '../store/audit';
import type { Db } from '../store/database';
import { enqueue } from '../store/outbox';
import { asLeader } from '../store/leader';
import { rowToRequest } from '../store/request-store';
import { readReference } from '../store/sql-store';
import { reachWithOfficers, type Reach } from '../graph/reach';
import { formatPartyRef, langOfLocale, partyRefLabel, type Lang, type PartyRef, type Verdict } from '../vocabulary';
import { computeDigests, type BreachFact, type CovenantFact, type DeadLetterFact, type Digest, type QuestionFact, type RequestFact } from './compute';
import { addDays } from '../time/calendar';
import { isoWeekOf, shiftWeek, weekWindow } from '../time/iso-weeks';
import type { DisclosureRequest } from '../requests/request';

export const DIGEST_KIND = 'digest';

export interface DigestDeps {
  db: Db;
  rules: RuleIndex;
  directory: Directory;
  now: () => string;
  today: () => string;
  /** Writes what is still buffered (question counts) before the figures are read. */
  flush?: () => Promise<void>;
  /** Reaches managers who never opened the bot (Graph installation). */
  reach?: Reach;
}


export class DigestService {
  constructor(private readonly deps: DigestDeps) {}

  managers(managerId?: string): Person[] {
    return this.deps.directory.people.filter((p) => p.roles.includes('manager') && (!managerId || p.aadObjectId === managerId));
  }

  /** The facts of the week and the four before it, up to `asOf`. */
  async facts(week: string, asOf: string) {
    await this.deps.flush?.();
    const from = weekWindow(shiftWeek(week, -4)).from;
    const { db } = this.deps;
    const questions: QuestionFact[] = (await db.selectFrom('question_log').selectAll().where('at', '>=', from).where('at', '<', asOf).execute()).map((q) => ({
      at: q.at,
      party: q.party,
      verdict: q.verdict as Verdict,
      data: q.data.split(',').filter(Boolean),
      purpose: q.purpose,
    }));
    const requests: RequestFact[] = (
      await db
        .selectFrom('requests')
        .select(['id', 'created_at', 'decided_at', 'state', 'discloser', 'recipient', 'sla_days', 'escalated_at'])
        .where('created_at', '<', asOf)
        .where((eb) => eb.or([eb('created_at', '>=', from), eb('decided_at', 'is', null), eb('decided_at', '>=', from), eb('escalated_at', '>=', from)]))
        .execute()
    ).map((r) => ({ id: r.id, createdAt: r.created_at, decidedAt: r.decided_at, state: r.state, discloser: r.discloser, recipient: r.recipient, slaDays: Number(r.sla_days), escalatedAt: r.escalated_at }));
    const deadLetters: DeadLetterFact[] = (await db.selectFrom('outbox').select(['created_at', 'recipient_id']).where('status', '=', 'dead').where('created_at', '>=', from).where('created_at', '<', asOf).execute()).map((d) => ({
      at: d.created_at,
      party: formatPartyRef(this.deps.directory.find(d.recipient_id ?? undefined)?.party),
    }));
    const held = await db.selectFrom('evaluations').select(['covenant', 'year']).execute();
    const successorOf = (id: string | null) => this.deps.rules.books.find((s) => s.id === id);
    const covenants: CovenantFact[] = this.deps.rules.books.map((b) => ({
      id: b.id,
      title: b.title,
      parties: b.data.parties.map((p) => ({ party: p.party, units: p.units ?? null })),
      validUntil: b.validUntil,
      validFrom: b.validFrom,
      successor: ((s) => (s ? { title: s.title, validFrom: s.validFrom } : null))(successorOf(b.succeededBy)),
      evaluation: b.data.evaluation ?? null,
      evaluationsHeld: held.filter((h) => h.covenant === b.id).map((h) => Number(h.year)),
    }));
    const breaches: BreachFact[] = (
      await db
        .selectFrom('breaches')
        .select(['created_at', 'reporter_party', 'discovered_at', 'ap_recorded_at'])
        .where('created_at', '<', asOf)
        .where((eb) => eb.or([eb('created_at', '>=', from), eb('ap_recorded_at', 'is', null), eb('ap_recorded_at', '>=', from)]))
        .execute()
    ).map((b) => ({ createdAt: b.created_at, party: b.reporter_party, discoveredAt: b.discovered_at, closedAt: b.ap_recorded_at }));
    return { questions, requests, deadLetters, breaches, covenants };
  }

  /** The digests of a week for every manager (or one), with figures as of the week's end or now. */
  async compute(week: string, managerId?: string): Promise<Digest[]> {
    const now = this.deps.now();
    const end = weekWindow(week).to;
    const asOf = now < end ? now : end;
    const scopes = this.managers(managerId).map((p) => ({ managerId: p.aadObjectId, party: p.party }));
    return computeDigests({ week, asOf, scopes, ...(await this.facts(week, asOf)) });
  }

  /**
   * Queues each manager's digest for the week, once: the (manager, week) record and the outbox message
   * commit together, so a rerun, a restart or a second instance sends nothing new.
   */
  async send(week: string, managerId?: string): Promise<{ sent: string[]; already: string[]; unreachable: string[] }> {
    const result = { sent: [] as string[], already: [] as string[], unreachable: [] as string[] };
    const digests = await this.compute(week, managerId);
    const unsent = await this.unsent(week, digests.map((d) => d.managerId));
    await reachWithOfficers(this.deps.reach, this.deps.directory, unsent.map((id) => this.deps.directory.find(id)).filter((p) => p !== undefined));
    for (const digest of digests) {
      const reference = await readReference(this.deps.db, digest.managerId);
      if (!reference) {
        result.unreachable.push(digest.managerId);
        continue;
      }
      const sent = await withRetry(this.deps.db, async (trx) => {
        const at = this.deps.now();
        const claimed = await trx.insertInto('digest_sent').values({ manager_id: digest.managerId, week, at }).onConflict((oc) => oc.columns(['manager_id', 'week']).doNothing()).executeTakeFirst();
        if (Number(claimed.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
        await enqueue(trx, { reference, activity: cardActivity(digestCard(digest, langOfLocale(reference.locale))), kind: DIGEST_KIND, recipientId: digest.managerId }, at);
        return true;
      });
      (sent ? result.sent : result.already).push(digest.managerId);
    }
    if (result.unreachable.length > 0) await this.tellPrivacyOfficers(week, result.unreachable);
    return result;
  }

  /** Of these managers, those whose digest of the week has not gone out yet. */
  private async unsent(week: string, managerIds: string[]): Promise<string[]> {
    if (managerIds.length === 0) return [];
    const sent = new Set((await this.deps.db.selectFrom('digest_sent').select('manager_id').where('week', '=', week).where('manager_id', 'in', managerIds).execute()).map((r) => r.manager_id));
    return managerIds.filter((id) => !sent.has(id));
  }

  /** The scheduled run: on PostgreSQL only the instance holding the advisory lock sends; the unique record still guards. */
  sendAsLeader(week: string) {
    return asLeader(this.deps.db, 'digest', () => this.send(week));
  }

  /** Managers who never opened the bot are listed for the privacy officers, once a week. */
  private async tellPrivacyOfficers(week: string, managerIds: string[]) {
    const byOfficer = new Map<string, { officer: Person; managers: Person[] }>();
    for (const manager of managerIds.map((id) => this.deps.directory.find(id)).filter((m) => m !== undefined)) {
      for (const officer of this.deps.directory.privacyOfficersFor(manager.party)) {
        const entry = byOfficer.get(officer.aadObjectId) ?? { officer, managers: [] };
        entry.managers.push(manager);
        byOfficer.set(officer.aadObjectId, entry);
      }
    }
    for (const { officer, managers: mine } of byOfficer.values()) {
      const reference = await readReference(this.deps.db, officer.aadObjectId);
      if (!reference) continue;
      await withRetry(this.deps.db, async (trx) => {
        const at = this.deps.now();
        const claimed = await trx.insertInto('digest_sent').values({ manager_id: `privacy:${officer.aadObjectId}`, week, at }).onConflict((oc) => oc.columns(['manager_id', 'week']).doNothing()).executeTakeFirst();
        if (Number(claimed.numInsertedOrUpdatedRows ?? 0) !== 1) return;
        const text = DIGEST_MESSAGES[langOfLocale(reference.locale)].unreachableManagers(week, mine.map((m) => m.name).join(', '));
        await enqueue(trx, { reference, activity: cardActivity(textCard([text])), kind: 'digest-unreachable', recipientId: officer.aadObjectId }, at);
      });
    }
  }

  /** The week a run at `today` reports on: the one before. */
  previousWeek(): string {
    return isoWeekOf(addDays(this.deps.today(), -7));
  }

  /** Undecided requests that concern a manager's organisation (as discloser or recipient). */
  async openRequests(scope: PartyRef): Promise<DisclosureRequest[]> {
    const key = formatPartyRef(scope)!;
    const rows = await this.deps.db
      .selectFrom('requests')
      .selectAll()
      .where('state', 'in', ['pending', 'info_requested'])
      .where((eb) =>
        scope.unit
          ? eb.or([eb('discloser', '=', key), eb('recipient', '=', key)])
          : eb.or([eb('discloser', '=', scope.party), eb('discloser', 'like', `${scope.party}:%`), eb('recipient', '=', scope.party), eb('recipient', 'like', `${scope.party}:%`)]),
      )
      .orderBy('created_at')
      .execute();
    return rows.map(rowToRequest);
  }

  /** Records a covenant's evaluation as held, by a manager or privacy officer of one of its parties. */
  async recordEvaluation(covenant: string, year: number, actorId: string): Promise<'recorded' | 'refused'> {
    const actor = this.deps.directory.find(actorId);
    const book = this.deps.rules.books.find((b) => b.id === covenant);
    if (!actor || !book || !(actor.roles.includes('manager') || actor.roles.includes('privacy-officer')) || !book.partyUnits.has(actor.party.party)) return 'refused';
    await withRetry(this.deps.db, async (trx) => {
      const at = this.deps.now();
      const inserted = await trx.insertInto('evaluations').values({ covenant, year, recorded_by: actorId, at }).onConflict((oc) => oc.columns(['covenant', 'year']).doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
        await appendAuditIn(trx, isPostgres(this.deps.db), 'covenant.evaluation-held', { covenant, year, actor: actorId, actorParty: formatPartyRef(actor.party)! }, at);
      }
    });
    return 'recorded';
  }

  scopeLabel(scope: PartyRef, lang: Lang) {
    return partyRefLabel(scope, lang);
  }
}

