"""The laodongthudo.vn crawler: a Scrapy project (spiders, items, pipelines, settings).

Run it through :func:`crawler.runner.crawl` (``solieu crawl``): it wires settings, the lock,
the job directory and the run bookkeeping around Scrapy's CrawlerProcess.
"""
