/**
 * Collects what the Agents SDK writes to its framework-agnostic `WebResponse`, so `/api/messages` can run
 * through Waymark's own HTTP server instead of an Express app.
 */
export interface CollectedResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class ResponseCollector {
  headersSent = false;
  writableEnded = false;
  readonly collected: CollectedResponse = { status: 200, headers: {}, body: undefined };

  status(code: number): this {
    this.collected.status = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.collected.headers[name.toLowerCase()] = value;
    return this;
  }

  send(body?: unknown): this {
    this.collected.body = body;
    this.headersSent = true;
    return this;
  }

  end(): this {
    this.headersSent = true;
    this.writableEnded = true;
    return this;
  }
}
