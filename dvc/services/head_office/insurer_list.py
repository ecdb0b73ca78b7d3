"""The list of people enrolled in volunteer activity insurance here (当日加入), for the insurer.

Only people who agreed to their details going to the insurer (保険情報提供同意)
are on it. Those enrolled without that consent on record are counted and named
by their code only, so the desk can ask them (or send their paper form by
hand) instead of passing their details on without consent.
The list holds names, addresses and birth dates: it is written encrypted
unless the caller passes ``passphrase=None`` deliberately.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlmodel import select

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.timeutil import fiscal_year, local_day, to_local
from dvc.domain.vocab import Gender
from dvc.services.safekeeping import protected_file
from dvc.services.core.table_writer import csv_bytes, set_cell
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Group, Volunteer

HEADERS = ("受付番号", "氏名", "ふりがな", "生年月日", "年齢", "性別", "郵便番号", "住所", "電話番号", "団体名",
           "加入年度", "登録日")
GENDER_TEXT = {Gender.FEMALE: "女性", Gender.MALE: "男性", Gender.OTHER: "その他", Gender.UNSPECIFIED: ""}
FORMATS = ("xlsx", "csv")


@dataclass
class InsurerList:
    fiscal_year: int
    rows: list[list] = field(default_factory=list)
    without_consent: list[str] = field(default_factory=list)  # codes of people enrolled here, consent not on record

    def as_dict(self) -> dict:
        return {"fiscal_year": self.fiscal_year, "listed": len(self.rows), "without_consent": self.without_consent}


def on_site_enrolments(ws: Workspace, *, year: int | None = None) -> InsurerList:
    year = year or fiscal_year(local_day())
    result = InsurerList(year)
    with ws.session() as s:
        found = s.exec(select(Volunteer, Group.name).join(Group, Volunteer.group_id == Group.id, isouter=True)
                       .where(Volunteer.deleted == False, Volunteer.insured_on_site == True,  # noqa: E712
                              Volunteer.insurance_fiscal_year == year)
                       .order_by(Volunteer.registered_at, Volunteer.code)).all()
    for v, group_name in found:
        if not v.insurance_consent:
            result.without_consent.append(v.code)
            continue
        result.rows.append([v.code, v.name, v.kana, v.birth_date.isoformat() if v.birth_date else "",
                            v.age if v.age is not None else "", GENDER_TEXT.get(v.gender, ""), v.postal_code,
                            v.address, v.phone, group_name or "", year, to_local(v.registered_at).date().isoformat()])
    return result


def _xlsx(listing: InsurerList) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = f"{listing.fiscal_year}年度当日加入"
    for column, header in enumerate(HEADERS, start=1):
        set_cell(sheet, 1, column, header).font = Font(bold=True)
    for row_number, row in enumerate(listing.rows, start=2):
        for column, value in enumerate(row, start=1):
            set_cell(sheet, row_number, column, value)
    for column, width in zip("ABCDEFGHIJKL", (16, 16, 18, 12, 6, 8, 10, 40, 16, 20, 10, 12)):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv(listing: InsurerList) -> bytes:
    return csv_bytes([HEADERS, *listing.rows])


def write_insurer_list(listing: InsurerList, out: Path | str, *, passphrase: str | None) -> Path:
    """Write the list as .xlsx or .csv (by the name); encrypted as ``out``.zip unless ``passphrase`` is None."""
    path = Path(out)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Name the list file .xlsx or .csv (not “{name}”)."), name=path.name)
    data = _xlsx(listing) if kind == "xlsx" else _csv(listing)
    if passphrase is None:
        return protected_file.write_plain(path, data)
    return protected_file.write_protected(path, {path.name: data}, passphrase=passphrase)

