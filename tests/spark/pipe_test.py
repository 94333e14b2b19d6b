"""Spark's RDD.pipe through `pith --jsonl`: 1 000 records in, 1 000 back,
each with its id and an article, in order.

Run by tests/spark/run.sh (which makes a virtual environment with pyspark):
    python pipe_test.py target/release/pith
"""
import json
import os
import shlex
import sys

from pyspark import SparkConf, SparkContext

N = 1000


def page(i):
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
        f"<h1>Story number {i}</h1><p>Officials in the town of Harwick said on Monday "
        f"that story number {i} had been filed, and that the council would meet again "
        "next week to decide.</p><p>Residents were asked to send their comments before "
        "the meeting, the mayor said.</p></article><footer>© 2024 Ledger</footer></body></html>"
    )


def main():
    pith = os.path.abspath(sys.argv[1])
    conf = (
        SparkConf()
        .setMaster("local[2]")
        .setAppName("pith-pipe-test")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        records = [json.dumps({"id": i, "html": page(i)}) for i in range(N)]
        lines = sc.parallelize(records, 8).pipe(shlex.join([pith, "--jsonl", "-q"])).collect()
    finally:
        sc.stop()

    assert len(lines) == N, f"{len(lines)} records came back, not {N}"
    for i, line in enumerate(lines):
        rec = json.loads(line)
        assert rec["id"] == i, f"record {i} came back as id {rec['id']}"
        article = rec["article"]
        assert article.startswith(f"Officials in the town of Harwick said on Monday that story number {i} "), article
        assert "Home" not in article and "©" not in article, article
        assert "error" not in rec, rec["error"]
    print(f"spark: {N} records piped through pith, all back with their ids and articles")


if __name__ == "__main__":
    main()
