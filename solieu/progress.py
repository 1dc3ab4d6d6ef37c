"""Progress for long work: a bar on a terminal, a periodic count otherwise."""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Iterable, Iterator, TypeVar

import click

T = TypeVar("T")


@contextmanager
def progress(items: Iterable[T], label: str, length: int | None = None,
             every_seconds: float = 5.0) -> Iterator[Iterable[T]]:
    """Wrap `items`; shows a bar on a TTY (stderr), else "label: n/N" lines every few seconds."""
    if sys.stderr.isatty():
        with click.progressbar(items, label=label, length=length, file=sys.stderr) as bar:
            yield bar
        return
    yield _counted(items, label, length, every_seconds)


def _counted(items: Iterable[T], label: str, length: int | None, every: float) -> Iterator[T]:
    last, n = time.monotonic(), 0
    for n, item in enumerate(items, 1):
        yield item
        if time.monotonic() - last >= every:
            last = time.monotonic()
            total = f"/{length}" if length else ""
            click.echo(f"{label}: {n}{total}", err=True)
