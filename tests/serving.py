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
        [str(chromium), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr",
         "--v=0", "--dump-dom", url],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


def browser_dom(chromium: Path, url: str, profile: Path) -> str:
    """The DOM of `url` as headless Chromium rendered it."""
    return browser(chromium, url, profile)[0]


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def screenshot(chromium: Path, url: str, profile: Path, path: Path, height: int = 1400) -> None:
    """A PNG of `url` as headless Chromium shows it, 1280 pixels wide."""
    result = subprocess.run(
        [str(chromium), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--hide-scrollbars",
         f"--window-size=1280,{height}", f"--screenshot={path}", url],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and Path(path).exists(), result.stderr[-2000:]


def browser_paste_and_submit(chromium: Path, url: str, profile: Path, field: str, text: str,
                             timeout: float = 60) -> str:
    """Open `url` in headless Chromium, paste `text` into the form field whose id is `field`,
    press the form's submit button as a reader would, and return the DOM of the page the form
    leads to. Driven over the DevTools protocol, on a port of 127.0.0.1."""
    from websockets.sync.client import connect

    port = free_port()
    process = subprocess.Popen(
        [str(chromium), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
         f"--remote-debugging-port={port}", "--remote-debugging-address=127.0.0.1", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as r:
                    pages = [t for t in json.load(r) if t["type"] == "page"]
                if pages:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("Chromium's DevTools did not answer")
            time.sleep(0.1)
        with connect(pages[0]["webSocketDebuggerUrl"], max_size=None) as ws:
            devtools = _DevTools(ws, deadline)
            devtools.call("Page.enable")
            devtools.call("Page.navigate", url=url)
            devtools.wait("Page.loadEventFired")
            devtools.evaluate(f"document.getElementById({json.dumps(field)}).focus()")
            devtools.call("Input.insertText", text=text)  # what a paste types into the field
            devtools.evaluate("document.activeElement.form"
                              ".querySelector('[type=submit]').click()")
            devtools.wait("Page.loadEventFired")
            return devtools.evaluate("document.documentElement.outerHTML")
    finally:
        process.terminate()
        process.wait(timeout=20)


class _DevTools:
    def __init__(self, ws, deadline: float):
        self.ws, self.deadline, self.next_id, self.events = ws, deadline, 0, []

    def _receive(self) -> dict:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("Chromium did not finish in time")
        return json.loads(self.ws.recv(timeout=remaining))

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = self._receive()
            if message.get("id") == self.next_id:
                assert "error" not in message, (method, message["error"])
                return message.get("result", {})
            self.events.append(message)

    def wait(self, event: str) -> dict:
        while True:
            for n, message in enumerate(self.events):
                if message.get("method") == event:
                    return self.events.pop(n)
            self.events.append(self._receive())

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")
