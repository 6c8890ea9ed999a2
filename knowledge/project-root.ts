/**
 * The folder that holds package.json and the data folders. Computed from this file's location, so the bot
 * finds its content wherever it is installed and whatever the working directory.
 */
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
