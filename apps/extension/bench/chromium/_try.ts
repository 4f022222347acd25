import { benchScanChromium } from './scan.ts';
for (let i = 0; i < 3; i++) { const r = await benchScanChromium(20); console.log(r.median.toFixed(2), r.p90.toFixed(2), r.min.toFixed(2), r.max.toFixed(2)); }
