"""One way for the screens to call a use case: refusals become a message box, success an announcement.

After Anki's CollectionOp. Calls run on the GUI thread: every use case here is a
short SQLite transaction on a local file, and a desk must not accept the next
scan before the previous one is on disk. The few that wait on another process
or the network (starting the center hub, joining it) go through
run_in_background instead, so the window keeps painting while they wait.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dvc.domain.messages import UserError
from dvc.i18n import translate
from dvc.ui.events import EventBus

T = TypeVar("T")
WAIT_SHOWN_AFTER_MS = 300  # a quick answer shows no "please wait" at all


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


class _Relay(QObject):
    finished = Signal(object, object)  # the result, the exception (None when it worked)


class BackgroundOperation(Generic[T]):
    """A call running on a worker thread; ``done`` once its answer was handled on the GUI thread."""

    def __init__(self) -> None:
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None


def run_in_background(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    wait_text: str = "",
    bus: EventBus | None = None,
    announces: Iterable[str] = (),
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[UserError], None] | None = None,
) -> BackgroundOperation[T]:
    """Run ``call`` on a worker thread, then handle its answer on the GUI thread as run_operation does.

    ``wait_text``: a "please wait" over ``parent`` while it runs (none for a quiet read). Anything but a
    UserError is raised again on the GUI thread, where the crash handler shows and logs it like any other.
    ``call`` must not touch widgets: it runs off the GUI thread.
    """
    operation: BackgroundOperation[T] = BackgroundOperation()
    relay = _Relay()
    progress = None
    if wait_text:
        progress = QProgressDialog(wait_text, "", 0, 0, parent)
        progress.setWindowTitle(QCoreApplication.translate("operations", "dvc"))
        progress.setCancelButton(None)  # what it waits for cannot be taken back half way
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(WAIT_SHOWN_AFTER_MS)

    def finished(result: T, error: BaseException | None) -> None:
        if progress is not None:
            progress.close()
            progress.deleteLater()
        relay.deleteLater()
        operation.result, operation.error, operation.done = result, error, True
        if isinstance(error, UserError):
            show_error(parent, error)
            if on_failure is not None:
                on_failure(error)
            return
        if error is not None:
            raise error
        if bus is not None:
            bus.announce(*announces)
        if on_success is not None:
            on_success(result)

    relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            result, error = call(), None
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which shows or raises it
            result, error = None, exc
        relay.finished.emit(result, error)

    threading.Thread(target=work, name="dvc-operation", daemon=True).start()
    return operation
