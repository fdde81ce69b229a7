// A renewed covenant beside the one it renews: the date picks the version, a filed request keeps its own,
// and the managers' digest names the successor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { digestCard } from '../../src/cards/digest-card';
import { makeDirectory } from '../../src/directory/directory';
import { DigestService } from '../../src/digest/service';
import { fileable } from '../../src/requests/filing';
import { RequestService } from '../../src/requests/service';
import { compileRulebooks } from '../../src/rules/compile';
import { decide } from '../../src/rules/engine';
import { loadRulebookData, loadRules, parseRulebook, rulebookFiles, RulebookError, RULEBOOK_DIR } from '../../src/rules/load';
import type { Question } from '../../src/rules/types';
import { sqliteTarget } from '../store/targets';
import { RENEWAL_DIR, describeWorkedExamples, withBuiltIn } from './fixtures';

const index = loadRules(withBuiltIn(RENEWAL_DIR));
const renewalFile = rulebookFiles([RENEWAL_DIR])[0]!;
const renewalText = readFileSync(renewalFile, 'utf8');
const address: Question = { from: { party: 'politie', unit: 'amsterdam' }, to: { party: 'blijf-groep' }, subject: 'pleger', data: ['naw'], purpose: 'risicotaxatie', date: '' };

describe('a renewed covenant beside the one it renews', () => {
  describeWorkedExamples(renewalFile, index);

  it('links the two versions both ways', () => {
    const byId = new Map(index.books.map((b) => [b.id, b]));
    assert.equal(byId.get('blijf-politie-2027')!.succeeds, 'blijf-politie-2022');
    assert.equal(byId.get('blijf-politie-2022')!.succeededBy, 'blijf-politie-2027');
  });

  it('decides under 1.0 on its last day and under 2.0 from 17 September 2027', () => {
    assert.equal(decide({ ...address, date: '2027-09-15' }, index).covenant, 'blijf-politie-2022');
    assert.equal(decide({ ...address, date: '2027-09-17' }, index).covenant, 'blijf-politie-2027');
  });

  it('covers the day that belongs to 1.0 or 2.0 depending on the reading under neither, with both versions’ doubts', () => {
    const between = decide({ ...address, date: '2027-09-16' }, index);
    assert.equal(between.verdict, 'not_covered');
    assert.equal(between.doubts?.length, 2);
  });

  it('gives the new rule only under 2.0 (a child’s contact details for placement)', () => {
    const child: Question = { ...address, subject: 'kind', data: ['contactgegevens'], purpose: 'plaatsing' };
    assert.equal(decide({ ...child, date: '2027-09-15' }, index).verdict, 'not_allowed');
    assert.equal(decide({ ...child, date: '2027-09-17' }, index).verdict, 'conditional');
  });

  it('refuses a renewal that starts before its predecessor ends, naming the file and the field', () => {
    const early = parseRulebook(renewalText.replace('from: "2027-09-17"', 'from: "2027-09-01"'), renewalFile);
    assert.throws(
      () => compileRulebooks([...loadRulebookData([RULEBOOK_DIR]), early]),
      /blijf-politie-2027\.yaml, field "succeeds": a renewal starts after blijf-politie-2022 ends \(2027-09-15\), but starts 2027-09-01/,
    );
  });

  it('refuses a renewal of a rulebook that does not exist, as a rulebook error', () => {
    assert.throws(
      () => loadRules([RENEWAL_DIR]),
      (error: unknown) => error instanceof RulebookError && /no rulebook has the id blijf-politie-2022/.test(error.message),
    );
  });

  it('keeps the version a request was decided under after the renewal is loaded', async () => {
    const db = await sqliteTarget.open();
    try {
      const people = [
        { aadObjectId: 'staff-blijf', name: 'Sanne', party: { party: 'blijf-groep' as const }, roles: ['staff' as const] },
        { aadObjectId: 'contact-police', name: 'Ruben', party: { party: 'politie' as const, unit: 'amsterdam' }, roles: ['contact' as const] },
      ];
      const fileOn = async (service: RequestService, date: string) => {
        const decision = decide({ ...address, from: { party: 'politie', unit: 'amsterdam' }, to: { party: 'blijf-groep' }, date }, index);
        const parties = fileable(decision, { party: 'blijf-groep' })!;
        const fields = { caseRef: `BG-${date}`, urgency: 'normaal' as const, delivery: 'schriftelijk' as const, necessity: 'Voor de risicotaxatie.' };
        return (
          await service.file({
            activityKey: `file-${date}`,
            requesterId: 'staff-blijf',
            requesterParty: { party: 'blijf-groep' },
            decision,
            discloser: parties.discloser,
            recipient: parties.recipient,
            fields,
          })
        ).request;
      };
      const clock = { now: () => '2027-09-10T09:00:00.000Z', today: () => '2027-09-10' };
      const service = new RequestService({ db, rules: index, directory: makeDirectory(people), ...clock });
      const before = await fileOn(service, '2027-09-10');
      const after = await fileOn(service, '2027-09-20');
      const reread = new RequestService({ db, rules: loadRules(withBuiltIn(RENEWAL_DIR)), directory: makeDirectory(people), ...clock });
      assert.deepEqual((await reread.get(before.id))!.snapshot.rulebooks, [{ id: 'blijf-politie-2022', version: '1.0 (4 maart 2022)' }]);
      assert.deepEqual((await reread.get(after.id))!.snapshot.rulebooks, [{ id: 'blijf-politie-2027', version: '2.0 (fictief, 1 september 2027)' }]);
    } finally {
      await db.destroy();
    }
  });

  it('names the successor in the managers’ digest when the covenant nears its end', async () => {
    const db = await sqliteTarget.open();
    try {
      const manager = { aadObjectId: 'manager-blijf', name: 'Karin', party: { party: 'blijf-groep' as const }, roles: ['manager' as const] };
      const service = new DigestService({ db, rules: index, directory: makeDirectory([manager]), now: () => '2027-06-01T08:00:00.000Z', today: () => '2027-06-01' });
      const [digest] = await service.compute('2027-W21');
      const text = JSON.stringify(digestCard(digest!, 'nl'));
      assert.match(
        text,
        /Convenant Gegevensverstrekking Blijf Groep loopt af op 15-09-2027 \(nog 108 dagen\)\. Vanaf 17-09-2027 geldt de opvolger: Convenant Gegevensverstrekking Blijf Groep 2\.0 \(fictief\)\./,
      );
      assert.doesNotMatch(text, /evaluatie van 2027 van Convenant Gegevensverstrekking Blijf Groep 2\.0/, 'a renewal not yet in force is not evaluated yet');
    } finally {
      await db.destroy();
    }
  });
});
