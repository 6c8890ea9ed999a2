/**
 * Bot Framework channels (Web Chat on an organisation's website, Microsoft Teams through Azure Bot Service) via
 * the Microsoft 365 Agents SDK, the maintained successor of botbuilder. The only module that imports the SDK.
 * Buttons become suggested actions whose postBack value carries the engine's payload.
 */
import { ActionTypes, type Activity, type CardAction } from '@microsoft/agents-activity';
import { authorizeJWT, CloudAdapter, MessageFactory, type AuthConfiguration, type Request, type TurnContext } from '@microsoft/agents-hosting';
import type { ChannelDeps, RunningChannel } from '../../bot/channel.js';
import type { Config } from '../../bot/config.js';
import type { IncomingMessage, MediaKind, Reply } from '../../bot/engine/types.js';
import { ResponseCollector } from './web-response.js';

export const MESSAGES_PATH = '/api/messages';

function mediaOf(activity: Activity): MediaKind | undefined {
  const type = activity.attachments?.[0]?.contentType ?? '';
  if (!type) return undefined;
  if (type.startsWith('image/')) return 'photo';
  if (type.startsWith('audio/')) return 'voice';
  if (type.startsWith('video/')) return 'video';
  return 'document';
}

function payloadOf(activity: Activity): string | undefined {
  const value = activity.value as { payload?: unknown } | undefined;
  return typeof value?.payload === 'string' ? value.payload : undefined;
}

/** Translates one engine reply to an activity; buttons become postBack suggested actions. */
export function toActivity(reply: Reply): Activity {
  if (!reply.buttons?.length) return MessageFactory.text(reply.text);
  const actions: CardAction[] = reply.buttons.map((b) => ({ type: ActionTypes.PostBack, title: b.label, value: { payload: b.payload } }) as CardAction);
  return MessageFactory.suggestedActions(actions, reply.text);
}

export function registerBotFramework(deps: ChannelDeps, config: NonNullable<Config['botframework']>): RunningChannel {
  const auth: AuthConfiguration = {
    ...(config.appId ? { clientId: config.appId } : {}),
    ...(config.appPassword ? { clientSecret: config.appPassword } : {}),
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
  } as AuthConfiguration;
  const adapter = new CloudAdapter(auth);
  const authorize = authorizeJWT(auth);
  const inFlight = new Set<Promise<unknown>>();

  const logic = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    if (activity.type !== 'message') return;
    const from = activity.from?.id;
    if (!from) return;
    const payload = payloadOf(activity);
    const media = mediaOf(activity);
    const message: IncomingMessage = {
      channel: 'botframework',
      user: deps.pseudonymise('botframework', `${activity.channelId ?? ''}:${from}`),
      ...(payload !== undefined ? { payload } : media && !activity.text ? { media } : { text: activity.text ?? '' }),
      ...(activity.locale ? { languageHint: activity.locale } : {}),
    };
    const result = await deps.handle(message);
    for (const reply of result.replies) await context.sendActivity(toActivity(reply));
  };

  deps.server.route('POST', MESSAGES_PATH, async (req) => {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.rawBody.toString('utf8')) as Record<string, unknown>;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
    } catch {
      deps.log.warn({ path: MESSAGES_PATH, bytes: req.rawBody.length }, 'botframework: body is not a JSON activity');
      return { status: 400, body: { error: 'body must be a JSON activity' } };
    }
    const request: Request = { body, headers: req.headers, method: 'POST' };
    const response = new ResponseCollector();
    let authorized = false;
    await authorize(request, response, () => {
      authorized = true;
    });
    if (!authorized) {
      deps.log.warn({ path: MESSAGES_PATH, status: response.collected.status }, 'botframework: request not authorized');
      return { status: response.collected.status, body: response.collected.body as object };
    }
    const run = adapter.process(request, response, logic);
    inFlight.add(run);
    try {
      await run;
    } catch (error) {
      deps.log.error({ err: error instanceof Error ? error.message : String(error) }, 'botframework: turn failed');
      return { status: 500, body: { error: 'turn failed' } };
    } finally {
      inFlight.delete(run);
    }
    const { status, headers, body: out } = response.collected;
    return { status, headers, ...(out !== undefined ? { body: typeof out === 'string' ? out : (out as object) } : {}) };
  });

  return {
    name: 'botframework',
    stop: async () => {
      await Promise.allSettled([...inFlight]);
    },
  };
}
