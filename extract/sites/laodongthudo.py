"""Lao Động Thủ Đô (laodongthudo.vn): what solieu knows of the site (see :mod:`solieu.extract.sites`).

URL forms. An article is ``/<section>/<slug>-<id>.html``, also ``<slug>-<id>-<id>.html`` (the
id written twice), its print view ``/apicenter@/print_article&i=<id>``, and a video
``<slug>-<id>.media``. A slug may end in a number (``tong-ket-nam-2024-168008.html``): only the
last number is the id. Section listings are ``/<section>[/<subsection>]``, paged with ``?page=``.

Markup (see shared SITE.md): article title ``.content_detail h1``, time ``.content_detail .tool
i``, lead a sapo element or a first paragraph starting "(LĐTĐ)", body ``.detail_info`` (paragraphs
and image captions), breadcrumb ``.title_new_nav > span > a > span``, tags ``.tags a``; listings
``div.list_news`` with ``.list_news_title h2 a`` links and a ``div.__MB_ARTICLE_PAGING`` pager.
"""
import re

NAME = "laodongthudo"
BASE_URL = "https://laodongthudo.vn"
SECTIONS = ("cong-doan",)  # the trade-union sections
HOSTS = ("laodongthudo.vn",)
ID_PREFIX = ""  # the first site: its ids are its bare numbers

PRINT_VIEW = re.compile(r"/apicenter@/print_article&i=(\d+)")
ARTICLE_NUMBER = (re.compile(r"-(\d+)(?:-\1)?\.(?:html?|media)$"), PRINT_VIEW)
MEDIA_SUFFIX = ".media"

# The paper's mark that starts an article's lead, "(LĐTĐ) ..."; a later line with it is a
# teaser of another article. In scraped page text, these tell a page of the site.
LEAD_MARK = "(LĐTĐ)"
TEXT_SIGNS = (LEAD_MARK, "laodongthudo.vn", "Phiên bản di động")

HTML_FORMAT = "ldtd-html"
TITLE = ".content_detail h1"
TIME = ".content_detail .tool i"
BODY = ".detail_info"
BREADCRUMB = ".title_new_nav > span > a > span"
HOME_CRUMBS = {"trang chủ", "home"}
LEAD_CONTAINER = ".content_detail *[class]"  # a sapo element is looked for among these
AUTHOR = ".content_detail .author, .detail_author, [rel=author]"
TAGS = ".tags a"

LISTING_MARK = ".list_news"  # three of these and no article body: a section listing
LISTING_ITEMS = "div.list_news .list_news_title h2 a"
NEXT_PAGE = "div.__MB_ARTICLE_PAGING a"
NAV_LINKS = "header a, nav a, .menu a, #menu a, .nav a"
