import { describe, expect, it } from 'vitest';
import { closingHour, isEarlyClose } from './early-close.ts';

describe('isEarlyClose (1 pm closes)', () => {
  it('day after Thanksgiving', () => {
    expect(isEarlyClose('2024-11-29')).toBe(true);
    expect(isEarlyClose('2023-11-24')).toBe(true);
    expect(isEarlyClose('2024-11-27')).toBe(false);
  });

  it('Christmas Eve Monday–Thursday; not when Dec 24 is the observed Christmas or a weekend', () => {
    expect(isEarlyClose('2024-12-24')).toBe(true); // Tue
    expect(isEarlyClose('2018-12-24')).toBe(true); // Mon
    expect(isEarlyClose('2020-12-24')).toBe(true); // Thu
    expect(isEarlyClose('2021-12-24')).toBe(false); // Fri: full holiday
    expect(isEarlyClose('2022-12-23')).toBe(false); // Fri before a Saturday Christmas Eve: full day
  });

  it('day before Independence Day, with the real exceptions', () => {
    expect(isEarlyClose('2023-07-03')).toBe(true); // Mon
    expect(isEarlyClose('2018-07-03')).toBe(true); // Tue
    expect(isEarlyClose('2024-07-03')).toBe(true); // Wed (since 2013)
    expect(isEarlyClose('2025-07-03')).toBe(true); // Thu
    expect(isEarlyClose('2002-07-03')).toBe(false); // Wed before 2013: full day…
    expect(isEarlyClose('2002-07-05')).toBe(true); // …and the Friday after closed early instead
    expect(isEarlyClose('2019-07-05')).toBe(false); // no longer after 2013
    expect(isEarlyClose('2015-07-02')).toBe(false); // July 4 on Saturday: Friday holiday, Thursday full day
    expect(isEarlyClose('2021-07-02')).toBe(false); // July 4 on Sunday: Monday holiday, Friday full day
    expect(isEarlyClose('2022-07-01')).toBe(false); // July 4 on Monday
  });

  it('closed days and ordinary days are not early closes', () => {
    expect(isEarlyClose('2024-12-25')).toBe(false);
    expect(isEarlyClose('2024-07-06')).toBe(false);
    expect(isEarlyClose('2024-03-11')).toBe(false);
  });

  it('closingHour is 13 or 16', () => {
    expect(closingHour('2024-11-29')).toBe(13);
    expect(closingHour('2024-11-26')).toBe(16);
  });
});
