export { freePort } from '../../graph/index.ts';
