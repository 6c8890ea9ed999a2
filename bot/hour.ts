/** Times Waymark stores about people are rounded down to the hour: precise enough for trends, no more. */
export function hourOf(date: Date): string {
  const d = new Date(date);
  d.setUTCMinutes(0, 0, 0);
  return d.toISOString();
}
