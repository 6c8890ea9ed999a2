/**
 * The bot's HTTP server. The only module that imports fastify: adapters register routes through the small,
 * framework-free interface below and always get the raw body, which webhook signatures are computed over.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from './logger.js';

export interface HttpRequest {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
}

export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or buffer as is. */
  body?: string | Buffer | object;
}

export type RouteHandler = (request: HttpRequest) => Promise<HttpResponse>;

export interface HttpServer {
  route(method: 'GET' | 'POST', path: string, handler: RouteHandler): void;
  /** Starts listening; returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export interface HttpServerOptions {
  host: string;
  port: number;
  log: Logger;
  /** Larger bodies get 413 before any handler runs. */
  bodyLimit?: number;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    options.log.warn({ status, code: error.code, method: request.method, path: request.url.split('?')[0] }, `HTTP request rejected: ${error.message}`);
    void reply.status(status).send({ error: status === 413 ? 'body too large' : status >= 500 ? 'internal error' : 'bad request' });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: 'not found' });
  });
  const toRequest = (req: { method: string; url: string; headers: Record<string, string | string[] | undefined>; query: unknown; body: unknown }): HttpRequest => ({
    method: req.method,
    path: req.url.split('?')[0] ?? '/',
    query: Object.fromEntries(Object.entries((req.query ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : undefined])),
    headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v])),
    rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
  });
  return {
    route(method, path, handler) {
      app.route({
        method,
        url: path,
        handler: async (req, reply) => {
          const response = await handler(toRequest(req));
          for (const [k, v] of Object.entries(response.headers ?? {})) void reply.header(k, v);
          void reply.status(response.status);
          return response.body ?? '';
        },
      });
    },
    async listen() {
      const address = await app.listen({ host: options.host, port: options.port });
      return address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
    },
    close: () => app.close(),
  };
}
