// The status board: for a chosen date, each unit's overdue and due catalog columns and its information requests,
// from GET /due and GET /requests. Plain JavaScript, no build step. The page (Pages/BoardPage.cs) is in the reader's
// language and hands this script its texts in that language (#board-texts, from PageText); the API is asked in it too.
"use strict";

const texts = JSON.parse(document.getElementById("board-texts").textContent);
const form = document.getElementById("pick");
const input = document.getElementById("as-of");
const body = document.getElementById("units");
const summary = document.getElementById("summary");
const errorBox = document.getElementById("error");
const switcher = document.getElementById("lang");

// Fills {0}, {1} … as string.Format does for the same texts on the server.
function format(template, ...args) {
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
}

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
  const late = overdue ? format(texts.columnOverdue, c.overdueWorkingDays) : "";
  const dueOn = c.needsCalendarYear ? format(texts.needsCalendar, c.needsCalendarYear) : c.dueOn;
  return li(`${c.column}${periods}${late}`, dueOn, c.isProvisional, `${c.frequency} · ${c.responsible} · ${c.periods.join(", ")}`);
}

function requestItem(r) {
  const text = r.isOverdue ? format(texts.requestOverdue, r.id, r.title, r.workingDaysOverdue) : format(texts.requestLeft, r.id, r.title, r.workingDaysRemaining);
  return li(text, r.dueOn ?? "", r.isProvisional, texts.statuses[r.status] ?? r.status);
}

// The API's problems are already in the page's language (title, detail); a failure without one gets the page's own text.
async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { "Accept-Language": texts.language } });
  } catch {
    throw new Error(texts.unreachable);
  }
  const data = await response.json().catch(() => null);
  if (!response.ok || data === null) throw new Error(data?.detail || data?.title || format(texts.unreadable, response.status));
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
  const open = requests.requests.filter(r => !r.isClosed);
  const late = open.filter(r => r.isOverdue).length;
  summary.textContent = format(texts.summary, due.asOf, due.overdue, due.due, open.length, late) +
    (due.isProvisional ? texts.provisional : "") +
    (due.needsCalendarYears.length ? format(texts.needsCalendars, due.needsCalendarYears.join(texts.listSeparator)) : "") +
    (due.pastPlanYear ? format(texts.pastPlanYear, due.pastPlanYear) : "");

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
      cell("overdue", row.overdue.map(c => columnItem(c, true)), texts.noneOverdue),
      cell("due", row.due.map(c => columnItem(c, false)), texts.none),
      cell(requestKind, row.requests.map(requestItem), texts.none));
    tr.lastChild.dataset.column = "requests";
    body.append(tr);
  }
  // The language switch keeps the date shown; the address is left alone, so / without asOf stays today's board on reload.
  const other = new URL(switcher.href);
  other.searchParams.set("asOf", due.asOf);
  switcher.href = other;
  document.body.dataset.loaded = due.asOf;
}

const bureau = new URLSearchParams(location.search).get("bureau");
form.addEventListener("submit", (e) => { e.preventDefault(); show(input.value); });
show(new URLSearchParams(location.search).get("asOf"));
