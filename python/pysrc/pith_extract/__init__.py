"""pith: strip ads and boilerplate from scraped news; keep the article body.

The API follows trafilatura's where it has a counterpart::

    from pith_extract import extract, bare_extraction, extract_batch
    text = extract(html)                          # str | None
    doc = bare_extraction(html, url=url)          # dict: title, author, date, ...
    texts = extract_batch(pages, threads=0)       # list, an error in a failed page's place

A crawl's pages of one site share menus, rails and closing lines; a
``SiteTemplates`` learns them across batches and weighs them as
boilerplate::

    t = SiteTemplates()                            # or SiteTemplates.load(path)
    texts = extract_batch(pages, urls=urls, templates=t)
    t.save("crawl.templates")                      # for the next run, or pith --templates

``html`` is ``str`` or ``bytes`` (bytes go through pith's charset detection,
gzip included). Every call releases the GIL while pith works; batches run on
a thread pool of this process (made anew after a ``fork``).
"""

from ._errors import PithError, PithTimeoutError
from ._pith import SiteTemplates, bare_extraction, extract, extract_batch, version

__all__ = [
    "PithError",
    "PithTimeoutError",
    "SiteTemplates",
    "bare_extraction",
    "extract",
    "extract_batch",
    "version",
]
__version__ = version()
