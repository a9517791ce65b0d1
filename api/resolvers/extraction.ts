import { ExtractionWorker, type Extraction, type ParsedReport } from '../../seed/index.ts';

// Extraction is CPU work: off the thread that serves every other request.
// One worker for ingestReport and previewReport alike: a preview and the load
// that follows it read the same gazetteers, once.
const worker = new ExtractionWorker();

/** seed's extractReport on the server's extraction worker. */
export const extractOffThread = (parsed: ParsedReport): Promise<Extraction> => worker.extract(parsed);
