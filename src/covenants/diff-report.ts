// rules:diff as text for the privacy officer: the worked examples that change first, then each group of
// changed verdicts with the rules and articles before and after. Pure.
import type { Basis, Changes, RulesDiff } from './diff';

const articles = (list: string[]) => list.map((a) => (/^\d/.test(a) ? `art. ${a}` : a)).join(', ');

function basisLine(b: Basis): string {
  if (b.rules.length === 0) return `${b.verdict} (geen regel / no rule)`;
  // The engine names a covenant's own list and purpose rules `<covenant>#lijst-1`, `<covenant>#doel-1`.
  const name = (r: Basis['rules'][number]) => (r.id.startsWith(`${r.covenant}#`) ? r.id : `${r.covenant} ${r.id}`);
  return `${b.verdict}: ${b.rules.map((r) => `${name(r)} (${articles(r.articles)})`).join('; ')}`;
}

function groupLines(changes: Changes): string[] {
  const lines: string[] = [];
  for (const g of changes.groups) {
    lines.push('', `${g.count} combinaties gaan van ${g.from.verdict} naar ${g.to.verdict} / ${g.count} combinations go from ${g.from.verdict} to ${g.to.verdict}`);
    lines.push(`  was:  ${basisLine(g.from)}`, `  nu:   ${basisLine(g.to)}`);
    for (const s of g.samples) lines.push(`  bijv. ${s}`);
  }
  return lines;
}

export function formatDiff(diff: RulesDiff): string {
  const lines: string[] = [];
  if (diff.examples.length > 0) {
    lines.push(`Uitgewerkte voorbeelden die veranderen / worked examples that change (${diff.examples.length}):`);
    for (const e of diff.examples) {
      const expected =
        e.expected.to === null
          ? `verwacht ${e.expected.from}, voorbeeld verwijderd`
          : e.expected.from === e.expected.to
            ? `verwacht ${e.expected.to}`
            : `verwachting ${e.expected.from} → ${e.expected.to}`;
      lines.push(`  ${e.file}:${e.line}: "${e.name}" (${expected}): ${e.from} → ${e.to}`);
    }
    lines.push('');
  }
  for (const r of diff.renewals) {
    lines.push(
      `Verlenging / renewal ${r.renews.id} ${r.renews.version} (laatste dag ${r.renews.until}) → ${r.renewal.id} ${r.renewal.version} (vanaf ${r.renewal.from}): ${r.changed} van ${r.decided} combinaties veranderen / of ${r.decided} combinations change`,
    );
    lines.push(...groupLines(r), '');
  }
  lines.push(`Op dezelfde dag / on the same day: ${diff.changed} van ${diff.decided} combinaties veranderen / of ${diff.decided} combinations change`);
  lines.push(...groupLines(diff));
  return `${lines.join('\n')}\n`;
}
