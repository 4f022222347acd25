import { nodeTestConfig } from '@rotation-lens/vitest-config/node';

export default nodeTestConfig;
