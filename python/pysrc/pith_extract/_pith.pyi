import os
from typing import Any, Dict, List, Literal, Optional, Sequence, Union, final

__all__ = ["SiteTemplates", "bare_extraction", "extract", "extract_batch", "version"]

_OutputFormat = Literal["txt", "text", "markdown", "md", "html", "json"]
_InputKind = Literal["auto", "html", "text"]

def extract(
    html: Union[str, bytes],
    *,
    url: Optional[str] = None,
    output_format: _OutputFormat = "txt",
    favor_precision: bool = False,
    favor_recall: bool = False,
    include_comments: bool = False,
    include_tables: bool = True,
    include_links: bool = True,
    include_images: bool = False,
    with_title: bool = False,
    timeout: Optional[float] = None,
    input: _InputKind = "auto",
) -> Optional[str]: ...
def bare_extraction(
    html: Union[str, bytes],
    *,
    url: Optional[str] = None,
    output_format: _OutputFormat = "txt",
    favor_precision: bool = False,
    favor_recall: bool = False,
    include_comments: bool = False,
    include_tables: bool = True,
    include_links: bool = True,
    include_images: bool = False,
    with_title: bool = False,
    timeout: Optional[float] = None,
    input: _InputKind = "auto",
) -> Dict[str, Any]: ...
def extract_batch(
    pages: Sequence[Union[str, bytes]],
    *,
    urls: Optional[Sequence[Optional[str]]] = None,
    output_format: _OutputFormat = "txt",
    favor_precision: bool = False,
    favor_recall: bool = False,
    include_comments: bool = False,
    include_tables: bool = True,
    include_links: bool = True,
    include_images: bool = False,
    with_title: bool = False,
    timeout: Optional[float] = None,
    input: _InputKind = "auto",
    threads: int = 0,
    with_metadata: bool = False,
    templates: Optional[SiteTemplates] = None,
) -> List[Union[str, None, Dict[str, Any], Exception]]: ...

@final
class SiteTemplates:
    def __init__(self) -> None: ...
    @staticmethod
    def load(path: Union[str, "os.PathLike[str]"]) -> SiteTemplates: ...
    def save(self, path: Union[str, "os.PathLike[str]"]) -> None: ...
    def pages(self, url: str) -> int: ...
    def __len__(self) -> int: ...
def version() -> str: ...
