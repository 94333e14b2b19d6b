"""A datatrove extractor backed by pith.

Importable only where datatrove is installed (``pip install pith-extract[datatrove]``)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from pith_extract.datatrove import PithExtractor

    LocalPipelineExecutor(pipeline=[
        JsonlReader("crawl/", text_key="html"),
        PithExtractor(),
        JsonlWriter("articles/"),
    ]).run()

Unlike datatrove's other extractors, documents are extracted in batches on
pith's threads, in this process: pith bounds each page's time itself, so no
sandbox process is needed. Each kept document's ``metadata`` gains
``title``, ``author``, ``date``, ``language``, ``sitename`` and
``description`` where pith found them.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, List

try:
    # datatrove ships no type information
    from datatrove.data import Document  # type: ignore[import-untyped]
    from datatrove.pipeline.extractors.base import BaseExtractor  # type: ignore[import-untyped]
    from datatrove.utils.typeshelper import StatHints  # type: ignore[import-untyped]
except ImportError as e:  # pragma: no cover - the message is the point
    raise ImportError("pith_extract.datatrove needs datatrove: pip install datatrove") from e

from ._pith import extract, extract_batch

METADATA_KEYS = ("title", "author", "date", "language", "sitename", "description")


class PithExtractor(BaseExtractor):
    """Extracts each document's article with pith and fills its metadata.

    Args:
        timeout: seconds a page may take before it is dropped (a ``timeout``
            stat), checked inside pith.
        batch_size: documents handed to pith at once.
        threads: pith's threads in this process (0: all cores).
        output_format: ``txt``, ``markdown`` or ``html`` for ``doc.text``.
        favor_precision, favor_recall, include_comments, include_tables:
            as in :func:`pith_extract.extract`.
    """

    name = "⛏ pith"

    def __init__(
        self,
        timeout: float = 1.0,
        batch_size: int = 256,
        threads: int = 0,
        output_format: str = "txt",
        favor_precision: bool = False,
        favor_recall: bool = False,
        include_comments: bool = False,
        include_tables: bool = True,
    ):
        super().__init__(timeout)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.batch_size = batch_size
        self.threads = threads
        self.options: dict[str, Any] = dict(
            output_format=output_format,
            favor_precision=favor_precision,
            favor_recall=favor_recall,
            include_comments=include_comments,
            include_tables=include_tables,
        )

    def extract(self, text: str) -> str:
        """One page's article (empty when nothing is kept)."""
        return extract(text, timeout=self.timeout, **self.options) or ""

    def run(self, data: Iterable[Document], rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        batch: List[Document] = []
        for doc in data:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._extract_batch(batch)
                batch = []
        if batch:
            yield from self._extract_batch(batch)

    def _extract_batch(self, docs: List[Document]) -> Iterator[Document]:
        with self.track_time(unit="batch"):
            results = extract_batch(
                [d.text for d in docs],
                urls=[d.metadata.get("url") for d in docs],
                timeout=self.timeout,
                threads=self.threads,
                with_metadata=True,
                **self.options,
            )
        for doc, result in zip(docs, results):
            self.stat_update(StatHints.total)
            if isinstance(result, TimeoutError):
                self.stat_update("timeout")
                continue
            if isinstance(result, Exception) or not isinstance(result, dict):
                self.stat_update("clean_error")
                continue
            text = result.get("output") or ""
            if not text.strip():
                self.stat_update(StatHints.dropped)
                continue
            self.stat_update("extracted")
            doc.text = text.rstrip("\n")
            for key in METADATA_KEYS:
                if result.get(key):
                    doc.metadata[key] = result[key]
            self.stat_update(StatHints.forwarded)
            self.update_doc_stats(doc)
            yield doc
