"""The installed `solieu` command, run as a user runs it: a subprocess."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SOLIEU = shutil.which("solieu") or str(Path(sys.executable).with_name("solieu"))


def solieu(*args, cwd=None, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([SOLIEU, *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout)
