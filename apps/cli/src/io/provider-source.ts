import type { DataSpec } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { CliError } from '../errors.ts';
import type { SeriesSource } from './series-source.ts';

type ProviderSpec = Extract<DataSpec, { kind: 'provider' }>;

/** Network providers through the market-data service and the file cache. (Wired when the service lands.) */
export function createProviderSource(spec: ProviderSpec, _io: CliIo): SeriesSource {
  return {
    label: spec.provider,
    async load() {
      throw new CliError(`--provider ${spec.provider} is not available in this build yet; use --data DIR or --provider sample`);
    },
  };
}
