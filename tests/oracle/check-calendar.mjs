// Cross-checks `disclosure calendar` against the npm package chinese-days (independent data, 2004–2026):
// 1. every day of 2008–2026 (the embedded history): working day or not;
// 2. 20-working-day deadlines from every day of 2008 to mid-2026 (chinese-days findWorkday also excludes the start day);
// 3. the projection's lunar and solar-term statutory days for 2027–2060 against chinese-days' lunar calendar.
// Usage: TZ=Asia/Shanghai node check-calendar.mjs PATH/TO/Disclosure.Cli.dll
// (chinese-days parses dates as UTC and reads them back in local time: west of UTC it answers for the wrong day.)
import { execFileSync } from 'node:child_process';
import cd from 'chinese-days';

const cli = process.argv[2];
const run = (...args) => JSON.parse(execFileSync('dotnet', [cli, ...args, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
const problems = [];
if (new Date(2025, 0, 1).getTimezoneOffset() > 0) {
  console.log('warning: run with TZ=Asia/Shanghai; chinese-days reads dates wrongly west of UTC');
}

const days = run('calendar', '--from', '2008-01-01', '--to', '2026-12-31');
for (const day of days) {
  if (day.isWorkingDay !== cd.isWorkday(day.date)) problems.push(`${day.date}: isWorkingDay ${day.isWorkingDay}, chinese-days ${cd.isWorkday(day.date)}`);
}

const working = days.filter(d => d.isWorkingDay).map(d => d.date);
let deadlines = 0;
let next = 0; // index of the first working day strictly after the current day
for (const day of days.filter(d => d.date <= '2026-06-30')) {
  while (next < working.length && working[next] <= day.date) next++;
  const ours = working[next + 19];
  const theirs = cd.findWorkday(20, day.date);
  deadlines++;
  if (ours !== theirs) problems.push(`${day.date} + 20 working days: ours ${ours}, chinese-days ${theirs}`);
}

const projected = [2027, 2037, 2047, 2057].flatMap(y => run('calendar', '--from', `${y}-01-01`, '--to', `${Math.min(y + 9, 2060)}-12-31`, '--provisional'));
const statutory = new Map(projected.filter(d => d.kind === 'statutoryHoliday').map(d => [d.date, d.festival]));
let lunarChecked = 0;
for (let year = 2027; year <= 2060; year++) {
  const expect = (date, festival) => {
    lunarChecked++;
    if (statutory.get(date) !== festival) problems.push(`${year}: expected ${festival} on ${date}, projection has ${statutory.get(date) ?? 'no statutory day'}`);
  };
  const solar = (m, d) => cd.getSolarDateFromLunar(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).date;
  const newYear = solar(1, 1);
  const eve = new Date(Date.parse(newYear) - 86400000).toISOString().slice(0, 10);
  [eve, newYear].forEach(d => expect(d, 'spring-festival'));
  expect(solar(5, 5), 'dragon-boat');
  const midAutumn = solar(8, 15);
  if (!midAutumn.endsWith('10-01') && !midAutumn.endsWith('10-02') && !midAutumn.endsWith('10-03')) expect(midAutumn, 'mid-autumn');
  const qingming = cd.getSolarTerms(`${year}-04-01`, `${year}-04-30`).find(t => t.name === '清明');
  expect(qingming.date, 'qingming');
}

console.log(`days compared: ${days.length}, deadlines compared: ${deadlines}, projected statutory days compared: ${lunarChecked}`);
if (problems.length) {
  console.log(problems.slice(0, 40).join('\n'));
  console.log(`${problems.length} mismatches`);
  process.exit(1);
}
console.log('no mismatches');
