"""One way for the screens to call a use case: refusals become a message box, success an announcement.

After Anki's CollectionOp. Calls run on the GUI thread: every use case here is a
short SQLite transaction on a local file, and a desk must not accept the next
scan before the previous one is on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dvc.domain.messages import UserError
from dvc.i18n import translate
from dvc.ui.events import EventBus

T = TypeVar("T")


def show_error(parent: QWidget | None, error: UserError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("operations", "dvc"), error.message(translate))


def run_operation(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    bus: EventBus | None = None,
    announces: Iterable[str] = (),
    on_success: Callable[[T], None] | None = None,
) -> T | None:
    """Run ``call``; on a UserError show it and return None, else announce ``announces`` and return the result."""
    try:
        result = call()
    except UserError as exc:
        show_error(parent, exc)
        return None
    except Exception as exc:
        # A full disk, a read-only folder, a damaged file: what to do next, not the error's own words.
        from dvc.services.core.storage_errors import explain

        error = explain(exc)
        if error is None:
            raise
        show_error(parent, error)
        return None
    if bus is not None:
        bus.announce(*announces)
    if on_success is not None:
        on_success(result)
    return result
