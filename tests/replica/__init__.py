"""A local replica of laodongthudo.vn for crawler tests and benchmarks (never the internet).

    from tests.replica import ReplicaSite, serve_replica   # or `from replica import ...` in tests
    with serve_replica() as server:          # 127.0.0.1, a free port, threaded
        server.url                           # "http://127.0.0.1:PORT": pass as --base-url
        server.env                           # SOLIEU_SITE_HOSTS naming it the site's mirror
        server.requests                      # every request seen: Seen(path, status, user_agent, at, done)
        server.article_requests()            # just the article / print-view ones
        server.page_bytes(path)              # a page as served without faults (not logged)
        server.site.expected_stored()        # what a correct crawl of /cong-doan stores

``serve_replica(faults=False)`` gives a fault-free site (for benchmarks); ``delay`` adds a
per-response sleep (seconds) to look like a real server; ``ReplicaSite(redesigned=True)``
serves article pages in a markup the site selectors do not know (``redesigned={"detail_info":
"article-content"}`` renames only the classes named); ``ReplicaSite(scale=20)`` has
20 times the generated articles (about 1,000 pages).
"""
from __future__ import annotations

from .server import ReplicaServer, Seen
from .site import FAULTS, REAL_SHAPES, ReplicaArticle, ReplicaSite, encode_cp1258

__all__ = ["FAULTS", "REAL_SHAPES", "ReplicaArticle", "ReplicaServer", "ReplicaSite", "Seen", "encode_cp1258",
           "serve_replica"]


def serve_replica(site: ReplicaSite | None = None, host: str = "127.0.0.1", port: int = 0,
                  delay: float = 0.0, faults: bool = True, scale: int = 1) -> ReplicaServer:
    """Start the replica in a background thread; stop it with .stop() or a `with` block.
    `delay` can be changed on the running server (`server.delay = 0.05`)."""
    site = site or ReplicaSite(faults=faults, scale=scale)
    return ReplicaServer(site, host=host, port=port, delay=delay)
