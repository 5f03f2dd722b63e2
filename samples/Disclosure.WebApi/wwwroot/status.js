// The status board: for a chosen date, each unit's overdue and due catalog columns and its information requests,
// from GET /due and GET /requests. Plain JavaScript, no build step.
"use strict";

const form = document.getElementById("pick");
const input = document.getElementById("as-of");
const body = document.getElementById("units");
const summary = document.getElementById("summary");
const errorBox = document.getElementById("error");

function li(text, when, provisional, title) {
  const item = document.createElement("li");
  const date = document.createElement("span");
  date.className = "when";
  date.textContent = when + " ";
  item.append(date, document.createTextNode(text));
  if (provisional) item.classList.add("provisional");
  if (title) item.title = title;
  return item;
}

function cell(kind, items, emptyText) {
  const td = document.createElement("td");
  td.className = items.length ? kind : "clear";
  td.dataset.column = kind;
  td.dataset.count = String(items.length);
  if (!items.length) { td.textContent = emptyText; return td; }
  const ul = document.createElement("ul");
  ul.append(...items);
  td.append(ul);
  return td;
}

function columnItem(c, overdue) {
  const periods = c.periods.length > 1 ? ` ×${c.periods.length}` : "";
  const late = overdue ? ` (逾期 ${c.overdueWorkingDays} 个工作日)` : "";
  const dueOn = c.needsCalendarYear ? `需 ${c.needsCalendarYear} 年日历` : c.dueOn;
  return li(`${c.column}${periods}${late}`, dueOn, c.isProvisional, `${c.frequency} · ${c.responsible} · ${c.periods.join(", ")}`);
}

function requestItem(r) {
  const state = r.isOverdue ? `逾期 ${r.workingDaysOverdue} 个工作日` : `剩 ${r.workingDaysRemaining} 个工作日`;
  return li(`${r.id} ${r.title} (${state})`, r.dueOn ?? "", r.isProvisional, r.status);
}

async function getJson(url) {
  const response = await fetch(url);
  const data = await response.json();
  if (!response.ok) throw new Error(data.detail || data.title || `HTTP ${response.status}`);
  return data;
}

async function show(asOf) {
  errorBox.hidden = true;
  // The board of another hosted bureau is /?bureau=ID; without it, the default bureau (or the signed-in user's).
  const params = new URLSearchParams();
  if (asOf) params.set("asOf", asOf);
  if (bureau) params.set("bureau", bureau);
  const query = params.size ? `?${params}` : "";
  let due, requests;
  try {
    [due, requests] = await Promise.all([getJson(`/due${query}`), getJson(`/requests${query}`)]);
  } catch (e) {
    errorBox.textContent = e.message;
    errorBox.hidden = false;
    return;
  }

  input.value = due.asOf;
  document.getElementById("bureau").textContent = `${due.bureau} · 政务公开到期看板`;
  const open = requests.requests.filter(r => !r.isClosed);
  const late = open.filter(r => r.isOverdue).length;
  summary.textContent = `${due.asOf}：栏目逾期 ${due.overdue} 项，待公开 ${due.due} 项；依申请在办 ${open.length} 件，逾期 ${late} 件` +
    (due.isProvisional ? "（含推算日历，仅供参考）" : "") +
    (due.needsCalendarYears.length ? `（${due.needsCalendarYears.join("、")} 年日历未载入，部分到期日待定）` : "") +
    (due.pastPlanYear ? `（已超出${due.pastPlanYear}年度工作要点，未载入新要点：目录继续有效，${due.pastPlanYear}年要点中的年度任务已于${due.pastPlanYear}年12月31日结束）` : "");

  const rows = new Map();
  for (const unit of due.units) rows.set(unit.unit, { overdue: unit.overdue, due: unit.due, requests: [] });
  for (const r of open) {
    if (!rows.has(r.unitName)) rows.set(r.unitName, { overdue: [], due: [], requests: [] });
    rows.get(r.unitName).requests.push(r);
  }

  body.replaceChildren();
  for (const [name, row] of rows) {
    const tr = document.createElement("tr");
    tr.dataset.unit = name;
    const th = document.createElement("th");
    th.scope = "row";
    th.className = "unit";
    th.textContent = name;
    const requestKind = row.requests.some(r => r.isOverdue) ? "overdue" : "due";
    tr.append(
      th,
      cell("overdue", row.overdue.map(c => columnItem(c, true)), "无逾期"),
      cell("due", row.due.map(c => columnItem(c, false)), "无"),
      cell(requestKind, row.requests.map(requestItem), "无"));
    tr.lastChild.dataset.column = "requests";
    body.append(tr);
  }
  document.body.dataset.loaded = due.asOf;
}

const bureau = new URLSearchParams(location.search).get("bureau");
form.addEventListener("submit", (e) => { e.preventDefault(); show(input.value); });
show(new URLSearchParams(location.search).get("asOf"));
