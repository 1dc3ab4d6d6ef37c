"""What a reader (text or HTML) makes of one page, before it becomes an Article; or why it
cannot become one (`BadInput`)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Page:
    title: str | None
    paragraphs: list[str]  # the lead (when there is one) first, then the body and captions
    format: str  # "ldtd-text", "text", "ldtd-html", "html"
    sapo: str | None = None
    published: str | None = None
    category: str | None = None
    author: str | None = None
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)  # other `Key: value` headers; tags


class BadInput(ValueError):
    """An input that cannot become an article. `kind` is a short reason for counting."""

    def __init__(self, reason: str, kind: str = "invalid", source: str | None = None):
        self.reason, self.kind, self.source = reason, kind, source
        super().__init__(f"{source}: {reason}" if source else reason)
