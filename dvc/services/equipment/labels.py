"""QR labels for equipment: small ones to stick on each tool, big ones for a bin or shelf.

Layouts are forms/equipment_labels.toml and forms/equipment_bin_labels.toml (label
sheets with a [grid]); the QR holds a kind-E payload, so scanning it at the
equipment desk finds the item and nothing personal is printed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.qr import make_payload
from dvc.printing.render import render_pdf
from dvc.services.equipment.items import get_item
from dvc.services.core.workspace import Workspace

ITEM_FORM = "equipment_labels"
BIN_FORM = "equipment_bin_labels"
MAX_LABELS = 2000  # forty sheets of 24-up labels: more is a typo


def label_data(ws: Workspace, *, code: str, name: str, unit: str, equipment_id: uuid.UUID, consumable: bool) -> dict:
    return {
        "name": name, "unit": unit, "code": code, "consumable": consumable,
        "payload": make_payload(ws.identity.council_short, "E", equipment_id),
        "council": ws.identity.council_name,
    }


def label_pages(ws: Workspace, *, copies: Sequence[tuple[uuid.UUID, int]], skip: int = 0) -> list[dict]:
    """One dict per label cell: ``skip`` empty cells first (a sheet already partly used), then each item's copies."""
    total = sum(n for _, n in copies)
    if total < 1 or any(n < 0 for _, n in copies):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Choose at least one label to print."))
    if total + skip > MAX_LABELS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "At most {most} labels can be printed at once."), most=MAX_LABELS)
    cells: list[dict] = [{} for _ in range(max(skip, 0))]
    with ws.session() as s:
        for equipment_id, count in copies:
            item = get_item(s, equipment_id)
            data = label_data(ws, code=item.code, name=item.name, unit=item.unit, equipment_id=item.id,
                              consumable=item.consumable)
            cells.extend(dict(data) for _ in range(count))
    return cells


def print_labels(ws: Workspace, *, copies: Sequence[tuple[uuid.UUID, int]], out: Path | str | BinaryIO,
                 bins: bool = False, skip: int = 0) -> int:
    """Write the label sheets; returns the number of pages."""
    cells = label_pages(ws, copies=copies, skip=skip)
    return render_pdf(BIN_FORM if bins else ITEM_FORM, cells, out, drill=ws.identity.drill)
