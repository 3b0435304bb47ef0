import { isAbsolute, join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from './config.js';
import { repoRoot } from './api-schema.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

/** Runs GraphQL Code Generator in memory and returns each file's absolute path and content. */
export async function generateTypes(): Promise<GeneratedFile[]> {
  const outputs = (await generate({ ...codegenConfig(), cwd: repoRoot }, false)) as { filename: string; content: string }[];
  return outputs.map((o) => ({ path: isAbsolute(o.filename) ? o.filename : join(repoRoot, o.filename), content: o.content }));
}
