/**
 * The volunteer inbox: the queue of the signed-in volunteer's teams, one hand-off's conversation, and claim,
 * reply and close. A hand-off of another team is refused (403) on every route, checked against the stored
 * hand-off, never against what a form says.
 */
import type { HandoffDesk } from '../../bot/handoff/desk.js';
import type { Logger } from '../../bot/logger.js';
import type { HttpRequest, HttpResponse, HttpServer } from '../../bot/server.js';
import { isOpenHandoff, type HandoffRecord } from '../../bot/store/handoff-record.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import { checkPost, readForm } from './auth-routes.js';
import { frameOf } from './frame.js';
import { htmlResponse, messagePage, redirect, toPage } from './html.js';
import { toHandoffMain, toInboxMain, type InboxContext } from './inbox-page.js';
import { toAccountTag, type Session, type Sessions } from './sessions.js';

export interface InboxDeps {
  server: HttpServer;
  sessions: Sessions;
  handoff: HandoffDesk;
  knowledge: KnowledgeBase;
  log: Logger;
  now: () => Date;
}

const MAX_REPLY = 3500;
const BACK = { href: '/console/inbox', label: 'Back to the inbox' };

const volunteerOf = (s: Session): { id: string; name: string } => ({ id: `console:${s.account.username}`, name: s.account.username });

/** Registers /console/inbox and /console/handoffs/:id with its claim, reply and close forms. */
export function registerInboxRoutes(deps: InboxDeps): void {
  const { server, sessions, handoff, knowledge, log } = deps;

  const context = (session: Session): InboxContext => ({
    knowledge,
    now: deps.now(),
    teamName: (id) => (id ? (handoff.team(id)?.organisation ?? id) : ''),
    csrf: session.csrf,
    me: volunteerOf(session).id,
  });

  /** The hand-off named in the path if the session's teams may see it, or the response to send instead. */
  const allowed = async (request: HttpRequest, session: Session): Promise<HandoffRecord | HttpResponse> => {
    const id = decodeURIComponent(request.path.split('/')[3] ?? '');
    const h = await handoff.get(id);
    if (!h || !isOpenHandoff(h)) return messagePage(404, 'Not found', 'This hand-off is closed or does not exist; the user is back with the bot.', frameOf(session), BACK);
    if (!h.team || !session.account.teams.includes(h.team)) {
      log.warn({ account: toAccountTag(session.account.username), handoff: h.id }, 'console: hand-off of another team refused');
      return messagePage(403, 'Not allowed', 'This hand-off belongs to another team.', frameOf(session), BACK);
    }
    return h;
  };

  const signedIn = (request: HttpRequest): Session | HttpResponse => sessions.of(request) ?? redirect('/console');

  server.route('GET', '/console/inbox', async (request) => {
    const session = signedIn(request);
    if (!('account' in session)) return session;
    if (session.account.teams.length === 0) return messagePage(403, 'Not allowed', 'Your account belongs to no volunteer team. Ask your coordinator to add a team to it.', frameOf(session));
    const queue = await handoff.queue(session.account.teams);
    return htmlResponse(200, toPage({ title: 'Inbox', ...frameOf(session), refreshSeconds: 30 }, toInboxMain(queue, context(session))));
  });

  server.route('GET', '/console/handoffs/:id', async (request) => {
    const session = signedIn(request);
    if (!('account' in session)) return session;
    const h = await allowed(request, session);
    if (!('id' in h)) return h;
    return htmlResponse(200, toPage({ title: `Hand-off ${h.alias}`, ...frameOf(session) }, toHandoffMain(h, context(session), request.query['notice'])));
  });

  const post = (action: string, act: (h: HandoffRecord, session: Session, form: URLSearchParams) => Promise<HttpResponse>): void => {
    server.route('POST', `/console/handoffs/:id/${action}`, async (request) => {
      const form = readForm(request);
      const session = checkPost(request, form, sessions, log);
      if (!('account' in session)) return session;
      const h = await allowed(request, session);
      if (!('id' in h)) return h;
      return act(h, session, form);
    });
  };

  post('claim', async (h, session) => {
    await handoff.claim(h.id, volunteerOf(session));
    return redirect(`/console/handoffs/${encodeURIComponent(h.id)}?notice=claimed`);
  });

  post('reply', async (h, session, form) => {
    const text = (form.get('text') ?? '').trim();
    if (!text || text.length > MAX_REPLY) return messagePage(400, 'Check the answer', `Write an answer of 1 to ${MAX_REPLY} characters.`, frameOf(session), { href: `/console/handoffs/${h.id}`, label: 'Back to the hand-off' });
    const outcome = await handoff.reply(h.id, volunteerOf(session), text);
    if (outcome === 'closed' || outcome === 'unknown') return messagePage(409, 'Closed', 'This hand-off was closed meanwhile; your answer was not sent.', frameOf(session), BACK);
    log.info({ account: toAccountTag(session.account.username), handoff: h.id, outcome }, 'console: volunteer replied');
    return redirect(`/console/handoffs/${encodeURIComponent(h.id)}?notice=${outcome}`);
  });

  post('close', async (h, session, form) => {
    const note = (form.get('note') ?? '').trim().slice(0, 500);
    await handoff.close(h.id, volunteerOf(session), note || undefined);
    return redirect('/console/inbox');
  });
}
