export { startStack, SUBGRAPH_DEFINITIONS, type StackOptions, type RunningStack } from './stack.js';
export { seedDemoData } from './demo.js';
export { loadOrCreateSecrets, type Secrets } from './secrets.js';
