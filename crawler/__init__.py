"""The news crawler: a Scrapy project (a spider, pipelines, middlewares, settings) for the sites
of :mod:`solieu.extract.sites` (laodongthudo.vn). Its items are `solieu.extract.records.Article`, parsed by
the parser ingestion uses.

Run it through :func:`solieu.crawler.runner.crawl` (``solieu crawl``): it wires settings, the lock,
the job directory and the run bookkeeping around Scrapy's CrawlerProcess.
"""
