"""HTML in: a known site's article pages by its markup, any other page by trafilatura.

Each site module of :mod:`solieu.extract.sites` names its selectors (title, time, body with image
captions, lead, breadcrumb as the category, tags). The first site whose body selector finds
text reads the page; when none does, the page goes to trafilatura,
and `Page.format` says so ("html" instead of the site's, "ldtd-html") so that a crawl can count
pages the selectors no longer match.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from solieu.extract import sites
from solieu.extract.article.boilerplate import SITE_LEAD_MARK, ArticleText, Line, tidy, words
from solieu.extract.article.dates import is_date_line, parse_published
from solieu.extract.article.page import BadInput, Page

BLOCK_XPATH = ("descendant::*[self::p or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
               " or self::figcaption or self::td or self::li or self::blockquote"
               " or (self::div and text()[normalize-space()])]")
CAPTION_CLASS_RE = re.compile(r"(?i)caption|desc|chu[-_]?thich|image_note|photo_?note")
RELATED_CLASS_RE = re.compile(r"(?i)relat|lien[-_]?quan|box[-_]?(tin|news)|tags?\b|social|share")
SAPO_CLASS_RE = re.compile(r"(?i)sapo|lead|summary|description")
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
LEAD_WITHIN = 3  # the lead is the first "(LĐTĐ)" paragraph among the body's first lines
MIN_ARTICLE_WORDS = 20  # fewer words than a lead: an error page, a stub, not an article


def parse_html(text: str, url: str | None = None) -> Page:
    try:
        doc = lxml.html.document_fromstring(XML_DECLARATION_RE.sub("", text))
    except (etree.ParserError, ValueError) as exc:
        raise BadInput(f"no article: unreadable HTML ({exc})", "no_article") from None
    etree.strip_elements(doc, "script", "style", "noscript", "template", with_tail=False)
    for br in doc.iter("br"):  # "dòng một<br>dòng hai" is two words, not "mộtdòng"
        br.tail = " " + (br.tail or "")
    site, body = site_body(doc)
    if site is not None:
        page = parse_site_page(doc, body, site)
    elif any(len(doc.cssselect(s.LISTING_MARK)) >= 3 for s in sites.SITES.values()):
        raise BadInput("no article: a section listing page (a list of article links)", "no_article")
    else:
        page = parse_other_page(text, doc, url)
    if sum(words(p) for p in page.paragraphs) < MIN_ARTICLE_WORDS:
        raise BadInput("no article text found in the HTML (menus, boxes or an error page only)",
                       "no_article")
    page.url = page.url or canonical_link(doc)
    return page


def site_body(doc):
    """The first known site whose article body is in the page with text, and that body."""
    for site in sites.SITES.values():
        body = first(doc, site.BODY)
        if body is not None and any(block_text(el) for el in body.xpath(BLOCK_XPATH)):
            return site, body
    return None, None


def parse_site_page(doc, body, site) -> Page:
    title = text_of(first(doc, site.TITLE)) or text_of(first(doc, "h1")) \
        or meta(doc, "og:title") or text_of(first(doc, "title"))
    lines = body_lines(body)
    sapo = site_sapo(doc, body, lines, site)
    if sapo and sapo not in [line.text for line in lines[:LEAD_WITHIN]]:
        lines = [Line(sapo, block=-1)] + lines
    cleaned = ArticleText(title).clean(lines, blocks_are_paragraphs=False)
    published = parse_published(text_of(first(doc, site.TIME))) or published_from_meta(doc)
    crumbs = [text_of(el) for el in doc.cssselect(site.BREADCRUMB)]
    crumbs = [c for c in crumbs if c and c.casefold() not in site.HOME_CRUMBS]
    tags = [t for t in (text_of(el) for el in doc.cssselect(site.TAGS)) if t]
    return Page(
        title=title, paragraphs=cleaned.paragraphs, format=site.HTML_FORMAT, sapo=sapo,
        published=published, category=" > ".join(crumbs) or meta(doc, "article:section"),
        author=cleaned.author or text_of(first(doc, site.AUTHOR)) or meta(doc, "author"),
        metadata={"tags": ", ".join(tags)} if tags else {},
    )


def site_sapo(doc, body, lines: list[Line], site) -> str | None:
    """The lead: a sapo element, else a first paragraph starting "(LĐTĐ)", else the description."""
    for el in doc.cssselect(site.LEAD_CONTAINER):
        if SAPO_CLASS_RE.search(el.get("class", "")) and body not in el.iterancestors():
            text = text_of(el)
            if text:
                return text
    for line in lines[:LEAD_WITHIN]:  # old templates print a subtitle above it
        if line.text.startswith(SITE_LEAD_MARK):
            return line.text
    description = meta(doc, "description")
    return description if description and description.startswith(SITE_LEAD_MARK) else None


def body_lines(body) -> list[Line]:
    """Innermost text blocks in document order, with what their markup says about them."""
    blocks = body.xpath(BLOCK_XPATH)
    chosen = set(blocks)
    lines = []
    for el in blocks:
        if any(d in chosen for d in el.iterdescendants()) or in_related_box(el, body):
            continue
        text = block_text(el)
        if text:
            lines.append(Line(text, block=len(lines), caption=is_caption(el),
                              link_only=is_link_only(el, text)))
    return lines


def parse_other_page(text: str, doc, url: str | None) -> Page:
    """Any other news page: trafilatura finds the main text and the metadata."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise BadInput("no article text found in the HTML", "no_article")
    title = extracted.title or meta(doc, "og:title")
    lines = [Line(tidy(p), block=i) for i, p in enumerate(extracted.text.split("\n")) if tidy(p)]
    time_line = next((line.text for line in lines[:4] if is_date_line(line.text)), None)
    lines = [line for line in lines if line.text != time_line]  # a print view's time line
    cleaned = ArticleText(title).clean(lines, blocks_are_paragraphs=False)
    description = extracted.description
    sapo = description if cleaned.paragraphs and description \
        and cleaned.paragraphs[0] == tidy(description) else None
    return Page(
        title=title, paragraphs=cleaned.paragraphs, format="html", sapo=sapo,
        published=published_from_meta(doc) or parse_published(time_line)
        or parse_published(extracted.date),
        category=", ".join(extracted.categories or []) or meta(doc, "article:section"),
        author=cleaned.author or extracted.author, url=extracted.url,
    )


def first(doc, selector: str):
    found = doc.cssselect(selector)
    return found[0] if found else None


def text_of(el) -> str | None:
    if el is None:
        return None
    return tidy(el.text_content()) or None


def block_text(el) -> str:
    return tidy(el.text_content())


def meta(doc, name: str) -> str | None:
    for el in doc.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]", n=name):
        content = tidy(el.get("content") or "")
        if content:
            return content
    return None


def published_from_meta(doc) -> str | None:
    for name in ("article:published_time", "datePublished", "pubdate", "og:published_time"):
        value = parse_published(meta(doc, name))
        if value:
            return value
    for el in doc.xpath("//time[@datetime]"):
        value = parse_published(el.get("datetime"))
        if value:
            return value
    return None


def canonical_link(doc) -> str | None:
    for el in doc.xpath("//link[@rel='canonical'][@href]"):
        return el.get("href").strip()
    return meta(doc, "og:url")


def is_caption(el) -> bool:
    if el.tag == "figcaption" or CAPTION_CLASS_RE.search(el.get("class", "")):
        return True
    return bool(el.xpath("ancestor::*[self::table or self::figure][.//img]")) and not el.xpath(".//img")


def in_related_box(el, body) -> bool:
    """Inside a related-links box of the article container (the container's own class and
    the page around it do not count)."""
    for ancestor in el.iterancestors():
        if ancestor is body:
            return False
        if RELATED_CLASS_RE.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
    return False


def is_link_only(el, text: str) -> bool:
    links = " ".join(tidy(a.text_content()) for a in el.iter("a"))
    return bool(links) and links == text
