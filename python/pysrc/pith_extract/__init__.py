"""pith: strip ads and boilerplate from scraped news; keep the article body.

The API follows trafilatura's where it has a counterpart::

    from pith_extract import extract, bare_extraction, extract_batch
    text = extract(html)                          # str | None
    doc = bare_extraction(html, url=url)          # dict: title, author, date, ...
    texts = extract_batch(pages, threads=0)       # list, an error in a failed page's place

``html`` is ``str`` or ``bytes`` (bytes go through pith's charset detection,
gzip included). Every call releases the GIL while pith works; batches run on
a thread pool of this process (made anew after a ``fork``).
"""

from ._errors import PithError, PithTimeoutError
from ._pith import bare_extraction, extract, extract_batch, version

__all__ = [
    "PithError",
    "PithTimeoutError",
    "bare_extraction",
    "extract",
    "extract_batch",
    "version",
]
__version__ = version()
