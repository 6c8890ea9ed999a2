/**
 * The coordinators' console under /console: sign-in, and the review page of the unmet-needs log (filters, a
 * weekly chart, themes, each record's status and the answer that now covers it). Server-rendered HTML with one
 * small ES module; accounts come from an operator-managed file (accounts.ts), sessions live in memory.
 */
import { readFileSync } from 'node:fs';
import type { HandoffDesk } from '../../bot/handoff/desk.js';
import type { Logger } from '../../bot/logger.js';
import { InvalidDataError } from '../../knowledge/errors.js';
import type { NeedCategories } from '../../bot/needs/categories.js';
import type { Embed } from '../../bot/needs/themes.js';
import type { HttpServer } from '../../bot/server.js';
import type { Store } from '../../bot/store/types.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import { loadConsoleAccounts } from './accounts.js';
import { registerAuthRoutes } from './auth-routes.js';
import { SECURITY_HEADERS } from './html.js';
import { registerInboxRoutes } from './inbox-routes.js';
import { registerNeedsRoutes } from './needs-routes.js';
import { createSessions } from './sessions.js';

export { hashPassword, verifyPassword } from './accounts.js';

export interface ConsoleDeps {
  server: HttpServer;
  store: Store;
  knowledge: KnowledgeBase;
  log: Logger;
  now: () => Date;
  /** Sentence embeddings for the themes: the classifier's embedder. */
  embed: Embed;
  /** `DATA_DIR/console-accounts.json`; read and validated once, here (restart after editing it). */
  accountsFile: string;
  categories: NeedCategories;
  /** The hand-off desk, when volunteer teams are configured: enables the inbox. */
  handoff?: HandoffDesk;
}

const asset = (name: string): string => readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8');

/** Registers the /console routes. Throws (CONFIG_INVALID) when the accounts file is unreadable or invalid. */
export function registerConsole(deps: ConsoleDeps): void {
  const accounts = loadConsoleAccounts(deps.accountsFile);
  const knownTeams = new Set(deps.handoff?.teams.map((t) => t.id) ?? []);
  const unknown = accounts.flatMap((a, i) => a.teams.filter((t) => !knownTeams.has(t)).map((t) => ({ file: deps.accountsFile, key: `accounts.${i}.teams`, message: `unknown team "${t}" (not in the teams file)`, severity: 'error' as const })));
  if (unknown.length) throw new InvalidDataError('CONFIG_INVALID', unknown, 'Use team ids from the teams file (HANDOFF_TEAMS_FILE, by default DATA_DIR/teams.yaml), or remove them.');
  const sessions = createSessions(deps.now);
  const script = asset('console.js');
  const style = asset('console.css');
  deps.server.route('GET', '/console/console.js', async () => ({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8', ...SECURITY_HEADERS }, body: script }));
  deps.server.route('GET', '/console/console.css', async () => ({ status: 200, headers: { 'content-type': 'text/css; charset=utf-8', ...SECURITY_HEADERS }, body: style }));
  registerAuthRoutes({ server: deps.server, sessions, accounts, log: deps.log });
  registerNeedsRoutes({ ...deps, sessions });
  if (deps.handoff) registerInboxRoutes({ server: deps.server, sessions, handoff: deps.handoff, knowledge: deps.knowledge, log: deps.log, now: deps.now });
  deps.log.info({ accounts: accounts.length }, 'coordinators’ console enabled at /console');
}
