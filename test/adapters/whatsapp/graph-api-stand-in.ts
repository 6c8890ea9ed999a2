/**
 * A stand-in for Meta's Graph API on loopback: records every request the adapter sends and answers like the
 * Cloud API does (`{ messaging_product, contacts, messages: [{ id }] }`), or with scripted failures.
 */
import { createServer, type IncomingMessage as NodeRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  /** The parsed JSON body the adapter sent. */
  body: SentMessage;
}

/** The fields of a Cloud API message body the tests look at. */
export interface SentMessage {
  messaging_product: string;
  to: string;
  type: 'text' | 'interactive' | 'template';
  text?: { body: string };
  template?: { name: string; language: { code: string }; components: Array<{ type: string; parameters: Array<{ type: string; text: string }> }> };
  interactive?: {
    type: 'button' | 'list';
    body: { text: string };
    action: {
      buttons?: Array<{ type: string; reply: { id: string; title: string } }>;
      button?: string;
      sections?: Array<{ rows: Array<{ id: string; title: string }> }>;
    };
  };
}

export interface ScriptedResponse {
  status: number;
  body: unknown;
}

export interface GraphApiStandIn {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  readonly requests: CapturedRequest[];
  /** The next requests get these answers, in order; later ones get the normal success answer. */
  script(...responses: ScriptedResponse[]): void;
  /** Resolves once `ready(requests)` holds; fails after `timeoutMs`. */
  waitUntil(ready: (requests: readonly CapturedRequest[]) => boolean, timeoutMs?: number): Promise<CapturedRequest[]>;
  reset(): void;
  close(): Promise<void>;
}

const read = async (request: NodeRequest): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

export async function startGraphApiStandIn(): Promise<GraphApiStandIn> {
  const requests: CapturedRequest[] = [];
  let scripted: ScriptedResponse[] = [];
  let sent = 0;
  const server = createServer((request, response) => {
    void read(request).then((text) => {
      const body = JSON.parse(text) as SentMessage;
      requests.push({ method: request.method ?? '', path: request.url ?? '', authorization: request.headers.authorization, body });
      const next = scripted.shift() ?? {
        status: 200,
        body: { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.sent-${++sent}` }] },
      };
      response.writeHead(next.status, { 'content-type': 'application/json' }).end(JSON.stringify(next.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...responses) => void scripted.push(...responses),
    async waitUntil(ready, timeoutMs = 20_000) {
      const started = Date.now();
      while (!ready(requests)) {
        if (Date.now() - started > timeoutMs) throw new Error(`the Graph API stand-in did not get the expected requests in ${timeoutMs} ms; got ${requests.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return [...requests];
    },
    reset() {
      requests.length = 0;
      scripted = [];
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The text a user reads in a captured message: a text body or an interactive body. */
export const shownText = (r: CapturedRequest): string => r.body.text?.body ?? r.body.interactive?.body.text ?? '';

/** The button or row ids of a captured interactive message, in order. */
export const choiceIds = (r: CapturedRequest): string[] =>
  r.body.interactive?.action.buttons?.map((b) => b.reply.id) ?? r.body.interactive?.action.sections?.flatMap((s) => s.rows.map((row) => row.id)) ?? [];
