import type { DataSpec } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { createCsvDirSource } from './csv-dir.ts';
import { createProviderSource } from './provider-source.ts';
import { createSampleSource } from './sample-source.ts';
import type { SeriesSource } from './series-source.ts';

/** The series source for the data flags: --data DIR, --provider sample, or a network provider with the cache. */
export function openSource(spec: DataSpec, io: CliIo): SeriesSource {
  if (spec.kind === 'dir') return createCsvDirSource(spec.dir, io.cwd);
  if (spec.provider === 'sample') return createSampleSource(io.now);
  return createProviderSource({ ...spec, provider: spec.provider }, io);
}
