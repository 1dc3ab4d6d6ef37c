"""The installed `solieu` command, run as a user runs it: a subprocess; where the real-text set is."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SOLIEU = shutil.which("solieu") or str(Path(sys.executable).with_name("solieu"))


def solieu(*args, cwd=None, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([SOLIEU, *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout)


# The real-text development set (issue 12), read where it lies, never copied into the repository.
REALDEV = Path(os.environ.get("SOLIEU_REALDEV")
               or Path(__file__).resolve().parents[1].parent / "shared" / "realdev")
