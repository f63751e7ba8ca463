#!/bin/bash
# after the full build: size, cache seeding, ask, serve, eval, incremental (all niced)
set -x
cd /work/wt/11d
export HEALTHQA_DATA=/tmp/s5/data-11d PYTHONPATH=.
D=/tmp/s5/data-11d; I=$D/idx-medquad; C=$D/medquad; L=$D/logs
du -sb $I; du -sb $I/gen-*; ls -la $I/gen-*
.venv/bin/python -c "import json,glob; m=json.load(open(glob.glob('$I/gen-*/manifest.json')[0])); print({k: m[k] for k in ('passages','sentences','backend','model_files') if k in m})"
cat /proc/loadavg
nice -n 10 .venv/bin/python bench/cache_from_index.py $I $D/gate-int8-alone.sqlite3 --check 64
cat /proc/loadavg
head -n 5 /work/shared/datasets/medquad/dev-questions.jsonl | .venv/bin/python -c "import sys,json; [print(json.dumps({'question': json.loads(l)['question']})) for l in sys.stdin]" > $L/dev5.jsonl
for q in "What is (are) Lentigo maligna melanoma ?" "What is (are) Alzheimer's Caregiving ?"; do
  /usr/bin/time -f "ask wall %e s, maxrss %M KB" nice -n 10 .venv/bin/python -m app ask --corpus $C --index $I --json "$q" > $L/ask_one.json
  .venv/bin/python -c "import json; r=json.load(open('$L/ask_one.json')); print([ (q.get('doc_id'), q.get('section'), q.get('text','')[:80]) for q in r.get('quotes',[])][:3])"
done
/usr/bin/time -f "ask --jsonl 5: wall %e s, maxrss %M KB" nice -n 10 .venv/bin/python -m app ask --corpus $C --index $I --jsonl < $L/dev5.jsonl > $L/ask5.jsonl
cat /proc/loadavg
nice -n 10 .venv/bin/python -c "
from pathlib import Path; from bench.light import serve_once; import json, os
for r in range(2):
    print(json.dumps(serve_once(Path('$C'), Path('$I'), 'onnx-int8', Path('$L/serve%d.log' % r))), os.getloadavg(), flush=True)
"
cat /proc/loadavg
/usr/bin/time -f "eval wall %e s, maxrss %M KB" nice -n 10 .venv/bin/python -m app eval /work/shared/datasets/medquad/dev-questions.jsonl --corpus $C --index $I --json-out $L/eval_full.json
cat /proc/loadavg
nice -n 10 .venv/bin/python bench/incremental.py --index $I --out incremental_int8
cat /proc/loadavg
