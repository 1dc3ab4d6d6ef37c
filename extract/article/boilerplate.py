"""Structure rules that separate an article from the page printed around it.

Pages of laodongthudo.vn (and of its CMS) print, besides the article: image alt texts that
repeat the headline (verbatim or as an unaccented slug), related-article titles glued onto
the lead, boxes ("Có thể bạn quan tâm", "Tin khác", ...) of teasers shaped
"title / same title / lead", footers, and lists of unrelated titles after the byline.
These rules look at that shape, never at the words of particular articles, so that they
hold on pages they have not seen. Both the text and the HTML readers feed `Line`s here.
"""
from __future__ import annotations

import re

import regex
from dataclasses import dataclass
from functools import lru_cache

from solieu.extract import lexicon
from solieu.extract.sites import laodongthudo

# Headings of the boxes that follow an article; the article ends where the first one starts.
BOX_HEADINGS = frozenset({
    "có thể bạn quan tâm", "nên xem", "tin khác", "xem thêm", "tin đọc nhiều", "đọc nhiều",
    "phiên bản di động", "tin liên quan", "bài liên quan", "tin cùng chuyên mục",
    "tin mới", "tin mới nhất", "tin mới hơn", "tin cũ hơn", "tin nổi bật", "tin xem nhiều",
    "bình luận", "ý kiến bạn đọc", "gửi bình luận", "bài viết liên quan", "đọc thêm",
})
# A footer: the copyright, or the masthead (the owning body, the press licence: `Cơ quan chủ quản: ...
# Địa chỉ: 82 Nguyễn Chí Thanh ... Giấy phép số 116/GP-TTĐT`, whose numbers are no figures of the article)
FOOTER_RE = re.compile(r"(?i)^(©|\(c\)\s|copyright\b|cơ quan chủ quản\s*:)|ghi rõ nguồn|bản quyền thuộc"
                       r"|giấy phép (?:số )?\d+/GP-")
# "Xem thêm: <title>" inside an article: one related link, not the end of the article.
INLINE_RELATED_RE = re.compile(
    r"(?i)^(xem thêm|tin liên quan|bài liên quan|đọc thêm|mời xem|>>)\s*[:>»\-–]+\s*\S")
# A lead starts with the paper's mark, "(LĐTĐ)"; a later line with the same mark is a teaser.
LEAD_MARK_RE = re.compile(r"^\((?:[^\W\d_][^()]{0,18})\)")
SITE_LEAD_MARK = laodongthudo.LEAD_MARK  # the site's knowledge, in its module
TITLE_PARTS_RE = re.compile(r"\s+[-–]\s+|:\s+")

_CLOSERS = re.escape("\"'”’»)]")
_SENTENCE_END_RE = re.compile(rf"[.…!;:][{_CLOSERS}]*$")
_ANY_END_RE = re.compile(rf"[.…!?;:][{_CLOSERS}]*$")
_QUESTION_END_RE = re.compile(rf"\?[{_CLOSERS}]*$")
LONG_PARAGRAPH_WORDS = 30  # longer than any headline: a paragraph even without a full stop
SOFT_WRAP_WORDS = 15  # a line this long without a full stop was wrapped mid-sentence
ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
INITIAL_END_RE = re.compile(r"(?:^|[\s.])\w\.$")
BYLINE_PREFIX_RE = re.compile(r"(?i)^(theo|bài và ảnh|bài, ảnh|bài|ảnh|nhóm pv|pv|ctv)\s*:?\s*")


@dataclass
class Line:
    """One line or paragraph of a page, with what its markup or layout says about it."""

    text: str
    block: int = 0  # lines sharing a block were adjacent in the source (no blank line between)
    caption: bool = False  # an image caption, by markup or by an image residue before it
    link_only: bool = False  # the whole text is a link: a related-article title


def tidy(text: str) -> str:
    """One line: single spaces (zero-width ones gone), no table-pipe residue at its ends."""
    if ZERO_WIDTH_RE.search(text):  # (rare: a search is cheaper than a substitution)
        text = ZERO_WIDTH_RE.sub(" ", text)
    return " ".join(text.split()).strip("|").strip()  # (str.split's whitespace is re's \s)


def words(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """Ends with a sentence mark (a question mark too)."""
    return bool(_ANY_END_RE.search(text))


def is_paragraph(text: str) -> bool:
    """Prose rather than a title: ends like a sentence, or is longer than any headline.

    A question mark alone is not enough: headlines ask questions; long question sentences do.
    """
    n = words(text)
    return (n >= LONG_PARAGRAPH_WORDS or bool(_SENTENCE_END_RE.search(text))
            or (n >= 20 and bool(_QUESTION_END_RE.search(text))))


def is_byline(text: str) -> bool:
    """A short line of capitalised names: "K.Thoa", "Bảo Thoa", "Minh Anh - Hà Phương (TH)"."""
    if len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    if _SENTENCE_END_RE.search(text) and not INITIAL_END_RE.search(text):
        return False  # a sentence, unless it ends with an initial ("Hà T.")
    names = BYLINE_PREFIX_RE.sub("", re.sub(r"\([^)]*\)", " ", text)).strip()
    tokens = [t for t in re.split(r"[\s\-–,&]+|(?<=\.)", names) if t]
    return 1 <= len(tokens) <= 6 and all(t[0].isupper() for t in tokens)


@lru_cache(maxsize=4096)  # each line is compared many times (title repeats, box headings)
def key(text: str) -> str:
    """Comparison form: case and surrounding punctuation do not matter."""
    return " ".join(text.casefold().split()).strip(" .:;,-–\"'“”‘’")


def fold(text: str) -> str:
    """Unaccented lower-case words, as CMSs write alt texts and URL slugs."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", lexicon.unaccented(text).lower()).split())


def heading_key(text: str) -> str:
    return key(text).rstrip(" :")


def is_box_heading(text: str) -> bool:
    return heading_key(text) in BOX_HEADINGS


@dataclass
class Cleaned:
    paragraphs: list[str]
    author: str | None


class ArticleText:
    """The rules, bound to one article's headline and lead mark."""

    def __init__(self, title: str | None, headline: str | None = None, lead_mark: str | None = None):
        names = [t for t in (title, headline) if t]
        self.title_keys = {key(t) for t in names}
        # Old templates prefix related lines with the slug of the headline, or of a part of
        # it ("Tăng cường ... - Khắc phục điểm yếu, nâng cao hiệu quả").
        parts = names + [part for t in names for part in TITLE_PARTS_RE.split(t)]
        self.slugs = list(dict.fromkeys(slug for slug in map(fold, parts) if words(slug) >= 3))
        self.lead_marks = {SITE_LEAD_MARK} | ({lead_mark} if lead_mark else set())

    def clean(self, lines: list[Line], blocks_are_paragraphs: bool | None = None) -> Cleaned:
        """Article paragraphs (the first line, the lead, is always kept) and the byline.

        `blocks_are_paragraphs`: the source separates paragraphs by blank lines, so a line glued
        to a finished sentence is something else (a related title) and a line glued to an
        unfinished one continues it. None: decide from the layout of the article's lines.
        """
        lines = without_inline_boxes(lines)
        lines = lines[:self.end_of_article(lines)]
        if blocks_are_paragraphs is None:
            blocks_are_paragraphs = uses_blank_lines(lines)
        kept = self.drop_residue(lines, blocks_are_paragraphs)
        author, kept = split_byline(kept)
        return Cleaned(paragraphs=dedupe([line.text for line in kept]), author=author)

    def is_title_repeat(self, text: str) -> bool:
        return key(text) in self.title_keys

    def is_slug_line(self, text: str) -> bool:
        """An alt text written as the headline's slug, alone or before a related title."""
        ascii_start = [slug for slug in self.slugs if text[:len(slug)].isascii()]
        if not ascii_start:  # (most lines: no slug can start them, and folding costs)
            return False
        folded = fold(text)
        return any(folded.startswith(slug) for slug in ascii_start)

    def is_teaser_lead(self, text: str) -> bool:
        return any(text.startswith(mark) for mark in self.lead_marks)

    def end_of_article(self, lines: list[Line]) -> int:
        """Index of the first line of the boxes, teasers and footers after the article."""
        for i, line in enumerate(lines):
            text = line.text
            if is_box_heading(text) or FOOTER_RE.search(text):
                return i
            if i > 0 and self.is_teaser_lead(text) and self.article_began(lines[:i]):
                return teaser_start(lines, i)
            if i > 0 and self.is_teaser_title(lines, i):
                return i
        return len(lines)

    def article_began(self, before: list[Line]) -> bool:
        """A second lead is a teaser's; the first one, below a subtitle or an old template's
        related lines, is the article's own: the article begins with a lead or paragraphs."""
        return (any(self.is_teaser_lead(line.text) for line in before)
                or sum(is_paragraph(line.text) for line in before) >= 2)

    def is_teaser_title(self, lines: list[Line], i: int) -> bool:
        """A teaser: a title printed twice (link and heading), then its lead; teasers come in
        runs that end the page or a box. (An image whose alt text repeats its caption has the
        first shape too, but article text follows it.)"""
        if not self.has_teaser_shape(lines, i):
            return False
        after = i + 3
        return (after >= len(lines) or self.has_teaser_shape(lines, after)
                or is_box_heading(lines[after].text) or bool(FOOTER_RE.search(lines[after].text)))

    def has_teaser_shape(self, lines: list[Line], i: int) -> bool:
        text = lines[i].text
        return (i + 2 < len(lines) and lines[i + 1].text == text and not is_paragraph(text)
                and not self.is_title_repeat(text) and is_paragraph(lines[i + 2].text))

    def drop_residue(self, lines: list[Line], blocks_are_paragraphs: bool) -> list[Line]:
        """Drop alt texts, slugs and related links; in blank-line layouts, mend wrapped lines
        and drop related titles glued onto a paragraph."""
        kept: list[Line] = []
        previous: Line | None = None  # the previous source line
        previous_kept = previous_related = False
        for line in lines:
            glued = blocks_are_paragraphs and previous is not None and previous.block == line.block
            after, previous = previous, line
            if (line.link_only or self.is_title_repeat(line.text) or self.is_slug_line(line.text)
                    or is_slug_and_title(line.text) or INLINE_RELATED_RE.search(line.text)
                    or is_title_run(line.text)):
                previous_kept = previous_related = False
                continue
            if glued and not line.caption and not ends_sentence(line.text) and (
                    previous_related or previous_kept and ends_sentence(after.text) and not after.caption):
                previous_kept, previous_related = False, True  # a related title glued on
                continue
            if glued and previous_kept and not line.caption and not kept[-1].caption \
                    and is_wrapped(kept[-1].text, line.text):  # (a caption ends at its line's end)
                kept[-1] = Line(f"{kept[-1].text} {line.text}", line.block, kept[-1].caption)
            else:
                kept.append(Line(line.text, line.block, line.caption, line.link_only))
            previous, previous_kept, previous_related = kept[-1], True, False
        return kept


# SITE.md: related titles and teasers are printed inline right after the lead as well as at the
# end, under any of the boxes' headings (`Tin khác` too); readers' comments are no such box.
INLINE_BOX_HEADINGS = BOX_HEADINGS - {"bình luận", "ý kiến bạn đọc", "gửi bình luận",
                                      "phiên bản di động"}
INLINE_BOX_TITLES = 8  # the most related titles such a box lists
BEFORE_PROSE = 2  # lines that are no prose after a box's titles before the article goes on: a
# picture and the headline repeated as its alt text (not two titles alike: a teaser's)
PROSE_AFTER_BOX = 4  # lines read after a box's titles: an image and its caption may come first


SENTENCES_WITHIN = regex.compile(r"\p{Ll}{2,}[.!?…]\s+\p{Lu}")  # (not `TP. Hồ Chí Minh`)


def without_inline_boxes(lines: list[Line]) -> list[Line]:
    """A `Tin liên quan` box printed inside the article: its heading and its few titles go, and
    the article goes on, when prose resumes right after the titles (two paragraphs among the
    next lines, the first right after them, not a teaser's lead). A box after the article is
    followed by titles and teasers, not by the article's paragraphs. Titles end without a full
    stop; several run together on one line can be as long as a paragraph."""
    out, i = [], 0
    while i < len(lines):
        if heading_key(lines[i].text) in INLINE_BOX_HEADINGS:
            titles = 0
            while (i + 1 + titles < len(lines) and titles < INLINE_BOX_TITLES
                   and not _SENTENCE_END_RE.search(lines[i + 1 + titles].text)
                   and not SENTENCES_WITHIN.search(lines[i + 1 + titles].text)  # (a reader's
                   # question ends in `?` as a headline may, but sentences end inside it)
                   and not is_box_heading(lines[i + 1 + titles].text)):
                titles += 1
            after = lines[i + 1 + titles:i + 1 + titles + PROSE_AFTER_BOX + BEFORE_PROSE]
            # (a picture, and the headline repeated as its alt text, may come before the prose)
            skipped = next((k for k, line in enumerate(after[:BEFORE_PROSE + 1]) if is_paragraph(line.text)), None)
            before = [line.text for line in after[:skipped or 0]]
            # (a lead after the titles is a teaser's, unless no prose came before the box: then it
            # is the article's own, the box printed above it, `Tin liên quan` under the headline)
            if titles and skipped is not None \
                    and (not LEAD_MARK_RE.match(after[skipped].text) or not any(is_paragraph(line.text) for line in out)) \
                    and len(set(before)) == len(before) and not any(is_box_heading(t) for t in before) \
                    and sum(is_paragraph(line.text) for line in after[skipped:skipped + PROSE_AFTER_BOX]) >= 2:
                i += 1 + titles
                continue
        out.append(lines[i])
        i += 1
    return out


# `Hà Nội: Trao 48 “Mái ấm công đoàn” ... Ứng Hòa: Đoàn viên ... nhận nhà mới`: headlines of the
# shape `Place: Title`, two or more run together on a line that is no sentence.
HEADLINE_START = regex.compile(r"(?:^|\s)\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}:\s+\p{Lu}")


TITLE_SEPARATOR = re.compile(r"\s+\|\s+")
TITLE_WORDS_AT_LEAST = 4


# where a second headline begins inside a line: an opener prose never capitalizes, right after a
# word of the title before (`... cho công nhân Công nhân KCN Amata ...`, `... giảm nhẹ Hơn 125.000 ...`)
HEADLINE_MET = regex.compile(r"(?<=(?<![\p{L}])\p{Ll}\p{L}*\s|[\d%”\"]\s)(?:" + "|".join(map(regex.escape, lexicon.HEADLINE_OPENERS))
                             + r")(?=\s)")
TITLES_MET_WORDS = 12  # (two headlines at least)


def is_title_run(text: str) -> bool:
    """Related titles printed together on one line without their box's heading: headlines run
    together, or titles a pipe separates (`Long Biên: Đối thoại với 120 công nhân về tiền lương |
    Thương lượng tập thể: Cần thực chất hơn`), or one meeting the next where it opens (`Đồng Nai:
    80% doanh nghiệp đã chi trả thưởng Tết cho công nhân Công nhân KCN Amata được hỗ trợ ...`)."""
    if ends_sentence(text):
        return False
    titles = TITLE_SEPARATOR.split(text)
    return len(HEADLINE_START.findall(text)) >= 2 or len(titles) >= 2 and all(
        words(t) >= TITLE_WORDS_AT_LEAST and t[:1].isupper() and not ends_sentence(t) for t in titles) \
        or text[:1].isupper() and words(text) >= TITLES_MET_WORDS and HEADLINE_MET.search(text) is not None


def is_slug_and_title(text: str) -> bool:
    """`khac phuc han che nang tam hieu qua Khắc phục hạn chế, nâng tầm hiệu quả`: an old
    template's related link, its address slug then its title: no sentence of an article."""
    words = text.split()
    half = len(words) // 2
    if half < 3 or len(words) % 2:
        return False
    slug = " ".join(words[:half])
    return slug.isascii() and slug.islower() and fold(" ".join(words[half:])) == slug


def uses_blank_lines(lines: list[Line]) -> bool:
    """Do blank lines separate paragraphs? Look at what follows each finished sentence."""
    after_sentence = [before.block != after.block for before, after in zip(lines, lines[1:])
                      if ends_sentence(before.text)]
    if not after_sentence:
        return any(before.block != after.block for before, after in zip(lines, lines[1:]))
    return 2 * sum(after_sentence) >= len(after_sentence)


def is_wrapped(before: str, after: str) -> bool:
    """`after` continues the sentence `before` was cut in (a hard-wrapped line)."""
    if ends_sentence(before):
        return False
    return (words(before) >= SOFT_WRAP_WORDS or before.endswith((",", "-", "–"))
            or after[:1].islower())


def teaser_start(lines: list[Line], lead: int) -> int:
    """The teaser's first line: its title (printed once or more) just before its lead."""
    start = lead
    title = lines[lead - 1].text
    if is_paragraph(title):
        return lead
    while start > 0 and lines[start - 1].text == title:
        start -= 1
    return start


def split_byline(lines: list[Line]) -> tuple[str | None, list[Line]]:
    """The byline ends the article; what follows it (lists of other titles) is not article.

    Without a byline, a run of two or more title-like lines at the very end is such a list.
    """
    for i in range(1, len(lines)):
        if is_byline(lines[i].text) and not any(is_paragraph(l.text) for l in lines[i + 1:]):
            return lines[i].text, lines[:i]
    end = len(lines)
    while end > 1 and not is_paragraph(lines[end - 1].text) and not lines[end - 1].caption:
        end -= 1
    return None, lines if len(lines) - end < 2 else lines[:end]


def dedupe(paragraphs: list[str]) -> list[str]:
    """A block printed twice is page furniture the second time."""
    seen: set[str] = set()
    unique = []
    for text in paragraphs:
        if text not in seen:
            seen.add(text)
            unique.append(text)
    return unique
