"""A code from outside dvc scanned at a desk: a heading and what to do, in the words of what that desk scans.

Reception scans intake sheets, dispatch the teams' dispatch sheets, the
equipment desk its labels. A web address's QR code or a shop's JAN barcode
(scanned_text.foreign_kind) is none of them: every desk says so the same way,
big, in place of the last answer, naming the sheet or label it does read.
"""

from __future__ import annotations

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.scanned_text import BARCODE, WEB_ADDRESS, foreign_kind

CONTEXT = "scan"
INTAKE_SHEET, DISPATCH_SHEET, EQUIPMENT_LABEL = "intake_sheet", "dispatch_sheet", "equipment_label"

TITLES = {
    INTAKE_SHEET: QT_TRANSLATE_NOOP("scan", "Not a dvc sheet"),
    DISPATCH_SHEET: QT_TRANSLATE_NOOP("scan", "Not a dvc dispatch sheet"),
    EQUIPMENT_LABEL: QT_TRANSLATE_NOOP("scan", "Not a dvc equipment label"),
}
DETAILS = {
    (INTAKE_SHEET, WEB_ADDRESS): QT_TRANSLATE_NOOP(
        "scan", "This QR code holds a web address, not a dvc intake sheet. Scan the QR code on the intake "
        "sheet, or type the code printed on it."),
    (INTAKE_SHEET, BARCODE): QT_TRANSLATE_NOOP(
        "scan", "This is a product barcode, not a dvc intake sheet. Scan the QR code on the intake sheet, "
        "or type the code printed on it."),
    (DISPATCH_SHEET, WEB_ADDRESS): QT_TRANSLATE_NOOP(
        "scan", "This QR code holds a web address, not a team's dispatch sheet. Scan the QR code on the "
        "dispatch sheet the team brings back, or type the team code (T-…) printed on it."),
    (DISPATCH_SHEET, BARCODE): QT_TRANSLATE_NOOP(
        "scan", "This is a product barcode, not a team's dispatch sheet. Scan the QR code on the dispatch "
        "sheet the team brings back, or type the team code (T-…) printed on it."),
    (EQUIPMENT_LABEL, WEB_ADDRESS): QT_TRANSLATE_NOOP(
        "scan", "This QR code holds a web address, not a dvc equipment label. Scan the QR code on the label "
        "dvc printed for the tool, or type its code (E-…)."),
    (EQUIPMENT_LABEL, BARCODE): QT_TRANSLATE_NOOP(
        "scan", "This is a product barcode (the maker's), not a dvc equipment label. Scan the QR code on the "
        "label dvc printed for the tool, or type its code (E-…)."),
}


class NotDvcScan(UserError):
    """What was scanned is not dvc's at all: a desk shows it in place of its last answer, not in a message box."""

    context = CONTEXT

    def __init__(self, scans: str, kind: str) -> None:
        super().__init__(DETAILS[(scans, kind)])
        self.scans, self.kind = scans, kind

    @property
    def title_source(self) -> str:
        return TITLES[self.scans]

    def title(self, translate) -> str:  # noqa: ANN001
        return translate(CONTEXT, self.title_source)


def not_dvc(text: str, *, scans: str) -> NotDvcScan | None:
    """The answer for a desk that reads ``scans`` when ``text`` is a code from outside dvc, else None."""
    kind = foreign_kind(text)
    return NotDvcScan(scans, kind) if kind else None


def refuse_foreign(text: str, *, scans: str) -> None:
    error = not_dvc(text, scans=scans)
    if error is not None:
        raise error
