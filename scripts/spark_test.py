#!/usr/bin/env python3
"""Checks that the Spark job gives exactly the facts of a single-machine run.

Input: the labeled corpus articles, up to N documents of the news benchmark
(../shared/data/news_benchmark, skipped with a notice when absent), and a few
deliberately broken lines. Runs scripts/spark_extract.py on local[2], runs
`newsfacts extract` on the same JSONL, and asserts per document id that the
Parquet tables hold the same rows, that every broken line comes through as an
error record, and that no document is lost or duplicated.
"""

import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter

import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from spark_extract import TABLES, flatten  # noqa: E402

BINARY = os.path.join(ROOT, "target", "release", "newsfacts")
N_BENCH = int(os.environ.get("NEWSFACTS_SPARK_DOCS", "3000"))


def build_input(path):
    lines = []
    for txt in sorted(glob.glob(os.path.join(ROOT, "corpus", "articles", "*.txt"))):
        gold_path = txt[:-4] + ".json"
        rec = {"id": "corpus/" + os.path.basename(txt)[:-4], "text": open(txt, encoding="utf-8").read()}
        if os.path.exists(gold_path):
            gold = json.load(open(gold_path, encoding="utf-8"))
            if gold.get("date_in_metadata"):
                rec["date"] = gold["date"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    for txt in sorted(glob.glob(os.path.join(ROOT, "examples", "articles", "*.txt"))):
        lines.append(json.dumps({"id": "example/" + os.path.basename(txt), "text": open(txt).read()}))
    data = os.environ.get("NEWSFACTS_DATA") or os.path.join(ROOT, "..", "shared", "data")
    bench = os.path.join(data, "news_benchmark", "news_benchmark.jsonl")
    if os.path.exists(bench):
        with open(bench, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= N_BENCH:
                    break
                lines.append(line.rstrip("\n"))
    else:
        print(f"notice: {bench} not found; running on the corpus only", file=sys.stderr)
    broken = ['{"id": "broken-1", "text": ', '{"id": "broken-2", "text": "   "}', "not json at all"]
    # Spread the broken lines through the input so they land in different partitions.
    for k, b in enumerate(broken):
        lines.insert((k + 1) * len(lines) // (len(broken) + 1), b)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return lines, broken


def read_table(folder):
    if not os.path.exists(folder):
        return []
    rows = pq.read_table(folder).to_pylist()
    return rows


def key(row, cols):
    return tuple(row.get(c) for c in cols)


def main():
    work = tempfile.mkdtemp(prefix="newsfacts-spark-")
    input_path = os.path.join(work, "input.jsonl")
    lines, broken = build_input(input_path)
    print(f"input: {len(lines)} lines ({len(broken)} broken)", file=sys.stderr)

    t0 = time.time()
    local = subprocess.run([BINARY, "extract", "--quiet", "--inline-errors", input_path],
                           capture_output=True, check=False)
    t_local = time.time() - t0
    assert local.returncode == 3, f"local run should report the broken lines (exit 3), got {local.returncode}"
    local_records = [json.loads(l) for l in local.stdout.decode("utf-8").splitlines()]
    assert len(local_records) == len(lines)

    out = os.path.join(work, "facts")
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    t0 = time.time()
    subprocess.run([sys.executable, os.path.join(HERE, "spark_extract.py"), "--master", "local[2]",
                    "--input", input_path, "--output", out, "--binary", BINARY, "--partitions", "4"],
                   check=True, env=env)
    t_spark = time.time() - t0

    expected = {t: Counter() for t in TABLES}
    for i, rec in enumerate(local_records):
        for table, row in flatten(rec, i):
            expected[table][key(row, TABLES[table])] += 1
    for table, cols in TABLES.items():
        got = Counter(key(r, cols) for r in read_table(os.path.join(out, table)))
        assert got == expected[table], (
            f"table {table}: {sum((got - expected[table]).values())} unexpected rows, "
            f"{sum((expected[table] - got).values())} missing rows")
        print(f"{table}: {sum(got.values())} rows match", file=sys.stderr)

    docs = read_table(os.path.join(out, "documents"))
    ids = Counter(d["doc_id"] for d in docs)
    dup = [i for i, n in ids.items() if n > 1]
    assert not dup, f"duplicated documents: {dup[:5]}"
    errors = read_table(os.path.join(out, "errors"))
    assert len(docs) + len(errors) == len(lines), "a record was lost"
    broken_at = {i for i, l in enumerate(lines) if l in broken}
    assert {e["record_index"] for e in errors} == broken_at, errors
    assert "broken-2" in {e["doc_id"] for e in errors}, "an error record keeps the id when it can be read"
    # Partitioned by document month.
    months = {os.path.basename(p) for p in glob.glob(os.path.join(out, "documents", "date_month=*"))}
    assert months, "documents table is not partitioned by date_month"
    print(json.dumps({"records": len(lines), "documents": len(docs), "errors": len(errors),
                      "spark_local2_seconds": round(t_spark, 1), "single_machine_seconds": round(t_local, 2)}))


if __name__ == "__main__":
    main()
