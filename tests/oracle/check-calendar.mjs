// Cross-checks `disclosure calendar` against the npm package chinese-days (independent data, 2004–2026):
// 1. every day of 2024–2026: working day or not;
// 2. 20-working-day deadlines from every day of 2024 to mid-2026 (chinese-days findWorkday also excludes the start day);
// 3. the projection's lunar and solar-term statutory days for 2027–2060 against chinese-days' lunar calendar.
// Usage: node check-calendar.mjs PATH/TO/Disclosure.Cli.dll
import { execFileSync } from 'node:child_process';
import cd from 'chinese-days';

const cli = process.argv[2];
const run = (...args) => JSON.parse(execFileSync('dotnet', [cli, ...args, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const problems = [];

const days = run('calendar', '--from', '2024-01-01', '--to', '2026-12-31');
for (const day of days) {
  if (day.isWorkingDay !== cd.isWorkday(day.date)) problems.push(`${day.date}: isWorkingDay ${day.isWorkingDay}, chinese-days ${cd.isWorkday(day.date)}`);
}

const working = days.filter(d => d.isWorkingDay).map(d => d.date);
let deadlines = 0;
for (const day of days.filter(d => d.date <= '2026-06-30')) {
  const ours = working.find(w => w > day.date && working.indexOf(w) - working.findIndex(x => x > day.date) === 19);
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
