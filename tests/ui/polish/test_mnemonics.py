"""No two Alt keys alike on a desk or in the sign-in dialog, in Japanese and in English (issue 18)."""

from __future__ import annotations

import pytest

from dvc import i18n
from dvc.ui.desks import DESKS
from dvc.ui.dialogs.sign_in import SignInDialog
from tests.ui.conftest import show_active, show_window
from tests.ui.mnemonics import clashes


@pytest.fixture(params=["ja", "en"])
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("ja")


def test_every_desk_gives_each_alt_key_once(qtbot, drill_workspace, language):
    window = show_window(qtbot, drill_workspace)
    for index, desk in enumerate(DESKS):
        window.show_desk(index)
        qtbot.wait(20)
        assert clashes(window) == {}, desk.key


def test_the_sign_in_dialog_gives_each_alt_key_once(qtbot, drill_workspace, language):
    dialog = show_active(qtbot, SignInDialog(drill_workspace))
    dialog.show_new_form()
    assert clashes(dialog) == {}
