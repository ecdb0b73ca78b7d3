"""The list of equipment items (資機材) the desk keeps: add, correct, remove, find by a scanned label."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, select

from dvc.domain import equipment_rules as rules
from dvc.domain.codes import CodeError, parse_code
from dvc.domain.foreign_scan import EQUIPMENT_LABEL, refuse_foreign
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.normalise import nfkc
from dvc.domain.qr import PayloadError, looks_like_payload, parse_payload
from dvc.services.equipment.loans import out_of
from dvc.services.core.workspace import Workspace
from dvc.store.tables import Equipment

# What a center starts with (the list is the council's to edit): name, unit, consumable.
STANDARD_ITEMS = (
    ("スコップ（角）", "本", False), ("スコップ（剣）", "本", False), ("一輪車", "台", False),
    ("土のう袋", "枚", True), ("デッキブラシ", "本", False), ("バケツ", "個", False), ("高圧洗浄機", "台", False),
    ("バール", "本", False), ("ゴム手袋", "双", True), ("防塵マスク", "枚", True), ("ブルーシート", "枚", True),
)


@dataclass(frozen=True)
class ItemDraft:
    name: str
    unit: str = "個"
    owned: int = 0
    lost: int = 0
    damaged: int = 0
    minimum_stock: int = 0
    consumable: bool = False
    lendable_to_block: bool = False
    notes: str = ""


def draft_of(item: Equipment) -> ItemDraft:
    return ItemDraft(name=item.name, unit=item.unit, owned=item.quantity_owned, lost=item.quantity_lost,
                     damaged=item.quantity_damaged, minimum_stock=item.minimum_stock, consumable=item.consumable,
                     lendable_to_block=item.lendable_to_block, notes=item.notes)


def item_draft(ws: Workspace, *, equipment_id: uuid.UUID) -> ItemDraft:
    """An item's fields as the edit dialog shows them."""
    with ws.session() as s:
        return draft_of(get_item(s, equipment_id))


def get_item(s: Session, equipment_id: uuid.UUID) -> Equipment:
    item = s.get(Equipment, equipment_id)
    if item is None or item.deleted:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This equipment item is not in the list (it may have been removed)."))
    return item


def _clean(draft: ItemDraft) -> ItemDraft:
    # Not NFKC: the list keeps the full-width brackets of スコップ（角） as people write them.
    name, unit = " ".join(draft.name.split()), " ".join(draft.unit.split()) or "個"
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Give the item a name."))
    rules.check_quantity(draft.minimum_stock, allow_zero=True)
    return ItemDraft(name=name, unit=unit, owned=draft.owned, lost=draft.lost, damaged=draft.damaged,
                     minimum_stock=draft.minimum_stock, consumable=draft.consumable,
                     lendable_to_block=draft.lendable_to_block, notes=draft.notes.strip())


def _check_unique(s: Session, name: str, exclude: uuid.UUID | None) -> None:
    query = select(Equipment.id).where(Equipment.name == name, Equipment.deleted == False)  # noqa: E712
    if exclude is not None:
        query = query.where(Equipment.id != exclude)
    if s.exec(query).first() is not None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{name}” is already in the list."), name=name)


def _apply(item: Equipment, draft: ItemDraft) -> None:
    item.name, item.unit = draft.name, draft.unit
    item.quantity_owned, item.quantity_lost, item.quantity_damaged = draft.owned, draft.lost, draft.damaged
    item.minimum_stock, item.consumable, item.lendable_to_block = draft.minimum_stock, draft.consumable, draft.lendable_to_block
    item.notes = draft.notes


def add_item(ws: Workspace, *, draft: ItemDraft) -> tuple[uuid.UUID, str]:
    """A new item with its own E- code; returns (id, code)."""
    draft = _clean(draft)
    rules.check_counts(owned=draft.owned, lost=draft.lost, damaged=draft.damaged, out=0, name=draft.name)
    with ws.transaction() as s:
        _check_unique(s, draft.name, None)
        item = Equipment(code=ws.new_codes(s, "E")[0], name=draft.name)
        _apply(item, draft)
        s.add(item)
        s.flush()
        return item.id, item.code


def update_item(ws: Workspace, *, equipment_id: uuid.UUID, draft: ItemDraft, session: Session | None = None) -> None:
    """Correct an item, e.g. after a stocktaking: the counts must still cover what is out on loan.

    With ``session`` the correction joins the caller's transaction and nothing is committed here.
    """
    draft = _clean(draft)
    if session is not None:
        _update(session, equipment_id, draft)
        return
    with ws.transaction() as s:
        _update(s, equipment_id, draft)


def _update(s: Session, equipment_id: uuid.UUID, draft: ItemDraft) -> None:
    item = get_item(s, equipment_id)
    _check_unique(s, draft.name, item.id)
    rules.check_counts(owned=draft.owned, lost=draft.lost, damaged=draft.damaged, out=out_of(s, item.id),
                       name=draft.name)
    _apply(item, draft)
    s.add(item)


def remove_item(ws: Workspace, *, equipment_id: uuid.UUID) -> None:
    """Take an item off the list (a tombstone); refused while pieces of it are out on loan."""
    with ws.transaction() as s:
        item = get_item(s, equipment_id)
        out = out_of(s, item.id)
        if out:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{count} {unit} of {name} are still out on loan; take them back first."),
                            count=out, unit=item.unit, name=item.name)
        item.deleted = True
        s.add(item)


def add_standard_items(ws: Workspace) -> int:
    """Put the usual tools on an empty list (quantities 0, to be counted in); returns how many were added."""
    with ws.transaction() as s:
        present = set(s.exec(select(Equipment.name).where(Equipment.deleted == False)).all())  # noqa: E712
        missing = [entry for entry in STANDARD_ITEMS if entry[0] not in present]
        codes = ws.new_codes(s, "E", len(missing)) if missing else []
        for code, (name, unit, consumable) in zip(codes, missing):
            s.add(Equipment(code=code, name=name, unit=unit, consumable=consumable))
    return len(missing)


SCANNED_OTHER_KIND = QT_TRANSLATE_NOOP("errors", "This label is not an equipment label (it belongs to a volunteer, need or team).")
SCANNED_UNKNOWN = QT_TRANSLATE_NOOP("errors", "No equipment item with this label is in the list.")
SCANNED_UNREADABLE = QT_TRANSLATE_NOOP("errors", "“{text}” is neither an equipment code nor an equipment label's QR code.")


def find_item(ws: Workspace, *, scanned: str) -> uuid.UUID:
    """The item a scanned label (QR payload of kind E) or a typed code E-KG1-0003-5 names."""
    text = nfkc(scanned).strip()
    refuse_foreign(text, scans=EQUIPMENT_LABEL)  # a web address, the maker's barcode on the tool: not dvc's label
    with ws.session() as s:
        if looks_like_payload(text):
            try:
                payload = parse_payload(text)
            except PayloadError:
                raise UserError(SCANNED_UNREADABLE, text=text) from None
            if payload.kind != "E":
                raise UserError(SCANNED_OTHER_KIND)
            item = s.get(Equipment, payload.record_id)
        else:
            try:
                code = parse_code(text)
            except CodeError:
                raise UserError(SCANNED_UNREADABLE, text=text) from None
            if code.kind != "E":
                raise UserError(SCANNED_OTHER_KIND)
            item = s.exec(select(Equipment).where(Equipment.code == str(code))).first()
        if item is None or item.deleted:
            raise UserError(SCANNED_UNKNOWN)
        return item.id
