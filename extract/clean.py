"""Page text or HTML -> an Article with a clean body. (Minimal first version; issue 4 owns it.)"""
from __future__ import annotations

import hashlib
import unicodedata

from extract.records import Article


class BadInput(ValueError):
    """An input that cannot become an article; the message names what is wrong."""


def decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return unicodedata.normalize("NFC", text)


def parse_document(data: bytes | str, *, name: str | None = None, url: str | None = None) -> Article:
    raw = decode(data) if isinstance(data, bytes) else unicodedata.normalize("NFC", data)
    lines = [line.strip() for line in raw.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise BadInput("empty: no text")
    title, body = lines[0], "\n".join(lines[1:])
    content_hash = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    return Article(
        id=content_hash[:16], body=body, url=url, title=title, raw=raw,
        format="text", content_hash=content_hash,
    )
