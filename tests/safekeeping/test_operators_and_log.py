import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dvc.domain.messages import UserError
from dvc.domain.vocab import Role
from dvc.services.staff import operators
from dvc.services.safekeeping.audit_log import AuditFilter, count_events, page_events
from dvc.store.tables import Setting, Volunteer
from dvc.ui.dialogs.audit_log import AuditLogDialog
from dvc.ui.dialogs.sign_in import SignInDialog


def test_sign_in_with_and_without_pin(workspace):
    head = operators.list_operators(workspace)[0]
    assert head.role == Role.CENTER_HEAD
    workspace.operator, workspace.operator_role = "", ""
    operators.sign_in(workspace, operator_id=head.id)
    assert workspace.operator == "山田 花子" and workspace.operator_role == Role.CENTER_HEAD
    clerk = operators.add_operator(workspace, name="受付　二郎", pin="１２３４")
    assert clerk.name == "受付 二郎" and clerk.has_pin
    with pytest.raises(UserError):
        operators.sign_in(workspace, operator_id=clerk.id, pin="9999")
    assert workspace.operator == "山田 花子"
    operators.sign_in(workspace, operator_id=clerk.id, pin="1234")
    assert workspace.operator == "受付 二郎" and workspace.operator_role == Role.STAFF


def test_roles_gate_what_staff_may_do(workspace):
    head = operators.list_operators(workspace)[0]
    operators.sign_in(workspace, operator_id=head.id)
    clerk = operators.add_operator(workspace, name="受付 三郎")
    operators.sign_in(workspace, operator_id=clerk.id)
    with pytest.raises(UserError):
        operators.require_role(workspace, Role.CENTER_HEAD)
    with pytest.raises(UserError):
        operators.add_operator(workspace, name="自称 センター長", role=Role.CENTER_HEAD)
    operators.sign_in(workspace, operator_id=head.id)
    operators.require_role(workspace, Role.CENTER_HEAD)


@pytest.mark.parametrize("pin", ["12", "abcd", "1234567890123"])
def test_bad_pins_are_refused(workspace, pin):
    with pytest.raises(UserError):
        operators.add_operator(workspace, name="新人", pin=pin)


def test_council_pin_rule(workspace):
    with workspace.transaction() as s:
        s.add(Setting(key=operators.KEY_REQUIRE_PIN, value="1"))
    with pytest.raises(UserError):
        operators.add_operator(workspace, name="PIN なし")
    head = operators.list_operators(workspace)[0]
    with pytest.raises(UserError):
        operators.sign_in(workspace, operator_id=head.id)  # the first head has no PIN yet


def test_sign_in_dialog_by_keyboard(qtbot, workspace):
    operators.add_operator(workspace, name="受付 二郎", kana="うけつけ じろう")
    workspace.operator = ""
    dialog = SignInDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.filter.insert("じろう")  # what an IME commits; QTest types ASCII only
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert workspace.operator == "受付 二郎"
    dialog.grab().save(str(workspace.path.parent / "sign_in.png"))


def test_sign_in_dialog_adds_a_new_staff_member(qtbot, workspace):
    workspace.operator = ""
    dialog = SignInDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.new_name.insert("新しい 人")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert workspace.operator == "新しい 人"


def test_wrong_pin_shows_a_message_and_stays(qtbot, workspace, monkeypatch):
    operators.add_operator(workspace, name="受付 二郎", pin="2468")
    workspace.operator = ""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog = SignInDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.filter.insert("二郎")
    dialog.pin.setVisible(True)
    qtbot.keyClicks(dialog.pin, "1111")
    dialog.accept()
    assert shown and dialog.result() != SignInDialog.DialogCode.Accepted
    assert workspace.operator == ""


def test_audit_log_pages_and_filters(qtbot, workspace):
    for n in range(5):
        with workspace.transaction() as s:
            (code,) = workspace.new_codes(s, "V")
            s.add(Volunteer(code=code, name=f"人 {n}", kana="ひと"))
    f = AuditFilter(table="volunteer")
    assert count_events(workspace, f) == 5
    first = page_events(workspace, f, limit=2)
    rest = page_events(workspace, f, after=first[-1], limit=10)
    assert len(first) == 2 and len(rest) == 3 and not {r.id for r in first} & {r.id for r in rest}
    assert count_events(workspace, AuditFilter(operator="誰でもない")) == 0
    dialog = AuditLogDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.setCurrentIndex(dialog.table.findData("volunteer"))
    assert dialog.model.total() == 5
    dialog.list.view.setCurrentIndex(dialog.model.index(0, 0))
    assert "name" in dialog.detail.toPlainText()
    dialog.grab().save(str(workspace.path.parent / "audit.png"))
