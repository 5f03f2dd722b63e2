// The Node equivalent of `disclosure workdays add DATE N`, for the start-up benchmark (benchmarks/cli-startup.py):
// the N-th working day after DATE by the npm package chinese-days (findWorkday excludes the start day, as we do).
// Usage: TZ=Asia/Shanghai node workdays-add.mjs 2025-09-25 20
import cd from 'chinese-days';

const [date, days] = process.argv.slice(2);
console.log(cd.findWorkday(Number(days), date));
