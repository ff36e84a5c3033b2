#!/bin/bash
# usage: run.sh NN script scenario [letter]
cd /work/V100_calls
export TRAINER_TRANSCRIPTS=/tmp/V100_tr
n=$1; s=$2; sc=$3; l=$4
args=(play "$sc" --script /tmp/V100_calls/$s --seed 1 --today 2026-12-07)
[ -n "$l" ] && args+=(--letter /tmp/V100_calls/$l)
.venv/bin/python -m trainer "${args[@]}" > /tmp/V100_calls/out/${s%.txt}.out.txt 2>&1
.venv/bin/python -m trainer "${args[@]}" --json > /tmp/V100_calls/out/${s%.txt}.json 2>/tmp/V100_calls/out/${s%.txt}.json.err
