#!/usr/bin/env node
// `npm start`: install what is missing, build, then start the whole stack.
import { build, ensureInstalled, ensureSupportedNode, root } from './bootstrap.mjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

ensureInstalled();
await ensureSupportedNode();
build();
await import(pathToFileURL(join(root, 'packages/launcher/dist/main.js')).href);
