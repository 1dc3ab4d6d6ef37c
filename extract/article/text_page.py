"""Text in: scraped page text (like corpus/*.txt) or plain text with `Key: value` headers.

Scraped page text starts with the headline (sometimes a kicker line ending in ":" above it),
an optional publication-time line, then the lead, the body with image captions, the byline,
and whatever the page printed after the article (see `solieu.extract.article.boilerplate`).
"""
from __future__ import annotations

import re

from solieu.extract.article.boilerplate import (
    FOOTER_RE, LEAD_MARK_RE, SITE_LEAD_MARK, ArticleText, Line, ends_sentence, is_box_heading, is_paragraph,
    tidy, words,
)
from solieu.extract.article.dates import is_date_line, parse_published
from solieu.extract.article.page import Page
from solieu.extract.sites import laodongthudo

HEADER_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,30}):[ \t]*(?P<value>.*)$")
KNOWN_HEADERS = {"url", "title", "date"}
# Residue of images converted to text: "![alt](src)", table pipes, HTML comment ends.
IMAGE_RESIDUE_RE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?$")
COMMENT_RESIDUE_RE = re.compile(r"^(-->|<!--.*?|<!--|-->.*)$")
SITE_TEXT_SIGNS = laodongthudo.TEXT_SIGNS  # the site's knowledge, in its module
GLUED_TITLES_WORDS = 20
HEADER_LINES = 15
DATE_WITHIN = 4  # under a TITLE: header, the page's time line is among its first lines  # the headline, time and lead are printed at the top of the page


def parse_text(text: str) -> Page:
    headers, body = split_headers(text)
    lines = to_lines(body)
    page_format = "text" if headers or not looks_scraped(text, lines) else "ldtd-text"
    title = headers.pop("title", None)
    url = headers.pop("url", None)
    date_text = headers.pop("date", None)
    headline = title
    if title and lines and lines[0].text == title:
        lines = lines[1:]
    date_line = None
    at = next((i for i, line in enumerate(lines[:DATE_WITHIN]) if is_date_line(line.text)), None)
    if title and at is not None:  # a print view: title (and subtitles), time, lead
        date_line, lines = lines[at].text, lines[:at] + lines[at + 1:]
    elif not title and not (url and lines and is_prose(lines[0].text)):
        # (A text under a `URL:` header may start right with its lead: it has no headline.)
        title, headline, date_line, lines = take_header(lines)
    sapo = lines[0].text if lines and is_lead(lines[0].text) else None
    if sapo:
        lines = lines[:1] + without_glued_titles(lines[1:])
    rules = ArticleText(title, headline, lead_mark_of(sapo))
    cleaned = rules.clean(lines)
    if sapo is None and cleaned.paragraphs and cleaned.paragraphs[0].startswith(SITE_LEAD_MARK):
        sapo = cleaned.paragraphs[0]  # (the lead under a related box printed below the headline)
    return Page(
        title=title, paragraphs=cleaned.paragraphs, format=page_format, sapo=sapo,
        published=parse_published(date_text or date_line), author=headers.pop("author", None)
        or cleaned.author, category=headers.pop("category", None), url=url, metadata=headers,
    )


def looks_scraped(text: str, lines: list[Line]) -> bool:
    """Page text rather than plain text: the site's marks, image residue, boxes or footers."""
    return (any(sign in text for sign in SITE_TEXT_SIGNS) or any(line.caption for line in lines)
            or any(is_box_heading(line.text) or FOOTER_RE.search(line.text) for line in lines))


def split_headers(text: str) -> tuple[dict[str, str], str]:
    """`URL:`/`TITLE:`/`DATE:` (and other `Key: value`) lines, a blank line, then the body."""
    lines = text.lstrip("\n").split("\n")
    headers: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            break
        match = HEADER_RE.match(line.strip())
        if not match:
            return {}, text
        headers[match["key"].strip().lower()] = match["value"].strip()
    else:
        return {}, text
    if not KNOWN_HEADERS & headers.keys():
        return {}, text
    return headers, "\n".join(lines[i + 1:])


# `| Huyện Gia Lâm: Trao hai Mái ấm công đoàn ... | |`: a title beside an empty (thumbnail) cell,
# how a related-articles box reads once the page is copied as text.
RELATED_ROW_RE = re.compile(r"^\s*\|[^|]+\|\s*\|\s*$")
ONE_CELL_ROW_RE = re.compile(r"^\s*\|[^|]+\|\s*$")


def to_lines(text: str) -> list[Line]:
    """Non-empty lines with their block number; image and comment residues removed.

    A line after an image residue is that image's caption.
    """
    lines: list[Line] = []
    block, caption_next = 0, False
    for raw in text.splitlines():
        line = tidy(raw)
        if not line:
            block += 1
            continue
        if IMAGE_RESIDUE_RE.match(line):
            caption_next = True
            continue
        if COMMENT_RESIDUE_RE.match(line):
            continue
        # A box's last title may lack the empty cell: a one-cell row glued under related rows.
        related = bool(RELATED_ROW_RE.match(raw) or lines and lines[-1].link_only
                       and lines[-1].block == block and ONE_CELL_ROW_RE.match(raw))
        lines.append(Line(line, block, caption=caption_next,
                          link_only=related and not ends_sentence(line)))
        caption_next = False
    return lines


def take_header(lines: list[Line]) -> tuple[str | None, str | None, str | None, list[Line]]:
    """Title, headline and publication-time line; the lines after them.

    The headline is the line above the lead ("(LĐTĐ) ...") or the time line; a kicker line
    ending in ":" above or below it belongs to it ("LĐLĐ quận Ba Đình:" / "Một năm về đích").
    Short lines above the headline (a menu, a breadcrumb) are dropped.
    """
    if not lines:
        return None, None, None, lines
    top = lines[:HEADER_LINES]
    date_at = next((i for i, line in enumerate(top) if is_date_line(line.text)), None)
    anchor = next((i for i, line in enumerate(top) if line.text.startswith(SITE_LEAD_MARK)), date_at)
    above = [i for i in range(anchor or 0) if i != date_at]
    if above and not any(is_paragraph(lines[i].text) for i in above):
        at = above[-1]
    else:
        at = 1 if date_at == 0 and len(lines) > 1 else 0
    if is_kicker(lines, at, date_at) and at + 1 < len(lines) and at + 1 != date_at \
            and not is_paragraph(lines[at + 1].text):
        kicker, at = lines[at].text, at + 1
    elif at > 0 and is_kicker(lines, at - 1, date_at):
        kicker = lines[at - 1].text
    else:
        kicker = None
    headline = lines[at].text
    title = f"{kicker} {headline}" if kicker else headline
    date_line = lines[date_at].text if date_at is not None and date_at <= at + 2 else None
    rest = [line for j, line in enumerate(lines) if j > at and not (date_line and j == date_at)]
    return title, headline, date_line, rest


def is_prose(text: str) -> bool:
    """A lead or paragraph, not a headline (a kicker ends with ":" too)."""
    return text.startswith(SITE_LEAD_MARK) or (is_paragraph(text) and not text.endswith(":"))


def is_kicker(lines: list[Line], i: int, date_at: int | None) -> bool:
    return i != date_at and lines[i].text.endswith(":") and words(lines[i].text) <= 20


def is_lead(text: str) -> bool:
    return (text.startswith(SITE_LEAD_MARK) or is_paragraph(text)) and not is_box_heading(text)


def without_glued_titles(lines: list[Line]) -> list[Line]:
    """Related titles printed right after the lead, run together on one line: longer than any
    subheading, yet no sentence ends. (With blank lines between paragraphs, `ArticleText`
    also sees that they are glued to the lead.)"""
    start = 0
    while start < len(lines) and words(lines[start].text) >= GLUED_TITLES_WORDS \
            and not ends_sentence(lines[start].text):
        start += 1
    return lines[start:]


def lead_mark_of(sapo: str | None) -> str | None:
    match = LEAD_MARK_RE.match(sapo or "")
    return match.group(0) if match else None
