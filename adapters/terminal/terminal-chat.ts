/**
 * `waymark chat`: the bot in a terminal. Buttons are shown as numbered choices; typing the number presses the
 * button. Reads from any readable stream, so it also works with piped input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Button, IncomingMessage, TurnResult } from '../../bot/engine/types.js';

export interface TerminalChatDeps {
  input: Readable;
  output: Writable;
  user: string;
  languageHint?: string;
  handle(message: IncomingMessage): Promise<TurnResult>;
}

/** Renders replies as text; returns the buttons of the last reply that has any, which numbers refer to. */
export function renderReplies(result: TurnResult): { text: string; buttons: Button[] } {
  const lines: string[] = [];
  let buttons: Button[] = [];
  for (const reply of result.replies) {
    lines.push(reply.text.replace(/[\u2068\u2069]/g, ''));
    if (reply.buttons?.length) {
      buttons = reply.buttons;
      reply.buttons.forEach((b, i) => lines.push(`  [${i + 1}] ${b.label}`));
    }
    lines.push('');
  }
  return { text: lines.join('\n'), buttons };
}

/** Runs until the input ends. */
export async function runTerminalChat(deps: TerminalChatDeps): Promise<void> {
  const rl = createInterface({ input: deps.input, terminal: false });
  let buttons: Button[] = [];
  deps.output.write('> ');
  for await (const line of rl) {
    const text = line.trim();
    const choice = /^\d{1,2}$/.test(text) ? buttons[Number(text) - 1] : undefined;
    const message: IncomingMessage = {
      channel: 'terminal',
      user: deps.user,
      ...(choice ? { payload: choice.payload } : { text }),
      ...(deps.languageHint ? { languageHint: deps.languageHint } : {}),
    };
    const rendered = renderReplies(await deps.handle(message));
    if (rendered.buttons.length || !choice) buttons = rendered.buttons;
    deps.output.write(`\n${rendered.text}> `);
  }
  deps.output.write('\n');
}
