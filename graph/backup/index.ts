export { backupGraph, type BackupSummary } from './backup.ts';
export { restoreGraph, RestoreRefusedError, type RestoreOptions, type RestoreSummary } from './restore.ts';
export { BackupFormatError, type BackupLine } from './format.ts';
