export { recordCuration, CURATION_ACTIONS, type Actor, type CurationAction, type CurationChange } from './recordCuration.ts';
export { curationLog, curationLogQuery, type CurationEntry, type CurationLogInput, type CurationLogPage } from './curationLog.ts';
export { commandLineActor } from './commandLineActor.ts';
