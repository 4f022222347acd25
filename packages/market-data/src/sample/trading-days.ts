/**
 * The simulator's trading days: NYSE sessions from the shared calendar (src/calendar/), so simulated
 * bars fall exactly on the dates real bars would.
 */
import { fromDayNumber, toDayNumber } from '../calendar/day-math.ts';
import { isTradingDay, tradingDays } from '../calendar/index.ts';

export const isSampleTradingDay = isTradingDay;
export const tradingDaysBetween = tradingDays;
export const dayNumber = toDayNumber;
export const isoFromDayNumber = fromDayNumber;
