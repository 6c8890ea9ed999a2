/**
 * The needs page: filters, counts, a bar chart of records per ISO week (inline SVG drawn here, so the page needs
 * no chart library and works without script), the themes and the records, each with a status form.
 */
import type { NeedCategories } from '../../bot/needs/categories.js';
import type { WeekCount } from '../../bot/needs/report.js';
import { NEED_STATUSES, type NeedStatus, type UnmetNeed } from '../../bot/store/types.js';
import { esc } from './html.js';
import { toFilterQuery, type NeedsView } from './needs-view.js';

export const STATUS_LABELS: Record<NeedStatus, string> = { new: 'New', reviewed: 'Reviewed', 'answer-added': 'Answer added', 'out-of-scope': 'Out of scope for us' };
/** More rows make the page slow on a phone; the filters narrow it down. */
const MAX_RECORDS = 200;

const option = (value: string, label: string, selected: boolean): string => `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;

export function toAnswerLink(ref: string | undefined): string {
  return ref ? `<a href="/console/answers/${esc(ref)}">${esc(ref)}</a>` : '';
}

function filtersForm(view: NeedsView, categories: NeedCategories): string {
  const f = view.filters;
  const select = (name: string, label: string, all: string, options: string): string =>
    `<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${option('', all, false)}${options}</select></div>`;
  return `<form method="get" action="/console/needs" class="filters" aria-label="Filters">
${select('country', 'Country', 'All my countries', view.countries.map((c) => option(c, c, f.country === c)).join(''))}
${select('language', 'Language', 'All languages', view.languages.map((l) => option(l, l, f.language === l)).join(''))}
${select('category', 'Category', 'All categories', [...categories.list.map((c) => option(c.id, `${c.id} ${c.name}`, f.category === c.id)), option('uncategorised', 'Uncategorised', f.category === 'uncategorised')].join(''))}
<div><label for="f-from">From</label><input id="f-from" name="from" type="date" value="${esc(view.period.from)}"></div>
<div><label for="f-to">To</label><input id="f-to" name="to" type="date" value="${esc(view.period.to)}"></div>
<button type="submit">Apply filters</button></form>`;
}

export function toWeekChart(weeks: readonly WeekCount[]): string {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const [barWidth, gap, height] = [48, 16, 120];
  const bars = weeks
    .map((w, i) => {
      const h = Math.round((w.count / max) * height);
      const x = i * (barWidth + gap);
      return `<g><rect class="bar" x="${x}" y="${height - h + 20}" width="${barWidth}" height="${h}"><title>${esc(w.week)}: ${w.count}</title></rect>
<text x="${x + barWidth / 2}" y="${height - h + 14}" text-anchor="middle">${w.count}</text>
<text x="${x + barWidth / 2}" y="${height + 38}" text-anchor="middle">${esc(w.week.slice(5))}</text></g>`;
    })
    .join('');
  const width = Math.max(1, weeks.length) * (barWidth + gap);
  const label = weeks.map((w) => `${w.week}: ${w.count}`).join(', ');
  return `<svg class="chart" role="img" aria-label="Records per ISO week: ${esc(label)}" viewBox="0 0 ${width} ${height + 44}" width="${width}" height="${height + 44}">${bars}</svg>`;
}

function statusOf(records: readonly UnmetNeed[]): { label: string; answer?: string } {
  const statuses = [...new Set(records.map((r) => r.status ?? 'new'))];
  const answers = [...new Set(records.map((r) => r.answer))];
  if (statuses.length !== 1) return { label: `Mixed (${statuses.map((s) => `${records.filter((r) => (r.status ?? 'new') === s).length} ${STATUS_LABELS[s].toLowerCase()}`).join(', ')})` };
  const only = statuses[0] as NeedStatus;
  return answers.length === 1 && answers[0] ? { label: STATUS_LABELS[only], answer: answers[0] } : { label: STATUS_LABELS[only] };
}

export interface FormContext {
  csrf: string;
  back: string;
}

function statusForm(key: string, records: readonly UnmetNeed[], form: FormContext): string {
  const current = statusOf(records);
  const ids = records.map((r) => `<input type="hidden" name="id" value="${esc(r.id ?? '')}">`).join('');
  return `<p class="status">Status: <strong>${esc(current.label)}</strong> ${toAnswerLink(current.answer)}</p>
<form method="post" action="/console/needs/status" class="status-form">
<input type="hidden" name="csrf" value="${esc(form.csrf)}"><input type="hidden" name="back" value="${esc(form.back)}">${ids}
<div><label for="s-${key}">New status</label><select id="s-${key}" name="status">${NEED_STATUSES.map((s) => option(s, STATUS_LABELS[s], false)).join('')}</select></div>
<div class="answer"><label for="a-${key}">Answer (country/topic)</label><input id="a-${key}" name="answer" placeholder="FI/unpaid-wages" pattern="[A-Z]{2}/[a-z0-9-]+" value="${esc(current.answer ?? '')}"></div>
<button type="submit">Save status</button></form>`;
}

function themesSection(view: NeedsView, form: FormContext): string {
  if (!view.themes.length) return '<h2>Themes</h2><p>No questions in this selection.</p>';
  const items = view.themes.map(({ theme, records }, i) => {
    const questions = theme.questions.map((q) => `<li dir="auto">${esc(q)}</li>`).join('');
    return `<li class="theme"><h3>${theme.count} record(s), ${theme.askers} person(s) · ${esc(theme.languages.join(', '))}</h3><ul class="questions">${questions}</ul>${statusForm(`t${i}`, records, form)}</li>`;
  });
  return `<h2>Themes</h2><ol class="themes">${items.join('')}</ol>`;
}

function recordsSection(view: NeedsView, categories: NeedCategories, form: FormContext): string {
  const shown = [...view.records].reverse().slice(0, MAX_RECORDS);
  const more = view.records.length > shown.length ? `<p>Showing the newest ${shown.length} of ${view.records.length}; narrow the filters to see the rest.</p>` : '';
  const items = shown.map((r, i) => {
    const category = r.category && r.categoryCorrected ? r.category : '';
    return `<li class="record"><p class="meta">${esc(r.at.slice(0, 16).replace('T', ' '))} · ${esc(r.country ?? '')} · ${esc(r.language)} · ${esc(r.reason)}${r.topic ? ` · ${esc(r.topic)}` : ''}${category ? ` · ${esc(categories.byId.get(category)?.name ?? category)}` : ''}</p>
<p class="question" dir="auto">${r.question ? esc(r.question) : '<em>(no question stored)</em>'}</p>${statusForm(`r${i}`, [r], form)}</li>`;
  });
  return `<h2>Records</h2>${more}<ol class="records">${items.join('')}</ol>`;
}

function countList(title: string, counts: NeedsView['byCategory']): string {
  return `<div><h3>${title}</h3><ul>${counts.map((c) => `<li>${esc(c.label ? `${c.key} ${c.label}` : c.key)}: ${c.count}</li>`).join('') || '<li>none</li>'}</ul></div>`;
}

export function toNeedsMain(view: NeedsView, categories: NeedCategories, csrf: string): string {
  const form = { csrf, back: toFilterQuery(view.filters) };
  return `${filtersForm(view, categories)}
<h2>${view.records.length} record(s) from ${esc(view.period.from)} to ${esc(view.period.to)}, ${view.askers} person(s)</h2>
<section aria-labelledby="chart-title"><h2 id="chart-title">Records per week</h2>${toWeekChart(view.weeks)}</section>
<section class="counts">${countList('By category', view.byCategory)}${countList('By language', view.byLanguage)}</section>
<section>${themesSection(view, form)}</section>
<section>${recordsSection(view, categories, form)}</section>`;
}
