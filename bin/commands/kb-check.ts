/**
 * `waymark kb check`: validates every knowledge file, prints all problems with file and key, the answers and
 * organisations waiting for review, and the coverage matrix. Exit code 1 when any error is found.
 */
import { toCoverageMatrix, findCoverageGaps, formatCoverage, listNeedsReview } from '../../knowledge/coverage.js';
import { formatProblems, InvalidDataError, type Problem } from '../../knowledge/errors.js';
import { loadNeedCategories } from '../../bot/needs/categories.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';

export function runKbCheck(root: string, options: { json: boolean; now?: Date }, out: (s: string) => void): number {
  const { knowledge, problems } = loadKnowledge(root, options.now);
  const matrix = toCoverageMatrix(knowledge);
  const categoryProblems: Problem[] = [];
  try {
    loadNeedCategories(root);
  } catch (error) {
    if (!(error instanceof InvalidDataError)) throw error;
    categoryProblems.push(...error.problems);
  }
  const all = [...problems, ...categoryProblems, ...findCoverageGaps(knowledge, matrix)];
  const needsReview = listNeedsReview(knowledge);
  const errors = all.filter((p) => p.severity === 'error');
  const warnings = all.filter((p) => p.severity === 'warning');
  if (options.json) {
    out(JSON.stringify({ ok: errors.length === 0, errors, warnings, needsReview, coverage: matrix }, null, 2));
    return errors.length ? 1 : 0;
  }
  const languages = knowledge.languages.map((l) => l.code);
  out(`Coverage (✓ = answer text present), by country:\n\n${formatCoverage(matrix, languages)}`);
  out(`Waiting for review: ${needsReview.length}`);
  for (const item of needsReview) out(`  ${item.kind} ${item.id}: ${item.note}`);
  out('');
  if (warnings.length) out(`${warnings.length} warning(s):\n${formatProblems(warnings)}\n`);
  out(errors.length ? `${errors.length} error(s):\n${formatProblems(errors)}` : 'No errors: the knowledge base is valid.');
  return errors.length ? 1 : 0;
}
