"""Start the real `solieu serve` on 127.0.0.1 and talk to it over HTTP."""
from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from commands import SOLIEU


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, base: str, database: str):
        self.base, self.database = base, database

    def url(self, path: str, **params) -> str:
        query = urllib.parse.urlencode(params)
        return f"{self.base}/{path.lstrip('/')}" + (f"?{query}" if query else "")

    def get(self, path: str, **params) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url(path, **params), timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def json(self, path: str, **params):
        status, body = self.get(path, **params)
        assert status == 200, f"{path} {params}: HTTP {status}: {body[:500]}"
        return json.loads(body)

    def rows(self, name: str, **params) -> list[dict]:
        """Rows of a table, view or canned query of the served database."""
        return self.json(f"{self.database}/{name}.json", _shape="array", **params)


@contextmanager
def running_server(db_path: Path, *options: str):
    port = free_port()
    # A file, not a pipe: a pipe nobody reads fills up and blocks the server's logging.
    log = Path(db_path).with_suffix(f".serve-{port}.log")
    with log.open("w") as output:
        process = subprocess.Popen(
            [SOLIEU, "serve", "--db", str(db_path), "--port", str(port), *options],
            stdout=output, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", Path(db_path).stem)
    try:
        _wait_until_up(server, process, log)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=20)


def _wait_until_up(server: Server, process: subprocess.Popen, log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"solieu serve exited {process.returncode}: {log.read_text()}")
        try:
            urllib.request.urlopen(server.url("-/versions.json"), timeout=2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"solieu serve did not answer within {timeout} s")


def browser(chromium: Path, url: str, profile: Path) -> tuple[str, str]:
    """The DOM of `url` as headless Chromium rendered it, and Chromium's log (the page's
    console messages, Content-Security-Policy refusals among them)."""
    result = subprocess.run(
        [str(chromium), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
         "--dump-dom", url],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


def browser_dom(chromium: Path, url: str, profile: Path) -> str:
    """The DOM of `url` as headless Chromium rendered it."""
    return browser(chromium, url, profile)[0]
