import { addDays, lastWeekday, nthWeekday, weekdayOf, ymd } from './day-math.ts';
import { easterSunday } from './easter.ts';
import { SPECIAL_CLOSURES } from './special-closures.ts';

/**
 * NYSE full-day closures of a year: the recurring holidays (with weekend observance) plus the one-off
 * closures. Rules are those in force since 1971 (Monday holidays act); MLK Day from 1998, Juneteenth from
 * 2022. Observance: a Sunday holiday moves to Monday; a Saturday holiday moves to Friday — except New
 * Year's Day, which is then simply not observed (NYSE rule: the Friday would end an accounting year).
 */
export interface Holiday {
  date: string;
  name: string;
  /** 'rule' = recurring holiday (observed date); 'special' = one-off closure. */
  kind: 'rule' | 'special';
}

/** Saturday → Friday, Sunday → Monday. */
function observed(date: string): string {
  const w = weekdayOf(date);
  if (w === 6) return addDays(date, -1);
  if (w === 0) return addDays(date, 1);
  return date;
}

function ruleHolidays(year: number): Holiday[] {
  const out: Holiday[] = [];
  const add = (date: string, name: string) => out.push({ date, name, kind: 'rule' });

  const newYear = ymd(year, 1, 1);
  if (weekdayOf(newYear) !== 6) add(observed(newYear), "New Year's Day");
  if (year >= 1998) add(nthWeekday(year, 1, 1, 3), 'Martin Luther King Jr. Day');
  add(nthWeekday(year, 2, 1, 3), "Washington's Birthday (Presidents' Day)");
  add(addDays(easterSunday(year), -2), 'Good Friday');
  add(lastWeekday(year, 5, 1), 'Memorial Day');
  if (year >= 2022) add(observed(ymd(year, 6, 19)), 'Juneteenth National Independence Day');
  add(observed(ymd(year, 7, 4)), 'Independence Day');
  add(nthWeekday(year, 9, 1, 1), 'Labor Day');
  add(nthWeekday(year, 11, 4, 4), 'Thanksgiving Day');
  add(observed(ymd(year, 12, 25)), 'Christmas Day');
  return out;
}

const byYear = new Map<number, readonly Holiday[]>();

/** Every full-day closure of `year`, ascending by date. Memoised; the returned array is frozen. */
export function holidaysOf(year: number): readonly Holiday[] {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  const hit = byYear.get(year);
  if (hit) return hit;
  const prefix = `${year}-`;
  const specials: Holiday[] = SPECIAL_CLOSURES.filter((c) => c.date.startsWith(prefix)).map((c) => ({
    date: c.date,
    name: c.name,
    kind: 'special',
  }));
  const all = Object.freeze([...ruleHolidays(year), ...specials].sort((a, b) => a.date.localeCompare(b.date)));
  byYear.set(year, all);
  return all;
}

/** The closure on `date` ('YYYY-MM-DD'), or null when the exchange is not closed for a holiday that day. */
export function holidayOn(date: string): Holiday | null {
  return holidaysOf(Number(date.slice(0, 4))).find((h) => h.date === date) ?? null;
}
