import json,sys
d=json.load(sys.stdin)
print(d['report'])
for e in d['entities']:
  if e['type']=='Topic': continue
  print(e['type'][:4], e['id'], '|', e['name'], '|', e.get('aliases')[:3], e.get('startDate',''), e.get('endDate',''), e.get('titles',''), e.get('audience',''), e.get('countryCode',''))
print('topics:', [e['id'] for e in d['entities'] if e['type']=='Topic'])
for r in d['relations']:
  if r['type'] in ('COVERED','ADDRESSES','PRESENTED_AT'): continue
  print(r['type'], r['from'], '->', r['to'], round(r['confidence'],2), r.get('roles',''))
print(d['mergeCandidates'])
