/** The page frame of a signed-in account: who is signed in, the sign-out form's token, and the sections it may open. */
import type { Frame } from './html.js';
import type { Session } from './sessions.js';

/** The inbox for accounts with a volunteer team, the needs log for coordinators. */
export function navOf(session: Session): NonNullable<Frame['nav']> {
  return [...(session.account.teams.length ? [{ href: '/console/inbox', label: 'Inbox' }] : []), ...(session.account.role === 'coordinator' ? [{ href: '/console/needs', label: 'Unmet needs' }] : [])];
}

export const frameOf = (s: Session): Omit<Frame, 'title'> => ({
  signedIn: { username: s.account.username, organisation: s.account.organisation, csrf: s.csrf },
  nav: navOf(s),
});
