/**
 * One-off NYSE full-day closures (not produced by any recurring rule), with their reason.
 * Ground truth: the SPY daily history 1993–2024 in ../shared/data (see calendar-real-data.test.ts) —
 * every weekday that is neither a rule holiday nor listed here has a bar, and none listed here has one.
 */
export interface SpecialClosure {
  date: string;
  name: string;
}

export const SPECIAL_CLOSURES: readonly SpecialClosure[] = [
  { date: '1985-09-27', name: 'Hurricane Gloria' },
  { date: '1994-04-27', name: 'Funeral of President Richard Nixon' },
  { date: '2001-09-11', name: 'September 11 attacks' },
  { date: '2001-09-12', name: 'September 11 attacks' },
  { date: '2001-09-13', name: 'September 11 attacks' },
  { date: '2001-09-14', name: 'September 11 attacks' },
  { date: '2004-06-11', name: 'Funeral of President Ronald Reagan' },
  { date: '2007-01-02', name: 'National Day of Mourning for President Gerald Ford' },
  { date: '2012-10-29', name: 'Hurricane Sandy' },
  { date: '2012-10-30', name: 'Hurricane Sandy' },
  { date: '2018-12-05', name: 'National Day of Mourning for President George H. W. Bush' },
  { date: '2025-01-09', name: 'National Day of Mourning for President Jimmy Carter' },
];
