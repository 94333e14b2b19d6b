"""The Python package against the command and under the conditions
pipelines put it in: threads, fork, batches with a broken page, timeouts.

Tests marked ``shared`` read ``../shared/eval`` beside the checkout (CI has
it) and fail without it; ``pytest -m "not shared"`` leaves them out.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

import pith_extract
from pith_extract import (
    PithError,
    PithTimeoutError,
    SiteTemplates,
    bare_extraction,
    extract,
    extract_batch,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
DEV = ROOT.parent / "shared" / "eval" / "dev" / "html"
PITH = Path(os.environ.get("PITH_BIN", ROOT / "target" / "release" / "pith"))

FORMATS = {"txt": "text", "markdown": "markdown", "html": "html", "json": "json"}


def corpus_pages() -> list[Path]:
    pages = sorted(
        p
        for p in CORPUS.rglob("*")
        if p.is_file() and not p.name.endswith((".expected.txt", ".expected.md", ".expected.html", ".py"))
    )
    assert len(pages) > 40, "the corpus is missing"
    return pages


def cli(page: Path, fmt: str) -> str:
    assert PITH.exists(), f"build the command first: cargo build --release ({PITH})"
    out = subprocess.run(
        [str(PITH), "--format", fmt, str(page)], capture_output=True, check=True
    ).stdout.decode()
    return out


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_same_output_as_the_command_on_every_corpus_page(fmt: str) -> None:
    for page in corpus_pages():
        want = cli(page, FORMATS[fmt])
        got = extract(page.read_bytes(), output_format=fmt)
        if got is None:
            # nothing kept: the command prints an empty article
            assert want.strip() == "" or fmt == "json", page
            if fmt == "json":
                assert json.loads(want)["text"] == "", page
            continue
        if fmt == "json":
            assert json.loads(got) == json.loads(want), page
        else:
            assert got == want, page


def test_bytes_in_legacy_charsets_are_decoded() -> None:
    for page in sorted(CORPUS.glob("charset-*.html")):
        expected = (CORPUS / page.name.replace(".html", ".expected.txt")).read_text()
        got = extract(page.read_bytes(), with_title=True)
        assert got == expected, page.name
    # the same page as str and as windows-1252 bytes
    html = "<article><p>Le café de la place a rouvert lundi, a dit sa propriétaire, après de longs travaux.</p></article>"
    assert extract(html) == extract(html.encode("cp1252"))


def test_metadata_beside_the_text() -> None:
    doc = bare_extraction((CORPUS / "en-byline.html").read_bytes(), url="https://news.example/a")
    for key in ("title", "author", "date", "language", "sitename", "description", "text", "url"):
        assert key in doc, key
    assert doc["author"] and doc["title"] and doc["text"]
    assert doc["url"]
    kept = [b for b in doc["blocks"] if b["kept"]]
    assert kept and all("score" in b and "reasons" in b for b in doc["blocks"])


def test_bad_arguments_raise() -> None:
    with pytest.raises(ValueError):
        extract("<p>x</p>", output_format="pdf")
    with pytest.raises(ValueError):
        extract("<p>x</p>", favor_precision=True, favor_recall=True)
    with pytest.raises(ValueError):
        extract("<p>x</p>", timeout=0)
    with pytest.raises(TypeError):
        extract(12)  # type: ignore[arg-type]
    with pytest.raises(PithError, match="binary"):
        extract(b"\x00\x01\x02\x03" * 200)


def big_page(paragraphs: int) -> str:
    p = "<p>More text in a paragraph of the page, as pages have, about the council and its vote.</p>"
    return f"<html><body><article><h1>A long page</h1>{p * paragraphs}</article></body></html>"


def test_a_page_over_its_timeout_raises() -> None:
    page = big_page(40_000)
    with pytest.raises(PithTimeoutError) as info:
        extract(page, timeout=0.001)
    assert isinstance(info.value, TimeoutError)
    results = extract_batch([page, "<p>A short page with one sentence in it, as a test.</p>"], timeout=0.001)
    assert isinstance(results[0], PithTimeoutError)
    assert extract(page, timeout=60) is not None


def dev_pages(n: int) -> list[bytes]:
    pages = sorted(DEV.glob("*.html.gz"))[:n]
    assert len(pages) == n, f"{DEV} is missing"
    return [p.read_bytes() for p in pages]


@pytest.mark.shared
def test_a_batch_of_dev_pages_with_a_broken_one_in_place() -> None:
    pages = dev_pages(200)
    broken = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    pages.insert(100, broken)
    results = extract_batch(pages, threads=2)
    assert len(results) == 201
    assert isinstance(results[100], PithError)
    for i in (0, 99, 101, 200):
        assert results[i] == extract(pages[i]), i
    assert sum(isinstance(r, str) for r in results) > 190
    # the same through the command, page for page
    docs = extract_batch(pages[:20], with_metadata=True)
    assert all(isinstance(d, dict) and "title" in d for d in docs)


def test_the_gil_is_released_during_a_batch() -> None:
    pages = [big_page(300)] * 400
    ticks = 0
    stop = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1

    t = threading.Thread(target=count)
    t.start()
    try:
        # the counter's pace with the interpreter to itself
        before, start = ticks, time.monotonic()
        time.sleep(0.2)
        rate = (ticks - before) / (time.monotonic() - start)
        before, start = ticks, time.monotonic()
        extract_batch(pages, threads=1)
        took = time.monotonic() - start
        during = ticks - before
    finally:
        stop.set()
        t.join()
    # held off by the GIL, the counter would only run before and after the
    # call; released, it keeps its pace throughout
    assert took > 0.2, took
    assert during > 0.3 * rate * took, (during, rate, took)


def _work(pages: list[str]) -> list[str | None]:
    return [r if not isinstance(r, Exception) else None for r in extract_batch(pages, threads=2)]


def test_a_fork_after_a_batch_finishes() -> None:
    pages = [big_page(50)] * 20
    assert all(isinstance(r, str) for r in extract_batch(pages, threads=2))
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        done = pool.map_async(_work, [pages[:10], pages[10:]])
        results = done.get(timeout=120)
    assert [len(r) for r in results] == [10, 10]
    assert all(isinstance(r, str) for chunk in results for r in chunk)


def _datasets_map(batch: dict) -> dict:
    return {"text": extract_batch(batch["html"], threads=1)}


def test_datasets_map_with_two_processes_after_a_batch() -> None:
    import datasets

    extract_batch([big_page(10)] * 8, threads=2)
    pages = [(CORPUS / p).read_text(errors="replace") for p in ("en-ads.html", "en-share.html")] * 10
    ds = datasets.Dataset.from_dict({"html": pages})
    out = ds.map(_datasets_map, batched=True, batch_size=5, num_proc=2, remove_columns=["html"])
    assert out["text"] == [extract(p) for p in pages]


def test_datatrove_local_pipeline_fills_the_metadata(tmp_path: Path) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from pith_extract.datatrove import PithExtractor

    src = tmp_path / "in"
    src.mkdir()
    names = ["en-byline.html", "en-ads.html", "en-most-read-tipline.html", "de-boilerplate.html"]
    with open(src / "pages.jsonl", "w") as f:
        for i, name in enumerate(names):
            html = (CORPUS / name).read_text(errors="replace")
            f.write(json.dumps({"id": str(i), "text": html, "metadata": {"url": f"https://news.example/{i}"}}) + "\n")
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(src)),
            PithExtractor(batch_size=3),
            JsonlWriter(str(out), compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    docs = [json.loads(line) for p in sorted(out.glob("*.jsonl")) for line in p.read_text().splitlines()]
    assert len(docs) == len(names)
    by_id = {d["id"]: d for d in docs}
    byline = by_id["0"]
    want = extract((CORPUS / names[0]).read_bytes(), url="https://news.example/0")
    assert want and byline["text"] == want.rstrip("\n")
    for key in ("title", "author", "language"):
        assert byline["metadata"].get(key), key
    assert by_id["3"]["metadata"]["language"] == "de"


def test_the_package_says_its_version() -> None:
    assert pith_extract.__version__ == pith_extract.version()


CLOSING = "The Valley Courier has served readers across the whole county."


def courier_page(slug: str, story: str) -> str:
    return (
        f"<html><body><div><a href='/'>Courier front page</a></div><article><h1>The {slug} story</h1>"
        f"<p>{story}</p><p>Residents said the {slug} news was discussed at length in the town, "
        f"where people gathered to talk about what it meant for them.</p><p>{CLOSING}</p></article></body></html>"
    )


STORIES = {
    "flood": "River levels rose sharply overnight after the storm, and the town council opened two shelters near the bridge.",
    "school": "The new school building will open in September, the district said, after two years of delays caused by costs.",
    "market": "Farmers at the Saturday market reported record sales of apples, helped by a mild autumn and a new bus route.",
}


def test_site_templates_learn_a_batch_and_serve_the_next_call(tmp_path: Path) -> None:
    pages = [courier_page(s, t) for s, t in STORIES.items()]
    urls = [f"https://courier.example/{s}" for s in STORIES]
    plain = extract_batch(pages, urls=urls)
    assert all(CLOSING in t for t in plain)
    t = SiteTemplates()
    texts = extract_batch(pages, urls=urls, templates=t)
    assert len(t) == 1 and t.pages("https://www.courier.example/") == 3
    for text, story in zip(texts, STORIES.values()):
        assert text.startswith(story) and CLOSING not in text
    # a later call, one page: what the first learned still holds
    later = extract_batch([courier_page("bridge", "The old bridge will close for repairs in spring, the engineer said on Monday.")],
                          urls=["https://courier.example/bridge"], templates=t)
    assert CLOSING not in later[0]
    # saved, the command reads them
    path = tmp_path / "courier.templates"
    t.save(path)
    assert SiteTemplates.load(path).pages("https://courier.example/") == 4
    page = tmp_path / "bridge.html"
    page.write_text(courier_page("bridge", "The old bridge will close for repairs in spring, the engineer said on Monday.")
                    .replace("<html>", "<html><head><link rel=canonical href='https://courier.example/bridge'></head>"))
    out = subprocess.run([str(PITH), "--templates", str(path), str(page)], capture_output=True, check=True).stdout.decode()
    assert out.startswith("The old bridge") and CLOSING not in out


def test_a_templates_file_that_is_not_one_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.templates"
    path.write_text("not json\n")
    with pytest.raises(PithError, match="line 1"):
        SiteTemplates.load(path)
