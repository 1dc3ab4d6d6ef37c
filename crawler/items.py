"""What the spider hands to the pipeline: one parsed article page."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.records import Article


@dataclass
class ArticleItem:
    url: str  # canonical URL
    site_id: str
    article: Article  # parse_document(page as Scrapy decoded it, url=url); .raw is the page
    tags: list[str] = field(default_factory=list)
    breadcrumb: list[str] = field(default_factory=list)
