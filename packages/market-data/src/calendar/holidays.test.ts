import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter.ts';
import { holidayOn, holidaysOf } from './holidays.ts';
import { isTradingDay } from './sessions.ts';
import { SPECIAL_CLOSURES } from './special-closures.ts';

const datesOf = (year: number) => holidaysOf(year).map((h) => h.date);

describe('holidaysOf', () => {
  it('2024: the ten NYSE holidays, with names', () => {
    expect(holidaysOf(2024).map((h) => [h.date, h.name])).toEqual([
      ['2024-01-01', "New Year's Day"],
      ['2024-01-15', 'Martin Luther King Jr. Day'],
      ['2024-02-19', "Washington's Birthday (Presidents' Day)"],
      ['2024-03-29', 'Good Friday'],
      ['2024-05-27', 'Memorial Day'],
      ['2024-06-19', 'Juneteenth National Independence Day'],
      ['2024-07-04', 'Independence Day'],
      ['2024-09-02', 'Labor Day'],
      ['2024-11-28', 'Thanksgiving Day'],
      ['2024-12-25', 'Christmas Day'],
    ]);
  });

  it("New Year's Day on a Saturday is not observed on Friday Dec 31 (2022, 2011)", () => {
    expect(datesOf(2022)).not.toContain('2021-12-31');
    expect(datesOf(2021)).not.toContain('2021-12-31');
    expect(isTradingDay('2021-12-31')).toBe(true);
    expect(isTradingDay('2010-12-31')).toBe(true);
    expect(datesOf(2022)[0]).toBe('2022-01-17'); // the year's first closure is MLK Day
  });

  it("New Year's Day on a Sunday is observed Monday (2017-01-02, 2023-01-02)", () => {
    expect(holidayOn('2017-01-02')?.name).toBe("New Year's Day");
    expect(holidayOn('2023-01-02')?.name).toBe("New Year's Day");
  });

  it('MLK Day: third Monday of January, only from 1998', () => {
    expect(holidayOn('1998-01-19')?.name).toBe('Martin Luther King Jr. Day');
    expect(holidayOn('2025-01-20')?.name).toBe('Martin Luther King Jr. Day');
    expect(isTradingDay('1997-01-20')).toBe(true);
  });

  it("Presidents' Day: third Monday of February", () => {
    expect(holidayOn('2024-02-19')).not.toBeNull();
    expect(holidayOn('2021-02-15')).not.toBeNull();
    expect(holidayOn('2021-02-22')).toBeNull();
  });

  it('Good Friday follows Easter (computus), including early and late Easters', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2008)).toBe('2008-03-23');
    expect(easterSunday(2011)).toBe('2011-04-24');
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
    expect(holidayOn('2008-03-21')?.name).toBe('Good Friday');
    expect(holidayOn('2025-04-18')?.name).toBe('Good Friday');
  });

  it('Memorial Day: last Monday of May, even when May has five Mondays', () => {
    expect(holidayOn('2021-05-31')?.name).toBe('Memorial Day');
    expect(holidayOn('2021-05-24')).toBeNull();
    expect(holidayOn('2026-05-25')?.name).toBe('Memorial Day');
  });

  it('Juneteenth from 2022 only, observed Friday/Monday when on a weekend', () => {
    expect(isTradingDay('2021-06-18')).toBe(true); // federal since 2021, NYSE only from 2022
    expect(holidayOn('2022-06-20')?.name).toBe('Juneteenth National Independence Day'); // Sun → Mon
    expect(holidayOn('2027-06-18')?.name).toBe('Juneteenth National Independence Day'); // Sat → Fri
    expect(holidayOn('2025-06-19')).not.toBeNull();
  });

  it('Independence Day with weekend observance', () => {
    expect(holidayOn('2015-07-03')?.name).toBe('Independence Day'); // Sat → Fri
    expect(holidayOn('2021-07-05')?.name).toBe('Independence Day'); // Sun → Mon
    expect(isTradingDay('2021-07-02')).toBe(true);
  });

  it('Labor Day and Thanksgiving', () => {
    expect(holidayOn('2024-09-02')?.name).toBe('Labor Day');
    expect(holidayOn('2020-09-07')?.name).toBe('Labor Day');
    expect(holidayOn('2024-11-28')?.name).toBe('Thanksgiving Day');
    expect(holidayOn('2018-11-22')?.name).toBe('Thanksgiving Day');
    expect(isTradingDay('2024-11-29')).toBe(true); // the day after is an early close, not a holiday
  });

  it('Christmas with weekend observance', () => {
    expect(holidayOn('2021-12-24')?.name).toBe('Christmas Day'); // Sat → Fri
    expect(holidayOn('2022-12-26')?.name).toBe('Christmas Day'); // Sun → Mon
  });

  it('each one-off closure is a closure, with its reason', () => {
    for (const c of SPECIAL_CLOSURES) {
      expect(isTradingDay(c.date), c.date).toBe(false);
      expect(holidayOn(c.date)).toEqual({ date: c.date, name: c.name, kind: 'special' });
    }
    expect(SPECIAL_CLOSURES.map((c) => c.date)).toEqual(
      expect.arrayContaining([
        '1994-04-27',
        '2001-09-11',
        '2001-09-12',
        '2001-09-13',
        '2001-09-14',
        '2004-06-11',
        '2007-01-02',
        '2012-10-29',
        '2012-10-30',
        '2018-12-05',
        '2025-01-09',
      ]),
    );
    expect(isTradingDay('2001-09-17')).toBe(true); // reopened Monday
  });

  it('rejects a non-integer year', () => {
    expect(() => holidaysOf(2024.5)).toThrow(RangeError);
  });
});
