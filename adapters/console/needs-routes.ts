/**
 * The needs page, the status form and the answer pages. Only coordinators get in, and only to the records of
 * their own countries: every check is made on the server against the stored record, never on what the form says.
 */
import type { Logger } from '../../bot/logger.js';
import type { HttpRequest, HttpResponse, HttpServer } from '../../bot/server.js';
import { ANSWER_REF, needStatus, type Store } from '../../bot/store/types.js';
import { summariseWaitingTimes, type WaitingTimes } from '../../bot/handoff/waiting-times.js';
import { WaymarkError } from '../../knowledge/errors.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { CountryCode } from '../../knowledge/schema/common.js';
import { checkPost, readForm } from './auth-routes.js';
import { esc, htmlResponse, messagePage, redirect, toPage } from './html.js';
import { frameOf } from './frame.js';
import { toNeedsMain } from './needs-page.js';
import { buildNeedsView, toFilterQuery, toFilters, type NeedsViewDeps } from './needs-view.js';
import { toAccountTag, type Session, type Sessions } from './sessions.js';

export interface NeedsRouteDeps extends NeedsViewDeps {
  server: HttpServer;
  sessions: Sessions;
  store: Store;
  knowledge: KnowledgeBase;
  log: Logger;
}

const NOT_COORDINATOR = 'Only coordinators can open the unmet-needs log. Ask your organisation’s coordinator for access.';

/** The signed-in coordinator's session, or the response to send instead (sign-in redirect or 403). */
function coordinatorOf(request: HttpRequest, sessions: Sessions): Session | HttpResponse {
  const session = sessions.of(request);
  if (!session) return redirect('/console');
  return session.account.role === 'coordinator' ? session : messagePage(403, 'Not allowed', NOT_COORDINATOR, frameOf(session));
}

/** Checks an answer reference against the knowledge base; returns a problem to show, or undefined. */
function findAnswerProblem(ref: string | null, knowledge: KnowledgeBase): string | undefined {
  if (!ref || !ANSWER_REF.test(ref)) return 'For “answer added”, give the answer as country/topic, e.g. FI/unpaid-wages.';
  const [country, topic] = ref.split('/') as [string, string];
  return knowledge.answer(topic, country as CountryCode) ? undefined : `There is no answer ${ref} in the knowledge base (knowledge/answers/${country.toLowerCase()}/${topic}.yaml).`;
}

/** The hand-off figures under the needs log: people who waited for a volunteer, and how long. */
function toWaitingTimes(w: WaitingTimes): string {
  if (w.routed === 0) return '<section aria-labelledby="handoffs"><h2 id="handoffs">Hand-offs to volunteers</h2><p>No hand-offs in this period.</p></section>';
  const times = w.medianMinutes !== undefined ? `; first answer after ${w.medianMinutes} min (median), ${w.p90Minutes} min (90th percentile)` : '';
  return `<section aria-labelledby="handoffs"><h2 id="handoffs">Hand-offs to volunteers</h2>
<p class="waiting-times">${w.routed} hand-off(s) in this period: ${w.answered} answered by a volunteer, ${w.timedOut} with no answer in time${esc(times)}.</p></section>`;
}

export function registerNeedsRoutes(deps: NeedsRouteDeps): void {
  const { server, sessions, store, knowledge, log } = deps;
  server.route('GET', '/console/needs', async (request) => {
    const session = coordinatorOf(request, sessions);
    if (!('account' in session)) return session;
    const filters = toFilters((k) => request.query[k]);
    if (filters.country && !session.account.countries.includes(filters.country as CountryCode)) {
      return messagePage(403, 'Not allowed', `You coordinate ${session.account.countries.join(', ')}; ${filters.country} is not one of them.`, frameOf(session));
    }
    await store.assignUnmetNeedIds();
    try {
      const view = await buildNeedsView(await store.listUnmetNeeds(), session.account.countries, filters, deps);
      const waiting = summariseWaitingTimes(await store.listHandoffs(), session.account.countries, view.period, filters.country);
      return htmlResponse(200, toPage({ title: 'Unmet needs', ...frameOf(session) }, `${toNeedsMain(view, deps.categories, session.csrf)}${toWaitingTimes(waiting)}`));
    } catch (error) {
      if (error instanceof WaymarkError && error.code === 'INPUT_REJECTED') return messagePage(400, 'Check the filters', `${error.message}. ${error.hint}`, frameOf(session));
      throw error;
    }
  });

  server.route('POST', '/console/needs/status', async (request) => {
    const form = readForm(request);
    const session = checkPost(request, form, sessions, log);
    if (!('account' in session)) return session;
    if (session.account.role !== 'coordinator') return messagePage(403, 'Not allowed', NOT_COORDINATOR, frameOf(session));
    const status = needStatus.safeParse(form.get('status'));
    const ids = [...new Set(form.getAll('id'))];
    if (!status.success || ids.length === 0 || ids.length > 5000) return messagePage(400, 'Check the form', 'Choose a status for at least one record.', frameOf(session));
    const byId = new Map((await store.listUnmetNeeds()).flatMap((r) => (r.id ? [[r.id, r] as const] : [])));
    const records = ids.map((id) => byId.get(id));
    if (records.some((r) => !r)) return messagePage(404, 'Not found', 'Some of these records no longer exist; they may have passed the retention period.', frameOf(session));
    if (records.some((r) => !r?.country || !session.account.countries.includes(r.country as CountryCode))) {
      log.warn({ account: toAccountTag(session.account.username), records: ids.length }, 'console: status change refused for records of another country');
      return messagePage(403, 'Not allowed', 'Some of these records belong to a country you do not coordinate.', frameOf(session));
    }
    const answer = form.get('answer')?.trim() ?? null;
    const problem = status.data === 'answer-added' ? findAnswerProblem(answer, knowledge) : undefined;
    if (problem) return messagePage(400, 'Check the answer', problem, frameOf(session));
    const at = deps.now();
    at.setUTCMinutes(0, 0, 0);
    const changed = await store.reviewUnmetNeeds(ids, { status: status.data, statusAt: at.toISOString(), ...(status.data === 'answer-added' && answer ? { answer } : {}) });
    log.info({ account: toAccountTag(session.account.username), records: changed, status: status.data }, 'console: status changed');
    return redirect(`/console/needs${toFilterQuery(toFilters((k) => new URLSearchParams(form.get('back') ?? '').get(k)))}`);
  });

  server.route('GET', '/console/answers/:country/:topic', async (request) => {
    const session = coordinatorOf(request, sessions);
    if (!('account' in session)) return session;
    const [country = '', topic = ''] = request.path.split('/').slice(3).map(decodeURIComponent);
    const answer = knowledge.answer(topic, country as CountryCode);
    if (!answer) return messagePage(404, 'Not found', `There is no answer ${country}/${topic} in the knowledge base.`, frameOf(session));
    const file = `knowledge/answers/${answer.country.toLowerCase()}/${answer.topic}.yaml`;
    const texts = Object.entries(answer.texts).map(([lang, t]) => `<h3>${esc(lang)}</h3><p dir="auto" lang="${esc(lang)}">${esc(t.summary)}</p>`);
    const sources = answer.sources.map((s) => `<li><a href="${esc(s.url)}" rel="noreferrer">${esc(s.title)}</a></li>`).join('');
    return htmlResponse(
      200,
      toPage(
        { title: `${answer.country}/${answer.topic}`, ...frameOf(session) },
        `<p>File: <code>${esc(file)}</code> · status ${esc(answer.status)} · last checked ${esc(answer.last_verified)}</p><h2>Sources</h2><ul>${sources}</ul><h2>Summaries</h2>${texts.join('')}`,
      ),
    );
  });
}
