/**
 * A stand-in of the Telegram Bot API on loopback (node:http), for driving the real grammY bot with no network.
 * It speaks the wire format of https://core.telegram.org/bots/api: `POST /bot<token>/<method>` with a JSON body,
 * answered `{ ok, result }` or `{ ok: false, error_code, description, parameters }`. getUpdates long-polls:
 * it answers as soon as an update with an id at or above `offset` is queued, or with `[]` after `timeout` seconds,
 * and forgets updates below `offset`, as Telegram does. Every call is captured.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TEST_TOKEN = '123456789:TEST-not-a-real-token-aaaaaaaaaa';
export const BOT_USER = { id: 123456789, is_bot: true, first_name: 'Waymark', username: 'waymark_test_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };

/* eslint-disable @typescript-eslint/no-explicit-any -- Bot API payloads are free-form JSON here */
export interface ApiCall {
  method: string;
  payload: Record<string, any>;
  /** What the stand-in answered (`result` on success). */
  response: Record<string, any>;
  at: number;
}

export interface FakeBotApi {
  /** For `TELEGRAM_API_ROOT`: `http://127.0.0.1:<port>`. */
  apiRoot: string;
  calls: ApiCall[];
  callsTo(method: string): ApiCall[];
  /** Messages sent to one chat, in the order the bot sent them. */
  sentTo(chatId: number): ApiCall[];
  /** Queues updates (without `update_id`; ids are assigned in order) and wakes a waiting getUpdates once. */
  pushUpdates(...updates: Array<Record<string, any>>): number[];
  /** Answers the next call of `method` (whose payload passes `only`) with this status and body instead of succeeding. */
  failNext(method: string, status: number, body: Record<string, any>, only?: (payload: Record<string, any>) => boolean): void;
  /** Polls until `check` returns a value, or fails naming `what` after `timeoutMs`. */
  waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: ApiCall[] = [];
  const failures: Array<{ method: string; status: number; body: Record<string, any>; only: (payload: Record<string, any>) => boolean }> = [];
  let queue: Array<Record<string, any>> = [];
  let nextUpdateId = 700_000;
  let nextMessageId = 1;
  let nextThreadId = 9001;
  const waiters = new Set<() => void>();
  const messages = new Map<string, Record<string, any>>();

  const reply = (res: ServerResponse, status: number, body: Record<string, any>): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const results: Record<string, (p: Record<string, any>) => unknown> = {
    getMe: () => BOT_USER,
    deleteWebhook: () => true,
    setWebhook: () => true,
    setMyCommands: () => true,
    answerCallbackQuery: () => true,
    createForumTopic: (p) => ({ message_thread_id: nextThreadId++, name: p.name, icon_color: 7322096 }),
    closeForumTopic: () => true,
    sendMessage: (p) => {
      const chat = Number(p.chat_id) < 0 ? forumChat(Number(p.chat_id)) : { id: p.chat_id, type: 'private', first_name: 'Test' };
      const thread = p.message_thread_id ? { message_thread_id: p.message_thread_id, is_topic_message: true } : {};
      const message = { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), from: BOT_USER, chat, ...thread, text: p.text, ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}) };
      messages.set(`${p.chat_id}:${message.message_id}`, message);
      return message;
    },
    editMessageText: (p) => {
      const key = `${p.chat_id}:${p.message_id}`;
      const edited = { ...messages.get(key), text: p.text, ...(p.reply_markup ? { reply_markup: p.reply_markup } : { reply_markup: undefined }), edit_date: Math.floor(Date.now() / 1000) };
      messages.set(key, edited);
      return edited;
    },
    editMessageReplyMarkup: (p) => {
      const key = `${p.chat_id}:${p.message_id}`;
      const edited = { ...messages.get(key), reply_markup: p.reply_markup, edit_date: Math.floor(Date.now() / 1000) };
      messages.set(key, edited);
      return edited;
    },
  };

  const getUpdates = (payload: Record<string, any>, res: ServerResponse): void => {
    const offset = Number(payload.offset ?? 0);
    const limit = Number(payload.limit ?? 100);
    queue = queue.filter((u) => u.update_id >= offset);
    const call: ApiCall = { method: 'getUpdates', payload, response: { ok: true, result: [] }, at: Date.now() };
    calls.push(call);
    const answer = (): void => {
      call.response = { ok: true, result: queue.filter((u) => u.update_id >= offset).slice(0, limit) };
      reply(res, 200, call.response);
    };
    if (queue.length > 0 || !payload.timeout) return answer();
    const wake = (): void => {
      clearTimeout(timer);
      waiters.delete(wake);
      if (!res.writableEnded && !res.destroyed) answer();
    };
    const timer = setTimeout(wake, Number(payload.timeout) * 1000);
    waiters.add(wake);
    res.on('close', () => {
      clearTimeout(timer);
      waiters.delete(wake);
    });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      if (!match || match[1] !== TEST_TOKEN) return reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const method = match[2] ?? '';
      const text = Buffer.concat(chunks).toString('utf8');
      const payload = (text ? JSON.parse(text) : {}) as Record<string, any>;
      const index = failures.findIndex((f) => f.method === method && f.only(payload));
      const failure = index >= 0 ? failures.splice(index, 1)[0] : undefined;
      if (failure) {
        calls.push({ method, payload, response: failure.body, at: Date.now() });
        return reply(res, failure.status, failure.body);
      }
      if (method === 'getUpdates') return getUpdates(payload, res);
      const result = results[method];
      const response = result ? { ok: true, result: result(payload) } : { ok: false, error_code: 404, description: 'Not Found: method not found' };
      calls.push({ method, payload, response, at: Date.now() });
      reply(res, result ? 200 : 404, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    sentTo: (chatId) => calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === chatId && c.response.ok),
    pushUpdates(...updates) {
      const ids = updates.map((u) => {
        const update_id = nextUpdateId++;
        queue.push({ update_id, ...u });
        return update_id;
      });
      for (const wake of [...waiters]) wake();
      return ids;
    },
    failNext(method, status, body, only = () => true) {
      failures.push({ method, status, body, only });
    },
    async waitFor(what, check, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const value = check();
        if (value !== undefined && value !== false) return value;
        if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      for (const wake of [...waiters]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let nextIncomingMessageId = 50_000;

const forumChat = (chatId: number): Record<string, any> => ({ id: chatId, type: 'supergroup', title: 'Volunteers', is_forum: true });

/** A volunteer's message in a forum topic of a team's supergroup. */
export function topicMessageUpdate(chatId: number, threadId: number, volunteer: { id: number; first_name: string }, text: string, messageId = nextIncomingMessageId++): Record<string, any> {
  const command = /^\/\w+/.exec(text)?.[0];
  return {
    message: {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: forumChat(chatId),
      from: { is_bot: false, ...volunteer },
      message_thread_id: threadId,
      is_topic_message: true,
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
    },
  };
}

const privateChat = (chatId: number): Record<string, any> => ({ id: chatId, type: 'private', first_name: 'Test' });
const sender = (chatId: number, languageCode: string | undefined): Record<string, any> => ({ id: chatId, is_bot: false, first_name: 'Test', ...(languageCode ? { language_code: languageCode } : {}) });

/** A private message from user `chatId`; `content` holds the message's own fields (`text`, `voice`, ...). */
export function messageUpdate(chatId: number, content: Record<string, any>, languageCode: string | undefined = 'en'): Record<string, any> {
  return { message: { message_id: nextIncomingMessageId++, date: Math.floor(Date.now() / 1000), chat: privateChat(chatId), from: sender(chatId, languageCode), ...content } };
}

/** A text message; a leading command gets its `bot_command` entity, as Telegram sends it. */
export function textUpdate(chatId: number, text: string, languageCode: string | undefined = 'en'): Record<string, any> {
  const command = /^\/\w+/.exec(text)?.[0];
  return messageUpdate(chatId, { text, ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}) }, languageCode);
}

/** A press of the button with `data` under `message` (as the bot sent it and the stand-in returned it). */
export function callbackUpdate(chatId: number, data: string, message: Record<string, any>, languageCode: string | undefined = 'en'): Record<string, any> {
  return { callback_query: { id: `cbq-${nextIncomingMessageId++}`, from: sender(chatId, languageCode), chat_instance: `ci-${chatId}`, message, data } };
}
