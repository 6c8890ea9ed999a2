/**
 * `waymark chat`: the bot in the terminal, with the same engine, content and store as the server.
 */
import { createApp } from '../../bot/app.js';
import type { Config } from '../../bot/config.js';
import type { Logger } from '../../bot/logger.js';
import { runTerminalChat } from '../../adapters/terminal/terminal-chat.js';
import type { Progress } from '../../intents/load-classifier.js';

export async function runChat(root: string, config: Config, log: Logger, io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; languageHint?: string }, onProgress?: Progress): Promise<number> {
  const app = await createApp({ root, config, log, ...(onProgress ? { onProgress } : {}) });
  await runTerminalChat({
    input: io.input as never,
    output: io.output as never,
    user: app.pseudonymise('terminal', 'local'),
    ...(io.languageHint ? { languageHint: io.languageHint } : {}),
    handle: app.handle,
  });
  await app.close();
  return 0;
}
