"""Text in: scraped page text (like corpus/*.txt) or plain text with `Key: value` headers.

Scraped page text starts with the headline (sometimes a kicker line ending in ":" above it),
an optional publication-time line, then the lead, the body with image captions, the byline,
and whatever the page printed after the article (see `extract.boilerplate`).
"""
from __future__ import annotations

import re

from extract.boilerplate import (
    FOOTER_RE, LEAD_MARK_RE, SITE_LEAD_MARK, ArticleText, Line, is_box_heading, is_paragraph,
    ends_sentence, words,
)
from extract.dates import is_date_line, parse_published
from extract.page import Page

HEADER_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,30}):[ \t]*(?P<value>.*)$")
KNOWN_HEADERS = {"url", "title", "date"}
# Residue of images converted to text: "![alt](src)", table pipes, HTML comment ends.
IMAGE_RESIDUE_RE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?$")
COMMENT_RESIDUE_RE = re.compile(r"^(-->|<!--.*?|<!--|-->.*)$")
SITE_TEXT_SIGNS = (SITE_LEAD_MARK, "laodongthudo.vn", "Phiên bản di động")
HORIZONTAL_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


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
    if not title:
        title, headline, lines = take_title(lines)
    date_line, lines = take_date_line(lines)
    sapo = lines[0].text if lines and is_lead(lines[0].text) else None
    rules = ArticleText(title, headline, lead_mark_of(sapo))
    cleaned = rules.clean(lines, blocks_are_paragraphs=uses_blank_lines(lines))
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


def to_lines(text: str) -> list[Line]:
    """Non-empty lines with their block number; image and comment residues removed.

    A line after an image residue is that image's caption.
    """
    lines: list[Line] = []
    block, caption_next = 0, False
    for raw in text.splitlines():
        line = HORIZONTAL_SPACE_RE.sub(" ", raw).strip()
        if not line:
            block += 1
            continue
        if IMAGE_RESIDUE_RE.match(line):
            caption_next = True
            continue
        if COMMENT_RESIDUE_RE.match(line):
            continue
        line = line.strip("| ").strip()
        if line:
            lines.append(Line(line, block, caption=caption_next))
            caption_next = False
    return lines


def take_title(lines: list[Line]) -> tuple[str | None, str | None, list[Line]]:
    """The headline, with the kicker line above it ("LĐLĐ quận Ba Đình:") when there is one."""
    if not lines:
        return None, None, lines
    first = lines[0].text
    if (first.endswith(":") and words(first) <= 20 and len(lines) > 1
            and not is_paragraph(lines[1].text) and not is_date_line(lines[1].text)):
        headline = lines[1].text
        return f"{first} {headline}", headline, lines[2:]
    return first, first, lines[1:]


def take_date_line(lines: list[Line]) -> tuple[str | None, list[Line]]:
    """The publication-time line printed just under the headline."""
    for i, line in enumerate(lines[:2]):
        if is_date_line(line.text):
            return line.text, lines[:i] + lines[i + 1:]
    return None, lines


def is_lead(text: str) -> bool:
    return (text.startswith(SITE_LEAD_MARK) or is_paragraph(text)) and not is_box_heading(text)


def lead_mark_of(sapo: str | None) -> str | None:
    match = LEAD_MARK_RE.match(sapo or "")
    return match.group(0) if match else None


def uses_blank_lines(lines: list[Line]) -> bool:
    """Do blank lines separate paragraphs? Count finished paragraphs that follow each other
    with and without a blank line between."""
    glued = separated = 0
    for before, after in zip(lines, lines[1:]):
        if ends_sentence(before.text) and ends_sentence(after.text) \
                and words(before.text) >= 10 and words(after.text) >= 10:
            if before.block == after.block:
                glued += 1
            else:
                separated += 1
    return separated >= glued
