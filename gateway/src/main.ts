import { configOrExit } from '@ixl/config';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';
import { readSupergraph } from './supergraph.js';

const config = configOrExit('The gateway', () => loadGatewayConfig());
const running = await startGateway(config, readSupergraph());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void running.stop().then(() => process.exit(0)));
