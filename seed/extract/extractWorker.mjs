// The worker thread does not inherit the server's TypeScript loader: register tsx, then run the worker.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
