/**
 * Test-only, deliberately naive reader for the Yahoo export (Date,Open,High,Low,Close,Adj Close,Volume):
 * split on newlines and commas, no validation. Independent of the parser under test.
 */
export interface NaiveBar {
  date: string;
  close: number;
  adjClose: number;
}

export function naiveReadYahoo(text: string): NaiveBar[] {
  const out: NaiveBar[] = [];
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i]!.trim().split(',');
    if (cells.length < 7) continue;
    out.push({ date: cells[0]!, close: Number(cells[4]), adjClose: Number(cells[5]) });
  }
  return out;
}
