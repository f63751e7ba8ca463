#!/usr/bin/env bash
# Run every benchmark in turn (one heavy job at a time), from the repo root:
#
#   bash bench/run_all.sh            # everything: about 2.5 hours on 2 shared cores
#   QUICK=1 bash bench/run_all.sh    # seed corpus + 500 MedQuAD documents: about 15 minutes
#
# Needs: the app venv (.venv), MedQuAD in /work/shared (unpacked to $HEALTHQA_DATA/medquad,
# default /work/data, on first use), and for the LangChain comparison a second venv at
# $HEALTHQA_COMPARE_VENV (default /work/data/venv-compare; see bench/compare.py). Results go to
# bench/out/*.json (committed), logs to $HEALTHQA_DATA/logs; bench/plot.png is redrawn from
# bench/out/scale.json.
set -euo pipefail
cd "$(dirname "$0")/.."
. .venv/bin/activate
export PYTHONPATH=.
DATA="${HEALTHQA_DATA:-/work/data}"
LOGS="$DATA/logs"
mkdir -p "$LOGS"
run() {  # run NAME CMD...: print and log the command and its output
  local name=$1; shift
  echo "== $name: $*"
  "$@" 2>&1 | grep -v -i -E "warning|warn\(" | tee "$LOGS/$name.log"
}

run ask_latency python bench/ask_latency.py
PASSAGES=256; [[ -n "${QUICK:-}" ]] && PASSAGES=64
run embed_speed python bench/embed_speed.py --passages "$PASSAGES" --queries 60 --rounds 2
if [[ -n "${QUICK:-}" ]]; then
  run variants python bench/variants.py --sets seed
  run scale python bench/scale.py --sizes seed,500 --questions 30
  run ann python bench/ann.py --n 100000 --queries 100 --budget 60
  if [[ -x "${HEALTHQA_COMPARE_VENV:-$DATA/venv-compare}/bin/python" ]]; then
    run compare python bench/compare.py --sets seed
  fi
  run plot python bench/plot.py
  exit 0
fi
# Full MedQuAD with the product's own build (fresh), query latency at 4 sizes, and the plot.
run scale python bench/scale.py --sizes seed,500,subset,full
run plot python bench/plot.py
run eval_seed python -m app eval eval/seed-questions.jsonl
run eval_medquad python -m app eval /work/shared/datasets/medquad/dev-questions.jsonl \
  --corpus "$DATA/medquad" --index "$DATA/idx-medquad"
# Retrieval variants: mode on all sets (no rebuild); backends on seed + subset (onnx fp32 on seed
# only: its vectors equal torch's); passage size and context on seed + subset, embedded with
# onnx-int8 (a subset rebuild takes ~5 min with it, ~17 with torch fp32 on a shared machine).
run variants_mode python bench/variants.py --sets seed,subset,full --axes mode --out variants_mode
run variants_backend python bench/variants.py --sets seed,subset --axes backend \
  --only default,backend=bf16,seed:backend=onnx,backend=onnx-int8 --out variants_backend
run variants_passages python bench/variants.py --sets seed,subset --axes max_words,embed_context \
  --base backend=onnx-int8 --out variants_passages
run incremental python bench/incremental.py
run votes python bench/votes.py  # a PostgreSQL server: HEALTHQA_TEST_DATABASE_URL, or one started
run report python bench/report.py --backends fake,onnx --sizes 2000,10000
run ann python bench/ann.py --n 1000000 --queries 300 --budget 300
if [[ -x "${HEALTHQA_COMPARE_VENV:-$DATA/venv-compare}/bin/python" ]]; then
  run compare python bench/compare.py --sets seed,500
  run compare_context python bench/compare.py --sets 500 --text context
else
  echo "skipped the LangChain comparison: no venv (see bench/compare.py)"
fi
