#!/usr/bin/env python3
"""Run `newsfacts extract` on Apache Spark and write the facts as Parquet tables.

Each partition of the input is streamed through the newsfacts binary in filter
mode (`newsfacts extract -`: JSONL in on stdin, exactly one JSONL line out per
input line, in order). The binary is shipped to the executors with
`SparkContext.addFile`; the bundled gazetteers and rules are compiled into it,
and user gazetteer/rule files given here are shipped the same way.

Output (under --output): one Parquet table per fact kind, with the columns of
the CSV tables (docs/output.md) plus `date_month` (YYYY-MM of the document
date, or "unknown"), the partition column:
documents, entities, mentions, timexes, events, event_arguments, quotes,
relations, and errors (records newsfacts could not process). With --raw-jsonl,
the raw JSONL records are written too (output/raw_jsonl/).

Example:
  spark-submit scripts/spark_extract.py --input 'dumps/*.jsonl.gz' \
      --binary target/release/newsfacts --output facts/ --partitions 64
"""

import argparse
import json
import os
import shlex
import stat
import subprocess
import sys
import threading

# Columns of the CSV tables (keep in step with src/output/csv.rs and docs/output.md).
EVENT_ROLE_COLUMNS = [
    "donor", "recipient", "item", "amount", "participant", "organizer", "topic", "mode",
    "visitor", "host", "party", "speaker", "content", "place",
]
TABLES = {
    "documents": ["doc_id", "title", "url", "date", "date_source", "sentences", "entities", "timexes",
                  "events", "quotes", "relations", "warnings"],
    "entities": ["doc_id", "entity_id", "type", "name", "kb_id", "source", "country", "mention_count",
                 "attributes"],
    "mentions": ["doc_id", "entity_id", "start", "end", "text", "sentence"],
    "timexes": ["doc_id", "timex_id", "type", "value", "anchor", "text", "start", "end", "sentence"],
    "events": ["doc_id", "event_id", "type", "status", "date", "date_basis", "timex_id", "trigger",
               "trigger_start", "trigger_end", "sentence", "countries", "rule", "confidence"]
              + EVENT_ROLE_COLUMNS + ["other_roles", "evidence"],
    "event_arguments": ["doc_id", "event_id", "role", "text", "start", "end", "entity_id", "value"],
    "quotes": ["doc_id", "quote_id", "kind", "speaker_id", "speaker_text", "text", "start", "end",
               "sentence"],
    "relations": ["doc_id", "relation_id", "type", "subject_id", "subject_name", "object_id",
                  "object_name", "role", "sentence"],
    "errors": ["doc_id", "error", "record_index"],
}
INT_COLUMNS = {"sentences", "entities", "timexes", "events", "quotes", "relations", "mention_count",
               "start", "end", "sentence", "trigger_start", "trigger_end", "record_index"}
FLOAT_COLUMNS = {"confidence"}


def flatten(record, record_index):
    """Turns one newsfacts JSONL record into (table, row-dict) pairs.

    Pure Python and independent of Spark, so the test can apply it to the
    single-machine output and compare.
    """
    if "error" in record:
        yield "errors", {"doc_id": record.get("id"), "error": record["error"],
                         "record_index": record_index}
        return
    doc = record["id"]
    month = (record.get("date") or "")[:7] or "unknown"
    ents = {e["id"]: e for e in record["entities"]}

    def row(table, **values):
        values["doc_id"] = doc
        values["date_month"] = month
        return table, values

    yield row("documents", title=record["title"], url=record["url"], date=record["date"],
              date_source=record["date_source"], sentences=len(record["sentences"]),
              entities=len(record["entities"]), timexes=len(record["timexes"]),
              events=len(record["events"]), quotes=len(record["quotes"]),
              relations=len(record["relations"]), warnings="; ".join(record["warnings"]))
    for e in record["entities"]:
        attrs = "; ".join(f"{k}={v}" for k, v in sorted(e["attributes"].items()))
        yield row("entities", entity_id=e["id"], type=e["type"], name=e["name"], kb_id=e["kb_id"],
                  source=e["source"], country=e["attributes"].get("country"),
                  mention_count=len(e["mentions"]), attributes=attrs)
        for m in e["mentions"]:
            yield row("mentions", entity_id=e["id"], start=m["start"], end=m["end"], text=m["text"],
                      sentence=m["sentence"])
    for t in record["timexes"]:
        yield row("timexes", timex_id=t["id"], type=t["type"], value=t["value"], anchor=t["anchor"],
                  text=t["text"], start=t["start"], end=t["end"], sentence=t["sentence"])
    for v in record["events"]:
        def arg_value(a):
            if a["entity"] is not None and a["entity"] in ents:
                return ents[a["entity"]]["name"]
            return a["value"] if a["value"] is not None else a["text"]
        roles = {r: "; ".join(arg_value(a) for a in v["arguments"] if a["role"] == r)
                 for r in EVENT_ROLE_COLUMNS}
        other = "; ".join(f"{a['role']}={arg_value(a)}" for a in v["arguments"]
                          if a["role"] not in EVENT_ROLE_COLUMNS)
        yield row("events", event_id=v["id"], type=v["type"], status=v["status"], date=v["date"],
                  date_basis=v["date_basis"], timex_id=v["timex"], trigger=v["trigger"]["text"],
                  trigger_start=v["trigger"]["start"], trigger_end=v["trigger"]["end"],
                  sentence=v["sentence"], countries="; ".join(v["countries"]), rule=v["rule"],
                  confidence=float(v["confidence"]), other_roles=other, evidence=v["evidence"], **roles)
        for a in v["arguments"]:
            yield row("event_arguments", event_id=v["id"], role=a["role"], text=a["text"],
                      start=a["start"], end=a["end"], entity_id=a["entity"], value=a["value"])
    for q in record["quotes"]:
        yield row("quotes", quote_id=q["id"], kind=q["kind"], speaker_id=q["speaker"],
                  speaker_text=q["speaker_text"], text=q["text"], start=q["start"], end=q["end"],
                  sentence=q["sentence"])
    for r in record["relations"]:
        yield row("relations", relation_id=r["id"], type=r["type"], subject_id=r["subject"],
                  subject_name=ents.get(r["subject"], {}).get("name"), object_id=r["object"],
                  object_name=ents.get(r["object"], {}).get("name"), role=r["role"],
                  sentence=r["sentence"])


def pipe_partition(binary_name, extra_args):
    """Returns a mapPartitions function that streams records through newsfacts.

    Like RDD.pipe, but it checks the one-line-out-per-line-in contract and
    keeps each output line with its input's global index.
    """

    def run(records):
        from pyspark import SparkFiles

        records = list(records)
        if not records:
            return
        binary = SparkFiles.get(binary_name)
        mode = os.stat(binary).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(binary, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        args = [binary, "extract", "-", "--quiet", "--threads", "1"] + extra_args
        proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

        def feed():
            try:
                for _, line in records:
                    # A record containing a newline would break the line contract.
                    proc.stdin.write(line.replace("\n", " ").encode("utf-8") + b"\n")
                proc.stdin.close()
            except BrokenPipeError:
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        stderr_chunks = []
        err_reader = threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read()), daemon=True)
        err_reader.start()
        outputs = proc.stdout.read().decode("utf-8").splitlines()
        writer.join()
        err_reader.join()
        code = proc.wait()
        # Exit 3 means some records failed; they are in the output as error records.
        if code not in (0, 3):
            raise RuntimeError(f"newsfacts exited with {code}: {b''.join(stderr_chunks).decode()[:2000]}")
        if len(outputs) != len(records):
            raise RuntimeError(f"newsfacts wrote {len(outputs)} lines for {len(records)} records")
        for (index, _), out in zip(records, outputs):
            yield index, out

    return run


def txt_to_jsonl(root):
    """Maps (path, content) from wholeTextFiles to a JSONL record, id = path under root."""

    def conv(pair):
        path, content = pair
        rel = path.split(root.rstrip("/") + "/", 1)[-1] if root else path
        return json.dumps({"id": rel, "text": content}, ensure_ascii=False)

    return conv


def spark_schema(table):
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    fields = []
    for c in TABLES[table]:
        t = LongType() if c in INT_COLUMNS else DoubleType() if c in FLOAT_COLUMNS else StringType()
        fields.append(StructField(c, t, True))
    if table != "errors":
        fields.append(StructField("date_month", StringType(), False))
    return StructType(fields)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="path or glob of JSONL (.gz ok) or a folder of .txt files")
    ap.add_argument("--input-format", choices=["jsonl", "txt"], default="jsonl")
    ap.add_argument("--output", required=True, help="output folder for the Parquet tables")
    ap.add_argument("--binary", default="target/release/newsfacts", help="the newsfacts binary to ship")
    ap.add_argument("--partitions", type=int, default=0, help="number of partitions (default: Spark's)")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--id-field", default="id")
    ap.add_argument("--date-field", default="date")
    ap.add_argument("--gazetteer", action="append", default=[], help="extra gazetteer TSV to ship")
    ap.add_argument("--rules", action="append", default=[], help="extra rule file to ship")
    ap.add_argument("--extra-args", default="", help="more newsfacts extract options, shell-quoted")
    ap.add_argument("--raw-jsonl", action="store_true", help="also write the raw JSONL records")
    ap.add_argument("--master", default=None, help="Spark master (default: from spark-submit)")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("newsfacts-extract").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")

    binary_name = os.path.basename(args.binary)
    sc.addFile(os.path.abspath(args.binary))
    extra = ["--text-field", args.text_field, "--id-field", args.id_field, "--date-field", args.date_field]
    for g in args.gazetteer:
        sc.addFile(os.path.abspath(g))
        extra += ["--gazetteer", "__SPARKFILE__" + os.path.basename(g)]
    for r in args.rules:
        sc.addFile(os.path.abspath(r))
        extra += ["--rules", "__SPARKFILE__" + os.path.basename(r)]
    extra += shlex.split(args.extra_args)

    if args.input_format == "txt":
        lines = sc.wholeTextFiles(args.input, minPartitions=args.partitions or None).map(
            txt_to_jsonl(args.input))
    else:
        lines = sc.textFile(args.input, minPartitions=args.partitions or None)
    if args.partitions:
        lines = lines.repartition(args.partitions) if args.input_format == "txt" else lines
    indexed = lines.zipWithIndex().map(lambda p: (p[1], p[0]))

    def resolve_files(extra_args):
        def run(records):
            from pyspark import SparkFiles
            resolved = [SparkFiles.get(a[len("__SPARKFILE__"):]) if a.startswith("__SPARKFILE__") else a
                        for a in extra_args]
            return pipe_partition(binary_name, resolved)(records)
        return run

    piped = indexed.mapPartitions(resolve_files(extra)).cache()
    if args.raw_jsonl:
        piped.sortByKey().map(lambda p: p[1]).saveAsTextFile(os.path.join(args.output, "raw_jsonl"))

    rows = piped.flatMap(lambda p: flatten(json.loads(p[1]), p[0])).cache()
    for table in TABLES:
        cols = TABLES[table] + ([] if table == "errors" else ["date_month"])
        # Tuples in schema order: Row(**kwargs) field order differs across Spark versions.
        part = rows.filter(lambda tr, t=table: tr[0] == t).map(
            lambda tr, cols=cols: tuple(tr[1].get(c) for c in cols))
        df = spark.createDataFrame(part, schema=spark_schema(table))
        writer = df.write.mode("overwrite")
        if table != "errors":
            writer = writer.partitionBy("date_month")
        writer.parquet(os.path.join(args.output, table))
    n_in = indexed.count()
    n_out = piped.count()
    print(json.dumps({"records_in": n_in, "records_out": n_out}), file=sys.stderr)
    spark.stop()
    return 0 if n_in == n_out else 1


if __name__ == "__main__":
    sys.exit(main())
