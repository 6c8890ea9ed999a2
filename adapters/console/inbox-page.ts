/**
 * The volunteer inbox's HTML: the queue of a team's open hand-offs, and one hand-off with its conversation and
 * the claim, reply and close forms. Users' words carry their language and direction, so Arabic or Farsi reads
 * right to left inside an English page.
 */
import type { HandoffRecord } from '../../bot/store/handoff-record.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import { esc } from './html.js';

export interface InboxContext {
  knowledge: KnowledgeBase;
  now: Date;
  /** The team id to organisation name and team label, for display. */
  teamName: (id: string | undefined) => string;
  csrf: string;
  /** The signed-in volunteer's tag, to mark their own messages and claims. */
  me: string;
}

const minutesSince = (iso: string, now: Date): number => Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));

function waited(iso: string, now: Date): string {
  const m = minutesSince(iso, now);
  return m < 60 ? `${m} min` : m < 48 * 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 1440)} days`;
}

const languageLabel = (kb: KnowledgeBase, code: string): string => `${kb.language(code)?.name ?? code} (${code})`;

function statusText(h: HandoffRecord, me: string): string {
  if (h.status === 'waiting') return 'Waiting for a volunteer';
  return h.volunteer?.id === me ? 'Claimed by you' : `Claimed by ${h.volunteer?.name ?? 'a colleague'}`;
}

/** The queue: urgent first, then oldest, with how long each person has waited. */
export function toInboxMain(queue: readonly HandoffRecord[], context: InboxContext): string {
  if (queue.length === 0) return '<p>No open hand-offs for your team right now. This page refreshes itself every 30 seconds.</p>';
  const rows = queue.map(
    (h) => `<tr${h.priority ? ' class="priority"' : ''}>
<th scope="row"><a href="/console/handoffs/${esc(h.id)}">${esc(h.alias)}</a>${h.priority ? ' <strong>priority</strong>' : ''}</th>
<td>${esc(languageLabel(context.knowledge, h.language))}</td><td>${esc(h.country ?? '')}</td><td>${esc(h.topic ?? '—')}</td>
<td>${esc(statusText(h, context.me))}</td><td>${esc(waited(h.createdAt, context.now))}</td><td>${esc(context.teamName(h.team))}</td></tr>`,
  );
  return `<p>${queue.length} open hand-off(s), urgent ones first. This page refreshes itself every 30 seconds.</p>
<div class="table-wrap"><table class="queue"><caption>Your team’s open hand-offs</caption>
<thead><tr><th scope="col">Case</th><th scope="col">Language</th><th scope="col">Country</th><th scope="col">Topic</th><th scope="col">Status</th><th scope="col">Waiting</th><th scope="col">Team</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

/** Fixed notices after a reply, chosen by a code in the URL: nothing the user typed is echoed. */
export const REPLY_NOTICES: Record<string, string> = {
  delivered: 'Sent.',
  'template-sent': 'WhatsApp’s 24-hour window had closed: the approved template was sent to invite the user back. Your message is delivered as soon as they reply.',
  'window-closed': 'WhatsApp’s 24-hour window has closed and no template is configured: your message is delivered as soon as the user writes again.',
  failed: 'Your message could not be delivered. Please try again later.',
  claimed: 'You claimed this hand-off.',
};

/** One case: its details, the conversation, and the claim, reply and close forms (each with the CSRF token). */
export function toHandoffMain(h: HandoffRecord, context: InboxContext, notice: string | undefined): string {
  const { knowledge } = context;
  const userDir = knowledge.language(h.language)?.direction ?? 'ltr';
  const messages = h.messages.map((m) => {
    const when = new Date(m.at).toISOString().slice(11, 16);
    if (m.from === 'user') return `<li class="from-user"><p class="meta">${esc(h.alias)} · ${when} UTC</p><p lang="${esc(h.language)}" dir="${userDir}">${esc(m.text)}</p></li>`;
    if (m.from === 'volunteer') return `<li class="from-volunteer"><p class="meta">${m.by === context.me ? 'You' : 'A colleague'} · ${when} UTC</p><p dir="auto">${esc(m.text)}</p></li>`;
    return `<li class="from-system"><p class="meta">Waymark · ${when} UTC</p><p class="summary">${esc(m.text)}</p></li>`;
  });
  const csrf = `<input type="hidden" name="csrf" value="${esc(context.csrf)}">`;
  const claim = h.status === 'waiting' ? `<form method="post" action="/console/handoffs/${esc(h.id)}/claim">${csrf}<button type="submit">Claim this hand-off</button></form>` : '';
  const notes = notice && REPLY_NOTICES[notice] ? `<p class="notice" role="status">${esc(REPLY_NOTICES[notice])}</p>` : '';
  return `${notes}<dl class="case">
<dt>Status</dt><dd>${esc(statusText(h, context.me))}${h.priority ? ' · <strong>priority</strong>' : ''}</dd>
<dt>Language</dt><dd>${esc(languageLabel(knowledge, h.language))}</dd>
<dt>Country</dt><dd>${esc(h.country ?? '')}</dd>
<dt>Topic</dt><dd>${esc(h.topic ?? '—')}</dd>
<dt>Channel</dt><dd>${esc(h.channel)}</dd>
<dt>Waiting since</dt><dd>${esc(waited(h.createdAt, context.now))}</dd>
</dl>
${claim}
<h2>Conversation</h2>
<ol class="conversation">${messages.join('\n')}</ol>
<p><a href="/console/handoffs/${esc(h.id)}">Refresh the conversation</a></p>
<form method="post" action="/console/handoffs/${esc(h.id)}/reply" class="reply-form">${csrf}
<label for="reply">Your answer (sent signed with your organisation’s name, never yours)</label>
<textarea id="reply" name="text" rows="4" required maxlength="3500" dir="auto"></textarea>
<button type="submit">Send</button></form>
<form method="post" action="/console/handoffs/${esc(h.id)}/close" class="close-form">${csrf}
<label for="note">What did the person need that no one could give? (optional, goes de-identified to the unmet-needs log)</label>
<textarea id="note" name="note" rows="2" maxlength="500" dir="auto"></textarea>
<button type="submit">Close and return the user to the bot</button></form>
<p><a href="/console/inbox">Back to the inbox</a></p>`;
}
