"""Any article file or page in, one Article with a clean body out.

>>> from solieu.extract.article.clean import parse_document
>>> article = parse_document(open("corpus/001_d84ce019b34163c3.txt", "rb").read())  # doctest: +SKIP
>>> article.published                                                              # doctest: +SKIP
'2022-07-19T17:05:00+07:00'

`Article.body` is what every fact's offsets point into: the title line, the lead, then the body
paragraphs and captions, separated by blank lines, in Unicode NFC. `raw` is the input verbatim.
Inputs that cannot be an article raise `BadInput`; its `kind` says why ("empty", "binary",
"encoding", "too_large", "truncated_html", "no_article").
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode

from solieu.extract import sites
from solieu.extract.article.page import BadInput, Page
from solieu.extract.records import Article

MAX_INPUT_BYTES = 10 * 1024 * 1024  # an article page is well under 1 MB; more is not one article
HTML_SNIFF_RE = re.compile(r"(?i)<(!doctype\s+html|html|head|body|meta|article|div|p)[\s>/]")
# A whole HTML document (not a fragment) that never closes </html> was cut off.
DOCUMENT_START_RE = re.compile(r"(?i)^(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.S)
DOCUMENT_END_RE = re.compile(r"(?i)</html\s*>")
BINARY_MAGIC = {
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data", b"SQLite format 3": "an SQLite database",
}
META_CHARSET_RE = re.compile(rb"""(?i)<meta[^>]+charset\s*=\s*["']?([\w-]+)""")
LEGACY_ENCODINGS = {"windows-1258": "cp1258", "cp1258": "cp1258", "windows-1252": "cp1252",
                    "cp1252": "cp1252", "iso-8859-1": "cp1252", "latin-1": "cp1252"}
VIETNAMESE_LETTERS = set(unicodedata.normalize("NFC", (
    "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")))
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|zarsrc)$")


def parse_document(data: bytes | str, *, name: str | None = None, url: str | None = None) -> Article:
    """Read one file or page (scraped text, laodongthudo.vn HTML, other HTML, plain text).

    `name` (a file name) is used in error messages and to recognise `.html` files; `url` is
    where the page came from (it gives the site's article id).
    """
    source = name or url
    try:
        if isinstance(data, (bytes, bytearray)):
            raw = decode(bytes(data))
        else:
            raw = str(data)
            if len(raw) > MAX_INPUT_BYTES // 4:  # at most 4 bytes a character: else surely small
                check_size(len(raw.encode("utf-8", "surrogatepass")))
        page = read_page(unicodedata.normalize("NFC", raw), name, url)
    except BadInput as exc:
        raise BadInput(exc.reason, exc.kind, source) from None
    return to_article(page, raw, url)


def read_page(text: str, name: str | None, url: str | None) -> Page:
    from solieu.extract.article.html_page import parse_html  # lxml and trafilatura: only when HTML comes in
    from solieu.extract.article.text_page import parse_text

    if not text.strip():
        raise BadInput("empty: no text in it", "empty")
    if looks_like_html(text, name):
        check_complete(text)
        page = parse_html(text, url)
    else:
        page = parse_text(text)
    if not page.paragraphs:
        raise BadInput("no article text found (only a title, menus or boxes)", "no_article")
    return page


def looks_like_html(text: str, name: str | None) -> bool:
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<") and HTML_SNIFF_RE.search(head):
        return True
    return bool(name and name.lower().endswith((".html", ".htm")) and HTML_SNIFF_RE.search(text))


def check_complete(text: str) -> None:
    """An HTML document that starts with <html> or a doctype must end with </html>: else the
    download or the save was cut off, and storing it would lose the rest of the article."""
    head = text.lstrip("\ufeff \t\r\n")
    if DOCUMENT_START_RE.match(head[:4096]) and not DOCUMENT_END_RE.search(text):
        raise BadInput("trang bị cắt cụt: không có </html>, không lưu (truncated page: the "
                       "document ends before </html>; not stored)", "truncated_html")


def check_size(size: int) -> None:
    if size > MAX_INPUT_BYTES:
        raise too_large(size)


def too_large(size: int) -> BadInput:
    return BadInput(f"too large: {size / 1e6:.1f} MB, the limit for one article is "
                    f"{MAX_INPUT_BYTES / 1e6:.0f} MB", "too_large")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); a legacy encoding only when declared or clearly Vietnamese."""
    check_size(len(data))
    if not data.strip():
        raise BadInput("empty: no text in it", "empty")
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise BadInput(f"binary: {what}, not text or HTML", "binary")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows "Unicode" text
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput("encoding: starts like UTF-16 but is not", "encoding") from None
    if b"\x00" in data[:8192]:
        raise BadInput("binary: contains NUL bytes, not text or HTML", "binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    return decode_legacy(data, utf8_error)


def decode_legacy(data: bytes, utf8_error: str) -> str:
    """The encoding an HTML page declares, else Windows-1258 if the result reads as Vietnamese."""
    declared = META_CHARSET_RE.search(data[:4096])
    codec = LEGACY_ENCODINGS.get(declared.group(1).decode("ascii").lower()) if declared else None
    try:
        text = data.decode(codec or "cp1258")
    except UnicodeDecodeError:
        text = None
    if text is not None and (codec or reads_as_vietnamese(text)):
        return text
    raise BadInput(
        f"encoding: not UTF-8 ({utf8_error}) and not recognisably Windows-1258 Vietnamese; "
        "convert it to UTF-8 (e.g. iconv -f <encoding> -t UTF-8)", "encoding")


def reads_as_vietnamese(text: str) -> bool:
    """Most non-ASCII letters are Vietnamese ones once combined (a wrong guess gives ¾, Ã, Â...)."""
    letters = [ch for ch in unicodedata.normalize("NFC", text).lower() if ord(ch) > 127]
    if len(letters) < 20:
        return False
    return sum(ch in VIETNAMESE_LETTERS for ch in letters) / len(letters) >= 0.9


def to_article(page: Page, raw: str, url: str | None) -> Article:
    url = url or page.url
    title = nfc(page.title)
    body = "\n\n".join(nfc(p) for p in ([title] if title else []) + page.paragraphs)
    fields = dict(
        url=url, title=title, sapo=nfc(page.sapo), published=page.published,
        category=nfc(page.category), author=nfc(page.author), format=page.format,
        metadata=json.dumps({nfc(k): nfc(v) for k, v in page.metadata.items()},
                            ensure_ascii=False, sort_keys=True) if page.metadata else None,
    )
    content = json.dumps({**fields, "body": body}, ensure_ascii=False, sort_keys=True)
    return Article(
        id=article_id(url, raw), body=body, raw=raw,
        content_hash=hashlib.sha256(content.encode("utf-8")).hexdigest(), **fields,
    )


def nfc(text: str | None) -> str | None:
    return unicodedata.normalize("NFC", text) if text else None


def article_id(url: str | None, raw: str) -> str:
    """The site's number for a URL of a known site (see :mod:`solieu.extract.sites`); else a hash of
    the canonical URL; else of the normalised input."""
    if url:
        return sites.article_id(url) or short_hash(canonical_url(url))
    return short_hash(" ".join(unicodedata.normalize("NFC", raw).split()))


def canonical_url(url: str) -> str:
    """Scheme, "www.", fragment and tracking parameters do not make another article."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAMS.match(k)])
    return urlunsplit(("https", host, parts.path.rstrip("/") or "/", query, ""))


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
