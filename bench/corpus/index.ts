export { Corpus, corpusTruth, type CorpusOptions, type CorpusTruth, type SyntheticReport } from './generateCorpus.ts';
export { SCALES, SCALE_NAMES, DEFAULT_SEED, isScaleName, type ScaleName } from './scales.ts';
export { Random, ZipfSampler } from './random.ts';
export { World, type SynEvent, type SynOrg, type SynPerson } from './world.ts';
export { renderReport, typo, type RenderedReport, type ReportVariant, type Fact } from './renderReport.ts';
export { toExtraction, idOfKey, slug } from './toExtraction.ts';
