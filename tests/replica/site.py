"""A laodongthudo.vn-like site built from the bundled articles plus generated ones.

The markup follows what is known of the real site (../shared/SITE.md): header navigation,
breadcrumbs `.title_new_nav`, `og:title`, `meta description`, time in `.content_detail .tool i`,
body paragraphs in `.detail_info p` with image captions, related boxes, tags, footer; section
listings `div.list_news` (16 a page) with a `div.__MB_ARTICLE_PAGING` pager; robots.txt, a
sitemap index and an RSS feed. Pages are rendered for a given base URL, because the real site
writes absolute links.

Faults live in the "Chính sách" section (see FAULTS), and the "Công đoàn" listing names some
articles under other addresses (https, tracking query, fragment, `-<id>-<id>.html`, print view)
next to a `.media` item that is no article. Two older articles of "Hoạt động" have the shapes
of real pages that are easy to lose (see REAL_SHAPES): a short one (headline, time line, one
`(LĐTĐ)` lead, footer) and one of the old template (a subtitle, the lead, related lines of an
ASCII slug and a title, more paragraphs), linked as `-<id>-<id>.html` as old articles are.
"""
from __future__ import annotations

import html
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PAGE_SIZE = 16
FOOTER = '© 2021 Ghi rõ nguồn "laodongthudo.vn" khi phát hành lại thông tin từ website này'
BOX_HEADINGS = ("Tin khác", "Có thể bạn quan tâm", "Xem thêm", "Tin đọc nhiều", "Tin liên quan",
                "Phiên bản di động")
DATE_LINE = re.compile(r"^(\d{1,2}):(\d{2}) \| (\d{1,2})/(\d{1,2})/(\d{4})$|"
                       r"^(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})$")
RESIDUE = re.compile(r"^(-->|!\[\]\(\) \|?|\|)$")

SECTIONS = {  # path -> (name, parent path or None)
    "/thoi-su": ("Thời sự", None),
    "/cong-doan": ("Công đoàn", None),
    "/cong-doan/hoat-dong": ("Hoạt động", "/cong-doan"),
    "/cong-doan/chinh-sach": ("Chính sách", "/cong-doan"),
    "/lao-dong/viec-lam": ("Việc làm", "/lao-dong"),
    "/lao-dong": ("Lao động", None),
}
GENERATED = {"/cong-doan/hoat-dong": 30, "/cong-doan/chinh-sach": 8, "/thoi-su": 8,
             "/lao-dong/viec-lam": 6}
UNION = "/cong-doan"

# Fault name -> does a correct crawler end up storing the article?
FAULTS = {
    "gone": False,            # 404
    "error_once": True,       # 500 on the first request, fine on the retry
    "rate_limited": True,     # 429 with Retry-After: 1, then fine
    "moved": True,            # 301 to the article's new address
    "redirect_loop": False,   # two addresses redirecting to each other
    "legacy_encoding": True,  # served in windows-1258 (declared), decomposed tone marks
    "truncated": False,       # complete HTTP response, HTML cut off mid-body
    "data_loss_once": True,   # connection drops before Content-Length bytes, fine on retry
    "huge": False,            # a 10 MB page
    "silent": False,          # never answers
    "double_id_only": True,   # linked and served only as slug-<id>-<id>.html (404 as slug-<id>)
}
HUGE_BYTES = 10 * 1024 * 1024
REDESIGN = {"content_detail": "article-main", "title_new_nav": "crumbs", "tool": "meta-line",
            "detail_info": "article-content", "sapo_detail": "lead"}


@dataclass
class ReplicaArticle:
    id: int
    title: str
    sapo: str | None
    published: datetime
    section: str
    paragraphs: list[tuple[str, ...]]  # ("p", text) | ("img", alt, caption) | ("h", text)
    author: str | None = None
    inline_related: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    fault: str | None = None
    related_links: list["ReplicaArticle"] = field(default_factory=list)
    slug: str = ""  # fixed once published: an edited headline keeps its address
    double_id: bool = False  # listed as slug-<id>-<id>.html (served under both addresses)
    shape: str | None = None  # a key of REAL_SHAPES

    @property
    def path(self) -> str:
        prefix = {"moved": "duong-dan-moi-"}.get(self.fault, "")
        return f"/{prefix}{self.slug}-{self.id}.html"

    @property
    def old_path(self) -> str:
        """Where a `moved` article used to be."""
        return f"/duong-dan-cu-{self.slug}-{self.id}.html"

    @property
    def link_path(self) -> str:
        """The address listings use (faults may differ from the article's own page)."""
        if self.fault == "moved":
            return self.old_path
        if self.fault == "redirect_loop":
            return f"/vong-lap-a-{self.id}.html"
        if self.fault == "double_id_only" or self.double_id:
            return self.path.replace(f"-{self.id}.html", f"-{self.id}-{self.id}.html")
        return self.path

    @property
    def union(self) -> bool:
        return self.section.startswith(UNION)


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80]


def site_time(when: datetime) -> str:
    return when.strftime("%H:%M | %d/%m/%Y")


# -- building the articles -------------------------------------------------------------------

def article_from_corpus(text: str, article_id: int, section: str, fallback_date: datetime):
    """Turn one scraped corpus text into page parts: title, time, lead, body, boxes."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if not RESIDUE.match(line)]
    cut = next((i for i, line in enumerate(lines)
                if line.startswith("©") or line in BOX_HEADINGS), len(lines))
    head, tail = lines[:cut], lines[cut:]
    related = list(dict.fromkeys(line for line in tail if line and not line.startswith(
        ("(LĐTĐ)", "©")) and line not in BOX_HEADINGS))
    i, title_lines, published = 0, [], None
    while i < len(head):
        line = head[i]
        match = DATE_LINE.match(line)
        if match:  # the time line closes the headline
            published = _parse_site_date(match)
            i += 1
            break
        if line.startswith("(LĐTĐ)") or (line and len(line) > 150):
            break
        if line:
            title_lines.append(line)
        i += 1
    sapo, inline_related = None, []
    if i < len(head) and head[i].startswith("(LĐTĐ)"):
        sapo, i = head[i], i + 1
        while i < len(head) and head[i]:
            inline_related.append(head[i])
            i += 1
    body = [line for line in head[i:] if line]
    author = None
    if body and len(body[-1].split()) <= 4 and not body[-1].endswith((".", ":")):
        author = body.pop()
    paragraphs, j = [], 0
    alts = set(title_lines)
    while j < len(body):
        if body[j] in alts and j + 1 < len(body) and body[j + 1] not in alts:
            paragraphs.append(("img", body[j], body[j + 1]))
            j += 2
        elif body[j] in alts:
            j += 1
        else:
            paragraphs.append(("p", body[j]))
            j += 1
    return ReplicaArticle(
        id=article_id, title=" ".join(title_lines), sapo=sapo,
        published=published or fallback_date, section=section, paragraphs=paragraphs,
        author=author, inline_related=inline_related, related=related[:6],
        tags=["Công đoàn", "Liên đoàn Lao động"],
    )


def _parse_site_date(match) -> datetime:
    g = match.groups()
    if g[0] is not None:
        hour, minute, day, month, year = g[:5]
    else:
        day, month, year, hour, minute = g[5:]
    return datetime(int(year), int(month), int(day), int(hour), int(minute))


ORGS = ["LĐLĐ quận Hoàn Kiếm", "LĐLĐ huyện Gia Lâm", "Công đoàn ngành Y tế Hà Nội",
        "LĐLĐ quận Long Biên", "Công đoàn Viên chức thành phố", "LĐLĐ huyện Sóc Sơn",
        "Công đoàn các Khu công nghiệp và chế xuất Hà Nội", "LĐLĐ quận Cầu Giấy"]
ACTIONS = ["tổng kết hoạt động năm", "sơ kết 6 tháng đầu năm", "phát động Tháng Công nhân",
           "trao quà Tết cho đoàn viên", "tổ chức hội nghị cán bộ công đoàn",
           "phát triển đoàn viên công đoàn", "tuyên dương cá nhân tiêu biểu"]


def generated_article(rng: random.Random, article_id: int, section: str, when: datetime):
    org, action = rng.choice(ORGS), rng.choice(ACTIONS)
    year = when.year
    n_cdcs, members = rng.randint(3, 40), rng.randint(100, 5000)
    share, money = rng.randint(60, 140), rng.randint(2, 900)
    paragraphs = [
        ("p", f"Năm {year}, {org} đã thành lập mới {n_cdcs} Công đoàn cơ sở, kết nạp "
              f"{format(members, ',').replace(',', '.')} đoàn viên, đạt {share}% kế hoạch năm."),
        ("img", f"{org} {action} năm {year}", f"Quang cảnh hội nghị của {org}."),
        ("h", "Chăm lo đời sống đoàn viên"),
        ("p", f"Tổng kinh phí chăm lo cho đoàn viên, người lao động trong năm là {money} triệu "
              f"đồng, hỗ trợ {rng.randint(10, 300)} trường hợp có hoàn cảnh khó khăn."),
        ("p", f"Trong thời gian tới, {org} tiếp tục đổi mới nội dung, phương thức hoạt động "
              f"hướng về cơ sở."),
    ]
    return ReplicaArticle(
        id=article_id, title=f"{org} {action} năm {year}",
        sapo=f"(LĐTĐ) Ngày {when.day}/{when.month}, {org} đã {action} năm {year}.",
        published=when, section=section, paragraphs=paragraphs, author=rng.choice(
            ["Lương Hằng", "Bảo Anh", "Thanh Xuân", "Hải Anh"]),
        tags=[org, "đoàn viên"],
    )


# Articles in the shapes of real pages of laodongthudo.vn that were once lost as "no article"
# (issue 14): shape -> (figure the facts must hold, lines that are no sentence of the article).
REAL_SHAPES = {
    "short": (1000, ()),
    "old_template": (1432, (
        "khac phuc han che nang tam hieu qua Khắc phục hạn chế, nâng tầm hiệu quả",
        "quan hoang mai co them 3 nha mai am cong doan Quận Hoàng Mai có thêm 3 nhà Mái ấm Công đoàn",
    )),
}


def real_shaped_articles() -> list[ReplicaArticle]:
    """A short article (one `(LĐTĐ)` lead, no sapo) and an old-template one, in "Hoạt động"."""
    short = ReplicaArticle(
        id=171235, title="Gói 1.000 chiếc bánh chưng tặng công nhân khó khăn", sapo=None,
        published=datetime(2023, 1, 20, 17, 40), section="/cong-doan/hoat-dong",
        paragraphs=[("p", "(LĐTĐ) Sáng 20/1, Công đoàn các Khu công nghiệp và chế xuất Hà Nội phối "
                          "hợp với doanh nghiệp tổ chức gói 1.000 chiếc bánh chưng tặng công nhân có "
                          "hoàn cảnh khó khăn không về quê đón Tết.")],
        tags=["Công đoàn các Khu công nghiệp và chế xuất Hà Nội", "Tết"], shape="short")
    old = ReplicaArticle(
        id=71004, title="Đổi mới sáng tạo, đồng hành cùng người lao động", sapo=None,
        published=datetime(2018, 3, 14, 8, 15), section="/cong-doan/hoat-dong",
        paragraphs=[
            ("h", "Phát huy vai trò đại diện của tổ chức Công đoàn"),
            ("p", "(LĐTĐ) Chiều 13/3, LĐLĐ quận Hoàng Mai tổ chức Hội nghị tổng kết công tác Công "
                  "đoàn năm 2017, triển khai nhiệm vụ năm 2018."),
            *[("p", line) for line in REAL_SHAPES["old_template"][1]],
            ("p", "Năm 2017, LĐLĐ quận đã kết nạp 1.432 đoàn viên, thành lập 21 Công đoàn cơ sở, "
                  "đạt 105% chỉ tiêu."),
            ("p", "Năm 2018, LĐLĐ quận phấn đấu phát triển 1.500 đoàn viên mới."),
        ],
        author="Hải Anh", tags=["LĐLĐ quận Hoàng Mai", "đoàn viên"], double_id=True,
        shape="old_template")
    return [short, old]


class ReplicaSite:
    """All pages of the replica; `render(path, base_url)` gives (status, headers, body)."""

    def __init__(self, seed: int = 7, faults: bool = True, redesigned: bool | dict = False,
                 scale: int = 1):
        """`scale` multiplies the generated articles (benchmarks want a bigger site)."""
        # Article pages in a new markup the selectors miss: REDESIGN's, or {old: new class}.
        self.redesigned = redesigned
        rng = random.Random(seed)
        start = datetime(2025, 5, 8, 9, 30)
        drafts = []  # (section, builder) in publication order, newest first
        for k, path in enumerate(sorted(CORPUS.glob("*.txt"))):
            drafts.append(("corpus", "/cong-doan/hoat-dong", path.read_text("utf-8")))
        for section, count in GENERATED.items():
            drafts += [("generated", section, None)] * (count * scale)
        if faults:
            drafts += [("fault", "/cong-doan/chinh-sach", name) for name in FAULTS]
        rng.shuffle(drafts)
        self.articles: list[ReplicaArticle] = []
        for k, (kind, section, payload) in enumerate(drafts):
            when = start - timedelta(days=k, hours=k % 5)
            article_id = 180000 - 37 * k
            if kind == "corpus":
                article = article_from_corpus(payload, article_id, section, when)
            else:
                article = generated_article(rng, article_id, section, when)
                article.fault = payload if kind == "fault" else None
            self.articles.append(article)
        titles: dict[str, int] = {}
        for article in self.articles:  # a title once per site, as on a real paper
            titles[article.title] = titles.get(article.title, 0) + 1
            if titles[article.title] > 1:
                article.title += f" (đợt {titles[article.title]})"
            article.slug = slugify(article.title)
        plain_union = [a for a in self.articles if a.union and not a.fault]
        for article in self.articles:
            article.related_links = rng.sample([a for a in plain_union if a is not article], 4)
        # Added last, with their own random draws, so that the rest of the site stays as it was.
        shaped_rng = random.Random(seed + 1)
        for article in real_shaped_articles():
            article.slug = slugify(article.title)
            article.related_links = shaped_rng.sample(plain_union, 4)
            self.articles.append(article)
        self.by_id = {a.id: a for a in self.articles}
        self.huge_body: bytes | None = None

    # -- what tests ask -----------------------------------------------------------------

    def expected_stored(self) -> list[ReplicaArticle]:
        """Articles a correct crawl of the trade-union sections stores."""
        return [a for a in self.articles if a.union and FAULTS.get(a.fault, True)]

    def listing(self, section: str) -> list[ReplicaArticle]:
        return sorted((a for a in self.articles if a.section == section
                       or (SECTIONS[section][1] is None and a.section.startswith(section + "/"))),
                      key=lambda a: a.published, reverse=True)

    def by_fault(self, name: str) -> ReplicaArticle:
        return next(a for a in self.articles if a.fault == name)

    def by_shape(self, name: str) -> ReplicaArticle:
        return next(a for a in self.articles if a.shape == name)

    # -- pages ----------------------------------------------------------------------------

    def article_html(self, article: ReplicaArticle, base: str) -> str:
        name, parent = SECTIONS[article.section]
        crumbs = ([(parent, SECTIONS[parent][0])] if parent else []) + [(article.section, name)]
        breadcrumb = " ".join(f'<span><a href="{base}{p}"><span>{esc(n)}</span></a></span>'
                              for p, n in crumbs)
        body = []
        for kind, *parts in article.paragraphs:
            if kind == "p":
                body.append(f"<p>{esc(parts[0])}</p>")
            elif kind == "h":
                body.append(f"<p><strong>{esc(parts[0])}</strong></p>")
            else:
                body.append(
                    f'<table class="image center"><tbody><tr><td><img src="{base}/images/'
                    f'{article.id}.jpg" alt="{esc(parts[0])}"></td></tr><tr><td class="caption">'
                    f"<p>{esc(parts[1])}</p></td></tr></tbody></table>")
        if article.author:
            body.append(f'<p style="text-align: right;"><strong>{esc(article.author)}</strong></p>')
        inline = "".join(f'<li><a href="{base}/">{esc(t)}</a></li>' for t in article.inline_related)
        related = "".join(
            f'<li><a href="{base}{a.path}">{esc(a.title)}</a><p>{esc(a.sapo or "")}</p></li>'
            for a in article.related_links)
        tags = " ".join(f'<a href="{base}/tags/{slugify(t)}.html">{esc(t)}</a>' for t in article.tags)
        canonical = base + article.path
        page = PAGE.format(
            title=esc(article.title), description=esc(article.sapo or ""), canonical=canonical,
            nav=self.nav(base), base=base, breadcrumb=breadcrumb,
            time=site_time(article.published),
            sapo=f'<div class="sapo_detail"><h2>{esc(article.sapo)}</h2></div>' if article.sapo else "",
            inline=f'<div class="box_tinlienquan_inline"><ul>{inline}</ul></div>' if inline else "",
            body="\n".join(body), tags=tags, related=related, id=article.id, footer=esc(FOOTER),
        )
        if self.redesigned:
            renamed = REDESIGN if self.redesigned is True else self.redesigned
            for old, new in renamed.items():
                page = page.replace(f'class="{old}"', f'class="{new}"')
        return page

    def nav(self, base: str) -> str:
        items = "".join(f'<li><a href="{base}{p}">{esc(n)}</a></li>' for p, (n, _) in SECTIONS.items())
        search = f'<li><a href="{base}/tim-kiem?q=">Tìm kiếm</a></li>'  # robots.txt disallows it
        return f'<nav class="menu"><ul><li><a href="{base}/">Trang chủ</a></li>{items}{search}</ul></nav>'

    def listing_html(self, section: str, page: int, base: str) -> str | None:
        articles = self.listing(section)
        pages = max(1, -(-len(articles) // PAGE_SIZE))
        if not 1 <= page <= pages:
            return None
        items = [(base + a.link_path, a) for a in articles[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]]
        if section == UNION and page == 1:
            items += self.alias_items(base)
        entries = "\n".join(
            f'<div class="list_news"><div class="list_news_img"><a href="{href}"><img src="'
            f'{base}/images/{a.id}.jpg" alt=""></a></div><div class="list_news_title"><h2>'
            f'<a href="{href}">{esc(a.title)}</a></h2><p>{esc(a.sapo or "")}</p></div></div>'
            for href, a in items)
        links = "".join(f'<a href="{base}{section}' + (f'?page={n}' if n > 1 else "") + f'">{n}</a>'
                        for n in range(1, pages + 1))
        if page < pages:
            links += f'<a href="{base}{section}?page={page + 1}">»</a>'
        return LISTING.format(title=esc(SECTIONS[section][0]), nav=self.nav(base), entries=entries,
                              pager=links, footer=esc(FOOTER))

    def alias_items(self, base: str) -> list[tuple[str, ReplicaArticle]]:
        """One article under the addresses that must all map to it, and a media item."""
        plain = [a for a in self.listing(UNION) if not a.fault]
        first, second, third = plain[0], plain[1], plain[2]
        https = "https" + base[len("http"):] if base.startswith("http:") else base
        stem = first.path[: -len(".html")]
        return [
            (https + first.path, first),
            (base + first.path + "?utm_source=facebook&utm_medium=social#binh-luan", first),
            (f"{base}{stem}-{first.id}.html", first),
            (f"{base}/apicenter@/print_article&i={second.id}", second),
            (f"{base}/{slugify(third.title)}-{third.id}.media", third),
        ]

    def robots(self, base: str) -> str:
        return (f"User-agent: *\nDisallow: /apicenter@/\nDisallow: /tim-kiem\n\n"
                f"Sitemap: {base}/sitemap.xml\n")

    def sitemap_index(self, base: str) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.'
                f'sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{base}/sitemap-articles.xml'
                "</loc></sitemap></sitemapindex>\n")

    def sitemap(self, base: str) -> str:
        entries = "".join(f"<url><loc>{base}{a.link_path}</loc><lastmod>"
                          f"{a.published.date().isoformat()}</lastmod></url>"
                          for a in self.articles)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                f'schemas/sitemap/0.9">{entries}</urlset>\n')

    def feed(self, base: str) -> str:
        latest = sorted(self.articles, key=lambda a: a.published, reverse=True)[:10]
        items = "".join(f"<item><title>{esc(a.title)}</title><link>{base}{a.link_path}</link>"
                        f"</item>" for a in latest)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Lao '
                f"Động Thủ Đô</title><link>{base}/</link>{items}</channel></rss>\n")

    def home(self, base: str) -> str:
        latest = sorted(self.articles, key=lambda a: a.published, reverse=True)[:8]
        entries = "".join(f'<li><a href="{base}{a.link_path}">{esc(a.title)}</a></li>' for a in latest)
        return HOME.format(nav=self.nav(base), entries=entries, footer=esc(FOOTER))

    def huge_page(self, article: ReplicaArticle, base: str) -> bytes:
        if self.huge_body is None:
            page = self.article_html(article, base).encode("utf-8")
            filler = b"<!-- " + b"x" * (HUGE_BYTES - len(page)) + b" -->"
            self.huge_body = page.replace(b"</body>", filler + b"</body>")
        return self.huge_body


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 the way Vietnamese legacy pages hold it: base letters with diacritics
    that the code page has, tone marks as separate combining characters."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for mark in marks:
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1 and _in_cp1258(composed):
                base = composed
                marks.remove(mark)
                break
        out.append((base + "".join(marks)).encode("cp1258"))
    return b"".join(out)


def _in_cp1258(char: str) -> bool:
    try:
        char.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title} | Báo Lao động Thủ đô</title>
<meta name="description" content="{description}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{canonical}">
<meta property="og:type" content="article">
<link rel="canonical" href="{canonical}">
</head>
<body>
<header class="header"><div class="logo"><a href="{base}/">Lao Động Thủ Đô</a></div>
{nav}</header>
<div class="container"><div class="col_left">
<div class="content_detail">
<div class="title_new_nav">{breadcrumb}</div>
<h1 class="title_detail">{title}</h1>
<div class="tool"><i>{time}</i> <a class="print" href="{base}/apicenter@/print_article&i={id}">In bài</a></div>
{sapo}
{inline}
<div class="detail_info">
{body}
</div>
<div class="tags"><span>Tags:</span> {tags}</div>
<div class="box_tinlienquan"><h3>Tin khác</h3><ul>{related}</ul></div>
</div></div>
<div class="col_right"><div class="box_doc_nhieu"><h3>Tin đọc nhiều</h3></div></div></div>
<footer class="footer"><p>{footer}</p><p><a href="{base}/">Phiên bản di động</a></p></footer>
</body>
</html>
"""

LISTING = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>{title} | Báo Lao động Thủ đô</title></head>
<body>
<header class="header">{nav}</header>
<div class="col_category"><h1>{title}</h1>
{entries}
<div class="__MB_ARTICLE_PAGING">{pager}</div>
</div>
<footer class="footer"><p>{footer}</p></footer>
</body>
</html>
"""

HOME = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Báo Lao động Thủ đô</title></head>
<body>
<header class="header">{nav}</header>
<div class="home"><ul>{entries}</ul></div>
<footer class="footer"><p>{footer}</p></footer>
</body>
</html>
"""
