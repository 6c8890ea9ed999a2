/**
 * The unmet-needs report as plain text for the terminal (`waymark needs`): for coordinators and operators, in
 * English like the other commands; user-facing texts live in knowledge/, this is not one.
 */
import type { Count, NeedsReport } from './report.js';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function formatCounts(title: string, counts: readonly Count[]): string[] {
  const width = Math.max(...counts.map((c) => (c.label ? `${c.key} ${c.label}` : c.key).length));
  return [`${title}:`, ...counts.map((c) => `  ${(c.label ? `${c.key} ${c.label}` : c.key).padEnd(width)}  ${String(c.count).padStart(5)}`)];
}

export function formatNeedsReport(report: NeedsReport): string {
  const { period } = report;
  const head = `Unmet needs from ${period.from} to ${period.to}: ${report.total} record(s) from ${report.askers} person(s)`;
  if (report.total === 0) return `${head}.\nNothing was logged in this period.`;
  const lines = [head, ''];
  lines.push(...formatCounts('By category', report.byCategory), '');
  lines.push(...formatCounts('By country', report.byCountry), '');
  lines.push(...formatCounts('By language', report.byLanguage), '');
  lines.push(...formatCounts('By channel', report.byChannel), '');
  lines.push(...formatCounts('By reason', report.byReason), '');
  lines.push('Week by week (ISO weeks):');
  for (const w of report.weeks) lines.push(`  ${w.week}  ${String(w.count).padStart(5)}${w.change === null ? '' : `  (${w.change >= 0 ? '+' : ''}${w.change})`}`);
  lines.push('', 'Top themes:');
  if (report.themes.length === 0) lines.push('  (no questions stored in this period)');
  report.themes.forEach((theme, i) => {
    lines.push(`  ${i + 1}. ${theme.count} question(s) from ${theme.askers} person(s), ${percent(theme.askerShare)} of askers; languages: ${theme.languages.join(', ')}`);
    for (const q of theme.questions) lines.push(`     - ${q.replace(/\s+/g, ' ')}`);
  });
  return lines.join('\n');
}
