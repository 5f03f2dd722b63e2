#!/usr/bin/env python3
"""One-off provenance script: composes the embedded Xuancheng 2024 rule pack (format 1) from the catalog JSON
(src/Disclosure.Domain/Catalog/Data), the responsibilities data (org chart units with topics, recurring obligations)
and the review policy of ReviewPolicies.XuanchengCivilAffairs2024. The committed pack file is the library's own export
of this draft (RulePack.ToUtf8Json), so export(load(pack)) == pack byte for byte. Usage: make-xuancheng-pack.py UNITS OBLIGATIONS > draft.json"""
import json, sys
root = __file__.rsplit('/.ci/', 1)[0]
cat = json.load(open(f'{root}/src/Disclosure.Domain/Catalog/Data/xuancheng-civil-affairs-2024.json'))
units = json.load(open(sys.argv[1]))
obligations = json.load(open(sys.argv[2]))
nodes, overrides = [], []
for n in cat['nodes']:
    out = {'id': n['id'], 'name': n['name'], 'englishName': n['englishName']}
    for k in ('parent', 'seedRow', 'frequency', 'responsible', 'note'):
        if k in n:
            out[k] = n[k]
    nodes.append(out)
    if 'workingDays' in n or 'annualDeadline' in n:
        o = {'column': n['id']}
        if 'workingDays' in n: o['workingDays'] = n['workingDays']
        if 'annualDeadline' in n: o['annualDeadline'] = n['annualDeadline']
        if n['id'] == 'website-annual-report':
            o['reason'] = '国办函〔2018〕12号: 《政府网站工作年度报表》于每年1月31日前发布'
        elif n['id'] == 'disclosure-annual-report':
            o['reason'] = '政府信息公开条例 第四十九条: 每年1月31日前向社会公布上一年度年度报告'
        overrides.append(o)
unit_list = []
for u in units['units']:
    x = {'id': u['id'], 'chineseName': u['chineseName'], 'englishName': u['englishName'], 'kind': u['kind']}
    if u.get('aliases'): x['aliases'] = u['aliases']
    if u.get('topics'): x['topics'] = u['topics']
    unit_list.append(x)
obl = []
for o in obligations['obligations']:
    x = {k: o[k] for k in ('id', 'activityKind', 'period', 'minimumCount', 'levels', 'rule', 'units', 'topic', 'workPoint', 'seedText') if o.get(k) is not None}
    obl.append(x)
pack = {
  '$schema': '../Schema/rule-pack.schema.json',
  'formatVersion': 1,
  'id': 'xuancheng-civil-affairs-2024',
  'metadata': {
    'bureau': cat['bureau'], 'bureauEnglishName': cat['bureauEnglishName'],
    'jurisdiction': '宣城市', 'jurisdictionEnglishName': 'Xuancheng', 'level': 'city',
    'effectiveDate': cat['effectiveDate'], 'timeZone': cat['timeZone'], 'source': cat['source'],
  },
  'units': unit_list,
  'catalog': nodes,
  'deadlines': {'timelyWorkingDays': 20, 'overrides': overrides},
  'review': {
    'name': '宣城市民政局 2024 review policy',
    'source': '宣城市民政局2024年度政务公开工作要点和分工 三(一)1–3, 二(一)1, 二(三)1, 二(四)1',
    'levels': [
      {'name': '信息发布同志', 'role': 'information-publisher', 'description': 'Level 1 of 3 (三级审核制): 信息发布同志 — the staff member who publishes checks the item.'},
      {'name': '政务公开机构负责同志', 'role': 'disclosure-office-head', 'description': 'Level 2 of 3 (三级审核制): 政务公开机构负责同志 — the head of the disclosure office approves.'},
      {'name': '分管负责同志', 'role': 'leader-in-charge', 'description': 'Level 3 of 3 (三级审核制): 分管负责同志 — the leader in charge approves (for a policy document: its adoption).'},
    ],
    'confidentialityReviewer': 'confidentiality-reviewer', 'publisher': 'information-publisher',
    'requireInterpretation': True, 'requirePublicConsultation': True, 'requireConsultationChannel': True,
    'cleanUpEvery': 'P1Y',
  },
  'obligations': obl,
}
print(json.dumps(pack, ensure_ascii=False, indent=2))
