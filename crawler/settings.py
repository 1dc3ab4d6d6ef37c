"""Scrapy settings: polite by default.

One request at a time to the site, a delay that AutoThrottle widens when the server slows
down, robots.txt obeyed, retries with backoff (honouring Retry-After), bounded page size and
time. ``SOLIEU_NO_DELAYS`` (``solieu crawl --no-delay``) turns the waiting off for tests and
benchmarks against a local replica; never point it at the real site.
"""
BOT_NAME = "solieu"
SPIDER_MODULES = ["solieu.crawler.spiders"]
NEWSPIDER_MODULE = "solieu.crawler.spiders"

# The site crawled: a module of solieu.extract.sites (its base URL, sections, URL forms, selectors).
SOLIEU_SITE = "laodongthudo"

# Who we are and how to reach the operator (`--contact` / SOLIEU_CONTACT fill it in).
SOLIEU_CONTACT = "no contact given"
USER_AGENT_TEMPLATE = "solieu/{version} (news figures research crawler; contact: {contact})"
# The version the crawl's run row records: the caller's (solieu.crawler.runner.crawl(version=)).
SOLIEU_VERSION = None

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50%, so requests do not tick like a clock
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
# A news article is a few hundred kB; a multi-megabyte page is an error page or an
# embedded blob, not text worth storing.
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 10

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Waiting before a retry: base * 2**(attempt-1) seconds, capped; Retry-After wins when sent.
RETRY_BACKOFF_BASE = 5.0
RETRY_BACKOFF_MAX = 300.0
RETRY_AFTER_MAX = 900.0

SOLIEU_NO_DELAYS = False
NO_DELAY_SETTINGS = {
    # A millisecond, not 0: with no delay at all, Scrapy's downloader (2.19, asyncio reactor)
    # sends every request queued for the site at once, before the first has started and
    # counts against CONCURRENT_REQUESTS_PER_DOMAIN; with any delay it sends one and waits.
    "DOWNLOAD_DELAY": 0.001,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "RETRY_BACKOFF_BASE": 0,
}

# Development only: `solieu crawl --http-cache` replays pages from disk.
HTTPCACHE_ENABLED = False
HTTPCACHE_EXPIRATION_SECS = 24 * 3600

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "solieu.crawler.middlewares.PoliteRetryMiddleware": 550,
}
ITEM_PIPELINES = {"solieu.crawler.pipelines.StorePipeline": 300}
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "solieu.crawler.extensions.CrawlProgress": 500,
}
SOLIEU_PROGRESS_SECONDS = 5.0

LOG_LEVEL = "WARNING"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
