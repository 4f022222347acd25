/**
 * New York session times without a library: Intl knows the DST rules (including the pre-2007 ones the
 * 1990s data needs). A daily Yahoo bar's timestamp is the session open, 09:30 New York, in UTC seconds.
 */
const NY = 'America/New_York';
const dateFmt = new Intl.DateTimeFormat('en-CA', { timeZone: NY, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { timeZone: NY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 'YYYY-MM-DD' of a UTC instant (seconds) in New York. */
export function nyDate(utcSeconds: number): string {
  return dateFmt.format(new Date(utcSeconds * 1000));
}

/** UTC seconds of 09:30 New York on the given session date (13:30Z in summer time, 14:30Z in winter). */
export function sessionOpenUtcSeconds(date: string): number {
  for (const utc of ['13:30', '14:30']) {
    const t = Date.parse(`${date}T${utc}:00Z`);
    if (Number.isNaN(t)) break;
    if (timeFmt.format(new Date(t)) === '09:30' && nyDate(t / 1000) === date) return t / 1000;
  }
  throw new Error(`not a session date: ${date}`);
}

/** Seconds east of UTC in New York at that instant (Yahoo's meta.gmtoffset): −14400 or −18000. */
export function nyGmtOffset(utcSeconds: number): number {
  const d = new Date(utcSeconds * 1000);
  const [h, m] = timeFmt.format(d).split(':').map(Number) as [number, number];
  let diff = h * 60 + m - (d.getUTCHours() * 60 + d.getUTCMinutes());
  if (diff > 720) diff -= 1440;
  if (diff < -720) diff += 1440;
  return diff * 60;
}
