"""What the spider hands to the pipeline: one parsed article page."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.records import Article


@dataclass
class ArticleItem:
    url: str  # canonical URL
    site_id: str
    html: str  # the page as decoded by Scrapy (HTTP header / meta charset), verbatim
    article: Article  # parse_document(html, url=url)
    tags: list[str] = field(default_factory=list)
    breadcrumb: list[str] = field(default_factory=list)
