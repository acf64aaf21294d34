#!/usr/bin/env bash
# Tests the Spark pipe job in local mode against a single-machine run (issue 8).
# Creates and caches a virtual environment with pinned PySpark; installs Java 17 if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${NEWSFACTS_SPARK_VENV:-$HOME/.cache/newsfacts/spark-venv-3.5.3}"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyspark, pyarrow" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "pyspark==3.5.3" "pyarrow==26.0.1"
fi
if ! command -v java >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq openjdk-17-jre-headless
  else
    echo "java is missing and apt-get is not available" >&2; exit 1
  fi
fi
cargo build --release --quiet
"$VENV/bin/python" scripts/spark_test.py "$@"
