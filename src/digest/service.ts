// The digest service: reads the facts of five weeks from the store, computes the digests (pure) and has
// the delivery shell queue each manager theirs, in their language, exactly once per week.

import { carryOut, type Shell } from '../delivery/shell';
import { audit, notify } from '../delivery/effects';
import type { Directory, Person } from '../directory/directory';
import type { RuleIndex } from '../rules/compile';
import type { Db } from '../store/database';
import { breachFacts, claimDigest, deadLetters, digestsSent, evaluationsHeld, insertEvaluation, questionFacts, requestFacts } from '../store/digest-store';
import { asLeader } from '../store/leader';
import { openRequestsConcerning } from '../store/request-store';
import { usersWithReference } from '../store/sql-store';
import { isPostgres, withRetry } from '../store/transactions';
import { reachWithOfficers, type Reach } from '../graph/reach';
import { formatPartyRef, partyRefLabel, type Lang, type PartyRef } from '../vocabulary';
import { computeDigests, type CovenantFact, type DeadLetterFact, type Digest } from './compute';
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
  private readonly shell: Shell;
  constructor(private readonly deps: DigestDeps) {
    this.shell = { directory: deps.directory, postgres: isPostgres(deps.db), cards: {} };
  }

  managers(managerId?: string): Person[] {
    return this.deps.directory.people.filter((p) => p.roles.includes('manager') && (!managerId || p.aadObjectId === managerId));
  }

  /** The facts of the week and the four before it, up to `asOf`. */
  async facts(week: string, asOf: string) {
    await this.deps.flush?.();
    const from = weekWindow(shiftWeek(week, -4)).from;
    const { db } = this.deps;
    const questions = await questionFacts(db, from, asOf);
    const requests = await requestFacts(db, from, asOf);
    const deadLetterFacts: DeadLetterFact[] = (await deadLetters(db, from, asOf)).map((d) => ({ at: d.at, party: formatPartyRef(this.deps.directory.find(d.recipientId ?? undefined)?.party) }));
    const held = await evaluationsHeld(db);
    const successorOf = (id: string | null) => this.deps.rules.books.find((s) => s.id === id);
    const covenants: CovenantFact[] = this.deps.rules.books.map((b) => ({
      id: b.id,
      title: b.title,
      parties: b.data.parties.map((p) => ({ party: p.party, units: p.units ?? null })),
      validUntil: b.validUntil,
      validFrom: b.validFrom,
      successor: ((s) => (s ? { title: s.title, validFrom: s.validFrom } : null))(successorOf(b.succeededBy)),
      evaluation: b.data.evaluation ?? null,
      evaluationsHeld: held.filter((h) => h.covenant === b.id).map((h) => h.year),
    }));
    const breaches = await breachFacts(db, from, asOf);
    return { questions, requests, deadLetters: deadLetterFacts, breaches, covenants };
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
    const unsent = await this.unsent(
      week,
      digests.map((d) => d.managerId),
    );
    await reachWithOfficers(
      this.deps.reach,
      this.deps.directory,
      unsent.map((id) => this.deps.directory.find(id)).filter((p) => p !== undefined),
    );
    const reachable = await usersWithReference(
      this.deps.db,
      digests.map((d) => d.managerId),
    );
    for (const digest of digests) {
      if (!reachable.has(digest.managerId)) {
        result.unreachable.push(digest.managerId);
        continue;
      }
      const sent = await withRetry(this.deps.db, async (trx) => {
        const at = this.deps.now();
        if (!(await claimDigest(trx, digest.managerId, week, at))) return false;
        await carryOut(trx, [notify(digest.managerId, { notice: 'digest', digest }, DIGEST_KIND)], this.shell, at);
        return true;
      });
      (sent ? result.sent : result.already).push(digest.managerId);
    }
    if (result.unreachable.length > 0) await this.tellPrivacyOfficers(week, result.unreachable);
    return result;
  }

  /** Of these managers, those whose digest of the week has not gone out yet. */
  private async unsent(week: string, managerIds: string[]): Promise<string[]> {
    const sent = await digestsSent(this.deps.db, week, managerIds);
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
    const reachable = await usersWithReference(this.deps.db, [...byOfficer.keys()]);
    for (const { officer, managers: mine } of byOfficer.values()) {
      if (!reachable.has(officer.aadObjectId)) continue;
      await withRetry(this.deps.db, async (trx) => {
        const at = this.deps.now();
        if (!(await claimDigest(trx, `privacy:${officer.aadObjectId}`, week, at))) return;
        await carryOut(trx, [notify(officer.aadObjectId, { notice: 'managers-unreachable', week, managers: mine.map((m) => m.name) }, 'digest-unreachable')], this.shell, at);
      });
    }
  }

  /** The week a run at `today` reports on: the one before. */
  previousWeek(): string {
    return isoWeekOf(addDays(this.deps.today(), -7));
  }

  /** Undecided requests that concern a manager's organisation (as discloser or recipient). */
  openRequests(scope: PartyRef): Promise<DisclosureRequest[]> {
    return openRequestsConcerning(this.deps.db, scope);
  }

  /** Records a covenant's evaluation as held, by a manager or privacy officer of one of its parties. */
  async recordEvaluation(covenant: string, year: number, actorId: string): Promise<'recorded' | 'refused'> {
    const actor = this.deps.directory.find(actorId);
    const book = this.deps.rules.books.find((b) => b.id === covenant);
    if (!actor || !book || !(actor.roles.includes('manager') || actor.roles.includes('privacy-officer')) || !book.partyUnits.has(actor.party.party)) return 'refused';
    await withRetry(this.deps.db, async (trx) => {
      const at = this.deps.now();
      if (await insertEvaluation(trx, covenant, year, actorId, at)) {
        await carryOut(trx, [audit('covenant.evaluation-held', { covenant, year, actor: actorId, actorParty: formatPartyRef(actor.party)! })], this.shell, at);
      }
    });
    return 'recorded';
  }

  scopeLabel(scope: PartyRef, lang: Lang) {
    return partyRefLabel(scope, lang);
  }
}
