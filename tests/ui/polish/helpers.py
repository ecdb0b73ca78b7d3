"""Screenshots of the polished screens go to DVC_SHOTS (default /tmp/ui-polish/shots), at 1366×768."""

from __future__ import annotations

import os
from pathlib import Path

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/ui-polish/shots"))


def shot(widget, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))
