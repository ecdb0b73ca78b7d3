"""Starting the GUI: the application, its language and font, the workspace, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from dvc import i18n
from dvc.services.core.preferences import resolve_language
from dvc.ui.fonts import apply_japanese_font

EXIT_OK = 0
EXIT_REFUSED = 1
LAPTOP_SIZE = (1366, 768)


def ensure_application() -> QApplication:
    """The one QApplication, made ready for Japanese: translations installed, a Japanese font set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("dvc")
        app.setOrganizationName("dvc")
        # `dvc --lang en` chose before the GUI started: keep that choice.
        if i18n.is_installed():
            i18n.attach_to_app()
        else:
            i18n.install(resolve_language())
        apply_japanese_font(app)
    return app  # type: ignore[return-value]


def run(*, db_path: Path, drill: bool, explicit_path: bool) -> int:
    app = ensure_application()
    from dvc.ui import crash
    from dvc.ui.auto_backup import AutoBackup
    from dvc.ui.dialogs.sign_in import SignInDialog
    from dvc.ui.main_window import MainWindow
    from dvc.ui.startup import open_for_gui

    from dvc.services.center.replicator import Replicator

    crash.install()
    ws = open_for_gui(db_path=Path(db_path), drill=drill, explicit_path=explicit_path)
    if ws is None:
        return EXIT_REFUSED
    # In step with the center's hub while the window is open, and already while someone signs in (nothing happens
    # on a laptop that joined none). The window shows its light and refreshes the desks on its rounds.
    replicator = Replicator(ws)
    replicator.start()
    try:
        if not ws.operator and SignInDialog(ws).exec() != SignInDialog.DialogCode.Accepted:
            return EXIT_OK
        window = MainWindow(ws, replicator=replicator)
        backups = AutoBackup(ws, window)
        backups.done.connect(window.status_line.show_backup)
        # On exit too: the copy taken as the laptop closes is the one people reach for.
        app.aboutToQuit.connect(lambda: backups.backup_if_changed(reason="exit"))
        window.resize(*LAPTOP_SIZE)
        window.showMaximized()
        return app.exec()
    finally:
        replicator.stop()
        ws.close()
