// The status board: for a chosen date, each unit's overdue and upcoming columns (and open requests), from /due and /requests.
"use strict";

const form = document.getElementById("pick");
const input = document.getElementById("as-of");
const body = document.getElementById("units");
const summary = document.getElementById("summary");
const errorBox = document.getElementById("error");

function item(o, overdue) {
  const li = document.createElement("li");
  const when = document.createElement("span");
  when.className = "when";
  when.textContent = overdue ? `${o.dueOn} (+${o.overdueWorkingDays}) ` : `${o.dueOn} `;
  li.append(when, document.createTextNode(o.column));
  if (o.isProvisional) li.classList.add("provisional");
  li.title = `${o.kind} ${o.periodStart}–${o.periodEnd}`;
  return li;
}

function cell(list, kind, emptyText) {
  const td = document.createElement("td");
  td.className = list.length ? kind : "clear";
  td.dataset.count = String(list.length);
  if (!list.length) { td.textContent = emptyText; return td; }
  const ul = document.createElement("ul");
  for (const o of list) ul.append(item(o, kind === "overdue"));
  td.append(ul);
  return td;
}

async function show(asOf) {
  errorBox.hidden = true;
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : "";
  const response = await fetch(`/due${query}`);
  const data = await response.json();
  if (!response.ok) {
    errorBox.textContent = data.detail || data.title || `HTTP ${response.status}`;
    errorBox.hidden = false;
    return;
  }
  input.value = data.asOf;
  document.getElementById("bureau").textContent = `${data.bureau} · 政务公开到期看板`;
  summary.textContent = `${data.asOf}: ${data.overdue} 项逾期 overdue, ${data.due} 项待公开 due` +
    (data.isProvisional ? " (provisional calendar)" : "");
  body.replaceChildren();
  for (const unit of data.units) {
    const tr = document.createElement("tr");
    tr.dataset.unit = unit.unit;
    const th = document.createElement("th");
    th.scope = "row";
    th.className = "unit";
    th.textContent = unit.unit;
    tr.append(th, cell(unit.overdue, "overdue", "无逾期 none"), cell(unit.due, "due", "无 none"));
    body.append(tr);
  }
  document.body.dataset.loaded = data.asOf;
}

form.addEventListener("submit", (e) => { e.preventDefault(); show(input.value); });
show(new URLSearchParams(location.search).get("asOf"));
