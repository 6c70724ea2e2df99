#!/usr/bin/env python3
"""Merge fragment files (sources, translations, wikidata, customsDayThemes keyed by item id) into the dataset, keeping
its layout (the dataset is json.dumps(indent=2, ensure_ascii=False) with a final newline). Usage: apply-fragment.py FILE..."""
import json, os, sys
path=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "wco-knowledge.json")
d=json.load(open(path,encoding='utf-8'))
frags=[json.load(open(f,encoding='utf-8')) for f in sys.argv[1:]]
# index every item by id
items={}
def walk(o):
    if isinstance(o,dict):
        if 'id' in o and 'title' in o and 'summary' in o: items[o['id']]=o
        for v in o.values(): walk(v)
    elif isinstance(o,list):
        for v in o: walk(v)
walk({k:v for k,v in d.items() if k!='sources'})
src_ids={s['id'] for s in d['sources']}
def insert_after(o,key,newkey,value):
    out={}
    for k,v in o.items():
        if k==newkey: continue
        out[k]=v
        if k==key: out[newkey]=value
    o.clear(); o.update(out)
for f in frags:
    for s in f.get('sources',[]):
        if s['id'] in src_ids: continue
        s={k:s.get(k) for k in ['id','title','publisher','url','kind','asOf','note'] if k in s}
        if s.get('note') is None: s.pop('note',None)
        d['sources'].append(s); src_ids.add(s['id'])
    for iid,tr in f.get('translations',{}).items():
        it=items[iid]
        cur=dict(it.get('translations',{}))
        for lang,t in tr.items():
            cur[lang]={'title':t['title'],'aliases':t.get('aliases',[]),'status':t['status'],'statusNote':t.get('statusNote'),'sources':t['sources']}
        insert_after(it,'sources','translations',cur)
    for iid,w in f.get('wikidata',{}).items():
        it=items[iid]
        val={'id':w['id'],'status':w['status'],'statusNote':w.get('statusNote'),'sources':w['sources']}
        insert_after(it,'translations' if 'translations' in it else 'sources','wikidata',val)
    if f.get('customsDayThemes'):
        th=[]
        for t in f['customsDayThemes']:
            e={'year':t['year'],'theme':t['theme'],'status':t['status'],'statusNote':t.get('statusNote'),'sources':t['sources']}
            if t.get('translations'):
                e['translations']={l:{'title':x.get('title',x.get('theme')),'aliases':x.get('aliases',[]),'status':x['status'],'statusNote':x.get('statusNote'),'sources':x['sources']} for l,x in t['translations'].items()}
            th.append(e)
        d['organization']['customsDayThemes']=sorted(th,key=lambda e:e['year'])
d['organization'].setdefault('customsDayThemes',[])
d['formatVersion']=4
# every cited source must exist
cited=set()
def cites(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k=='sources' and isinstance(v,list) and all(isinstance(x,str) for x in v): cited.update(v)
            else: cites(v)
    elif isinstance(o,list):
        for v in o: cites(v)
cites({k:v for k,v in d.items() if k!='sources'})
missing=cited-src_ids; unused=src_ids-cited
print('missing sources',missing,'unused',unused)
open(path,'w',encoding='utf-8').write(json.dumps(d,indent=2,ensure_ascii=False)+'\n')
