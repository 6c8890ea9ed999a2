#!/usr/bin/env node
// The `waymark` command. TypeScript sources run directly through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
