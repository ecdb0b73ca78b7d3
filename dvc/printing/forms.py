"""Form definitions: one TOML file per printed form, in forms/ (see forms/README.md).

A council adapts wording or layout by copying a form into ``<data dir>/forms/``
and editing the copy; that copy wins over the one shipped with dvc.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.folders import app_folder
from dvc.folders import paths


def shipped_forms_dir() -> Path:
    """The forms dvc ships: in a packaged app beside the executable or in its bundle, else repo_root/forms."""
    return app_folder.shipped("forms") or Path(__file__).resolve().parent.parent.parent / "forms"


SHIPPED = shipped_forms_dir()
ENV_FORMS = "DVC_FORMS_DIR"
ITEM_TYPES = frozenset({"text", "paragraph", "field", "checkbox", "qr", "table", "line", "box"})
PAGE_SIZES = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "B5": (182.0, 257.0)}


@dataclass(frozen=True)
class Grid:
    columns: int
    rows: int
    cell_width: float
    cell_height: float
    origin_x: float
    origin_y: float
    gap_x: float = 0.0
    gap_y: float = 0.0
    cut_lines: bool = True


@dataclass(frozen=True)
class FormSpec:
    name: str
    title: str
    width_mm: float
    height_mm: float
    font_size: float
    footer: bool
    items: list[dict] = field(default_factory=list)
    grid: Grid | None = None
    source: Path | None = None

    @property
    def per_page(self) -> int:
        return self.grid.columns * self.grid.rows if self.grid else 1


def search_dirs() -> list[Path]:
    dirs = []
    if os.environ.get(ENV_FORMS):
        dirs.append(Path(os.environ[ENV_FORMS]))
    dirs.append(paths.data_dir() / "forms")
    dirs.append(SHIPPED)
    return dirs


def form_path(name: str) -> Path:
    for folder in search_dirs():
        candidate = folder / f"{name}.toml"
        if candidate.is_file():
            return candidate
    raise UserError(QT_TRANSLATE_NOOP("errors", "The form '{name}' was not found in {dirs}."),
                    name=name, dirs=", ".join(str(d) for d in search_dirs()))


def _bad(path: Path, detail: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "The form file {path} cannot be used: {detail}"),
                     path=str(path), detail=detail)


def load_form(name: str) -> FormSpec:
    path = form_path(name)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise _bad(path, str(exc)) from None
    return parse_form(name, data, path)


def parse_form(name: str, data: dict, path: Path) -> FormSpec:
    form = data.get("form", {})
    page = str(form.get("page", "A4"))
    landscape = page.endswith("-landscape")
    size = PAGE_SIZES.get(page.removesuffix("-landscape"))
    if size is None:
        raise _bad(path, f"page = {page!r}")
    width, height = (size[1], size[0]) if landscape else size
    items = data.get("item", [])
    if not isinstance(items, list) or not items:
        raise _bad(path, "no [[item]]")
    for number, item in enumerate(items, start=1):
        kind = item.get("type")
        if kind not in ITEM_TYPES:
            raise _bad(path, f"item {number}: type = {kind!r}")
        for key in ("x", "y") if kind != "line" else ("x1", "y1", "x2", "y2"):
            if not isinstance(item.get(key), (int, float)):
                raise _bad(path, f"item {number} ({kind}): {key} must be a number (mm)")
        if kind == "table" and not item.get("columns"):
            raise _bad(path, f"item {number}: a table needs columns")
    grid = None
    if "grid" in data:
        g = data["grid"]
        try:
            grid = Grid(**{k: g[k] for k in g})
        except TypeError as exc:
            raise _bad(path, f"[grid]: {exc}") from None
    return FormSpec(
        name=name,
        title=str(form.get("title", name)),
        width_mm=width,
        height_mm=height,
        font_size=float(form.get("font_size", 10)),
        footer=bool(form.get("footer", True)),
        items=items,
        grid=grid,
        source=path,
    )
