import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../adapters/terminal/terminal-chat.js';
import { createHarness } from '../support/engine-harness.js';

describe('the terminal chat', () => {
  it('shows buttons as numbered choices and presses one when its number is typed', async () => {
    const h = await createHarness();
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const done = runTerminalChat({ input, output, user: 'terminal-user', handle: (m) => h.engine.handle(m) });
    input.write('hello\n');
    const italyIndex = ['CZ', 'DK', 'FI', 'GB', 'GR', 'IT', 'CH'].indexOf('IT') + 1;
    input.end(`${italyIndex}\n`);
    await done;
    expect(printed).toContain(`[${italyIndex}] ${h.knowledge.strings.format('en', 'country-IT')}`);
    expect((await h.store.getUser('terminal-user'))?.country).toBe('IT');
  });
});
