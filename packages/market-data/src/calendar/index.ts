export { CalendarError } from './calendar-error.ts';
export { easterSunday } from './easter.ts';
export { closingHour, isEarlyClose } from './early-close.ts';
export { type Holiday, holidayOn, holidaysOf } from './holidays.ts';
export { EXCHANGE_TIME_ZONE, newYorkDate, newYorkWallTimeToInstant } from './new-york-time.ts';
export { isBarFinal, lastCompletedSession, sessionClose } from './session-close.ts';
export { isTradingDay, nextSession, previousSession, sessionsBetween, tradingDays } from './sessions.ts';
export { SPECIAL_CLOSURES, type SpecialClosure } from './special-closures.ts';
