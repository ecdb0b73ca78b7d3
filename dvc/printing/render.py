"""Turning a form definition and page data into a PDF with the Japanese font embedded."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from dvc.domain.timeutil import to_local, utcnow
from dvc.printing import long_text
from dvc.printing.fonts import pdf_font
from dvc.printing.forms import FormSpec, load_form
from dvc.printing.glyphs import printable
from dvc.printing.qr import draw_qr

Progress = Callable[[int, int], None]
DRILL_ORANGE = Color(0.95, 0.55, 0.0)
DRILL_WATERMARK = Color(0.95, 0.55, 0.0, alpha=0.13)
DRILL_BAND = "訓練モード — 訓練用の書類です（実際の活動には使えません）"
LABEL_GREY = Color(0.35, 0.35, 0.35)
LINE_SPACING = 1.15  # a wrapped text's lines, in font sizes
FIELD_LABEL_MM = 3.2  # the small label at a field's top-left


class Values(dict):
    """Page data for ``str.format_map``: a missing key prints nothing, lists print joined."""

    def __missing__(self, key: str) -> str:
        return ""

    def __getitem__(self, key: str) -> object:
        value = super().__getitem__(key) if key in self else ""
        if isinstance(value, bool):
            return "✓" if value else ""
        if isinstance(value, (list, tuple)):
            return "、".join(str(v) for v in value)
        return "" if value is None else value


def fill(template: str, values: Values) -> str:
    try:
        return str(template).format_map(values)
    except (ValueError, IndexError, KeyError, AttributeError):
        # A council's edited wording with a stray brace prints as written.
        return str(template)


class _Page:
    """Draws items with coordinates in mm from the top-left of a page or a grid cell."""

    def __init__(self, canvas: Canvas, spec: FormSpec, font: str, origin: tuple[float, float] = (0.0, 0.0)) -> None:
        self.c, self.spec, self.font = canvas, spec, font
        self.ox, self.oy = origin

    def X(self, x_mm: float) -> float:  # noqa: N802
        return (self.ox + x_mm) * mm

    def Y(self, y_mm: float) -> float:  # noqa: N802
        return (self.spec.height_mm - self.oy - y_mm) * mm

    def measure(self, text: str, size: float) -> float:
        return self.c.stringWidth(text, self.font, size)

    def fitted(self, text: str, size: float, width_mm: float | None, *, lines: int = 1, floor: float | None = None,
               height_mm: float | None = None) -> tuple[float, list[str]]:
        """Smaller to a readable floor, wrapped onto ``lines`` lines, then cut with "…" (long_text.py)."""
        text = printable(text)  # measured as drawn: 〓 where the font lacks a character
        if not width_mm:
            return size, [text]
        height = height_mm * mm if height_mm else None
        return long_text.fit(text, width_mm * mm, size, self.measure, lines=lines, floor=floor, height=height,
                             leading=LINE_SPACING)

    def text_at(self, text: str, x: float, top: float, size: float, *, width: float | None = None,
                align: str = "left", color: Color = black, lines: int = 1, floor: float | None = None,
                height_mm: float | None = None) -> None:
        size, rows = self.fitted(text, size, width, lines=lines, floor=floor, height_mm=height_mm)
        self.draw_rows(rows, x, top, size, width=width, align=align, color=color)

    def draw_rows(self, rows: list[str], x: float, top: float, size: float, *, width: float | None = None,
                  align: str = "left", color: Color = black) -> None:
        self.c.setFont(self.font, size)
        self.c.setFillColor(color)
        for number, row in enumerate(rows):
            row = printable(row)
            baseline = self.Y(top) - size * (0.88 + LINE_SPACING * number)
            if align == "center" and width:
                self.c.drawCentredString(self.X(x + width / 2), baseline, row)
            elif align == "right" and width:
                self.c.drawRightString(self.X(x + width), baseline, row)
            else:
                self.c.drawString(self.X(x), baseline, row)
        self.c.setFillColor(black)

    def item(self, item: dict, values: Values) -> None:
        if "if" in item and not values.get(item["if"]):
            return
        if "unless" in item and values.get(item["unless"]):
            return
        getattr(self, f"_{item['type']}")(item, values)

    def _text(self, item: dict, values: Values) -> None:
        text = fill(item.get("text", ""), values)
        self.text_at(text, item["x"], item["y"], float(item.get("size", self.spec.font_size)),
                     width=item.get("width"), align=item.get("align", "left"), **_fitting(item))

    def _paragraph(self, item: dict, values: Values) -> None:
        size = float(item.get("size", self.spec.font_size))
        style = ParagraphStyle("p", fontName=self.font, fontSize=size, leading=float(item.get("leading", size * 1.45)),
                               wordWrap="CJK")
        markup = escape(printable(fill(item.get("text", ""), values))).replace("\n", "<br/>")
        para = Paragraph(markup, style)
        width = float(item.get("width", self.spec.width_mm - item["x"] - 10)) * mm
        _, height = para.wrap(width, self.spec.height_mm * mm)
        para.drawOn(self.c, self.X(item["x"]), self.Y(item["y"]) - height)

    def _box(self, item: dict, values: Values) -> None:
        self.c.setLineWidth(float(item.get("line", 0.8)))
        shade = item.get("fill")
        if shade is not None:
            self.c.setFillColor(Color(shade, shade, shade))
        self.c.rect(self.X(item["x"]), self.Y(item["y"] + item["height"]), item["width"] * mm, item["height"] * mm,
                    stroke=1, fill=1 if shade is not None else 0)
        self.c.setFillColor(black)
        if item.get("label"):
            self.text_at(fill(item["label"], values), item["x"] + 1.2, item["y"] + 0.8, 7, color=LABEL_GREY)

    def _field(self, item: dict, values: Values) -> None:
        self._box({**item, "line": item.get("line", 0.6)}, values)
        value = fill(item.get("value", ""), values)
        if value:
            # Below the small label at the top-left, above the box's bottom edge.
            fitting = {**_fitting(item), "height_mm": item["height"] - FIELD_LABEL_MM - 1}
            fitted, rows = self.fitted(value, float(item.get("size", self.spec.font_size + 2)), item["width"] - 5,
                                       **fitting)
            block = long_text.block_height(fitted, len(rows), LINE_SPACING) / mm
            top = item["y"] + max(FIELD_LABEL_MM, (item["height"] - block) / 2 + 1.2)
            self.draw_rows(rows, item["x"] + 2.5, top, fitted, width=item["width"] - 5)

    def _checkbox(self, item: dict, values: Values) -> None:
        side = float(item.get("box", 3.5))
        self.c.setLineWidth(0.6)
        self.c.rect(self.X(item["x"]), self.Y(item["y"] + side), side * mm, side * mm)
        checked = fill(str(item.get("checked", "")), values)
        if checked and checked not in ("0", "False", "false"):
            self.c.setLineWidth(1.2)
            x, y = self.X(item["x"]), self.Y(item["y"] + side)
            s = side * mm
            self.c.lines([(x + s * 0.2, y + s * 0.5, x + s * 0.42, y + s * 0.2), (x + s * 0.42, y + s * 0.2, x + s * 0.85, y + s * 0.85)])
        self.text_at(fill(item.get("label", ""), values), item["x"] + side + 1.2, item["y"] - 0.3,
                     float(item.get("size", self.spec.font_size)))

    def _qr(self, item: dict, values: Values) -> None:
        value = fill(item.get("value", ""), values)
        if not value:
            return
        size = float(item.get("size", 30))
        draw_qr(self.c, value, self.X(item["x"]), self.Y(item["y"] + size), size * mm)
        caption = fill(item.get("caption", ""), values)
        if caption:
            self.text_at(caption, item["x"], item["y"] + size + 0.5, float(item.get("caption_size", 8)),
                         width=size, align="center")

    def _line(self, item: dict, values: Values) -> None:
        self.c.setLineWidth(float(item.get("line", 0.6)))
        if item.get("dash"):
            self.c.setDash(2, 2)
        self.c.line(self.X(item["x1"]), self.Y(item["y1"]), self.X(item["x2"]), self.Y(item["y2"]))
        self.c.setDash()

    def _table(self, item: dict, values: Values) -> None:
        columns = item["columns"]
        rows = values.get(item.get("rows", ""), None) or []
        count = max(len(rows), int(item.get("min_rows", 0)))
        count = min(count, int(item.get("max_rows", count or 1)))
        row_h = float(item.get("row_height", 7))
        size = float(item.get("size", self.spec.font_size))
        x0, y = item["x"], item["y"]
        lines = [(0, None)] * (1 if item.get("header", True) else 0) + [(1, r) for r in rows[:count]]
        lines += [(1, {})] * (count - len(rows[:count]))
        total_w = sum(float(c["width"]) for c in columns)
        cell_floor = float(item["min_size"]) if "min_size" in item else None
        self.c.setLineWidth(0.6)
        for index, (is_row, row) in enumerate(lines):
            top = y + index * row_h
            if not is_row:
                self.c.setFillColor(Color(0.9, 0.9, 0.9))
                self.c.rect(self.X(x0), self.Y(top + row_h), total_w * mm, row_h * mm, stroke=0, fill=1)
                self.c.setFillColor(black)
            x = x0
            for col in columns:
                width = float(col["width"])
                self.c.rect(self.X(x), self.Y(top + row_h), width * mm, row_h * mm)
                text = col.get("label", "") if not is_row else fill(f"{{{col['key']}}}", Values(row))
                self.text_at(text, x + 1.2, top + (row_h - size * 0.3528) / 2, size, width=width - 2.4,
                             floor=cell_floor)
                x += width


def _fitting(item: dict) -> dict:
    """A form item's ``lines`` (how many a long text may wrap onto), ``min_size`` (its readable floor) and, for a
    text, ``height`` (mm its lines may take)."""
    out: dict = {"lines": int(item.get("lines", 1))}
    if "min_size" in item:
        out["floor"] = float(item["min_size"])
    if "height" in item and item.get("type") == "text":
        out["height_mm"] = float(item["height"])
    return out


def _drill_mark(canvas: Canvas, spec: FormSpec, font: str) -> None:
    w, h = spec.width_mm * mm, spec.height_mm * mm
    canvas.saveState()
    canvas.setFillColor(DRILL_ORANGE)
    canvas.rect(0, h - 7 * mm, w, 7 * mm, stroke=0, fill=1)
    canvas.setFillColor(Color(1, 1, 1))
    canvas.setFont(font, 10)
    canvas.drawCentredString(w / 2, h - 5 * mm, DRILL_BAND)
    canvas.setFillColor(DRILL_WATERMARK)
    canvas.setFont(font, 150)
    canvas.translate(w / 2, h / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -50, "訓練")
    canvas.restoreState()


def _footer(canvas: Canvas, spec: FormSpec, font: str, page: int, pages: int, printed: str) -> None:
    canvas.setFont(font, 7)
    canvas.setFillColor(LABEL_GREY)
    canvas.drawString(10 * mm, 6 * mm, printable(f"{spec.title}　{printed} 印刷"))
    canvas.drawRightString((spec.width_mm - 10) * mm, 6 * mm, f"{page} / {pages}")
    canvas.setFillColor(black)


def _cut_lines(canvas: Canvas, spec: FormSpec) -> None:
    g = spec.grid
    canvas.saveState()
    canvas.setDash(1, 3)
    canvas.setLineWidth(0.3)
    canvas.setStrokeColor(LABEL_GREY)
    for col in range(g.columns + 1):
        x = (g.origin_x + col * (g.cell_width + g.gap_x) - (g.gap_x / 2 if col else 0)) * mm
        canvas.line(x, (spec.height_mm - g.origin_y) * mm, x, (spec.height_mm - g.origin_y - g.rows * (g.cell_height + g.gap_y)) * mm)
    for row in range(g.rows + 1):
        y = (spec.height_mm - g.origin_y - row * (g.cell_height + g.gap_y)) * mm
        canvas.line(g.origin_x * mm, y, (g.origin_x + g.columns * (g.cell_width + g.gap_x)) * mm, y)
    canvas.restoreState()


def render_pdf(form: str | FormSpec, pages: Iterable[dict], out: Path | str | BinaryIO, *, drill: bool,
               progress: Progress | None = None) -> int:
    """Write one page per dict (or one grid cell per dict for label forms); returns the number of PDF pages."""
    spec = form if isinstance(form, FormSpec) else load_form(form)
    font = pdf_font()
    records = list(pages)
    per_page = spec.per_page
    page_count = max(1, -(-len(records) // per_page))
    target = str(out) if isinstance(out, (str, Path)) else out
    # ReportLab's canvas starts every page in Helvetica, which it never embeds: a PDF/A checker, a print shop and
    # a viewer without that font would stumble on a font no text uses. Starting in the embedded font leaves none.
    canvas = Canvas(target, pagesize=(spec.width_mm * mm, spec.height_mm * mm), pageCompression=1,
                    initialFontName=font, initialFontSize=spec.font_size)
    canvas.setTitle(spec.title)
    canvas.setCreator("dvc")
    printed = to_local(utcnow()).strftime("%Y/%m/%d %H:%M")
    for number in range(page_count):
        chunk = records[number * per_page:(number + 1) * per_page]
        if drill:
            _drill_mark(canvas, spec, font)
        if spec.grid is not None:
            if spec.grid.cut_lines:
                _cut_lines(canvas, spec)
            for index, record in enumerate(chunk):
                g = spec.grid
                origin = (g.origin_x + (index % g.columns) * (g.cell_width + g.gap_x),
                          g.origin_y + (index // g.columns) * (g.cell_height + g.gap_y))
                page = _Page(canvas, spec, font, origin)
                values = Values(record)
                for item in spec.items:
                    page.item(item, values)
        else:
            page = _Page(canvas, spec, font)
            values = Values(chunk[0] if chunk else {})
            for item in spec.items:
                page.item(item, values)
        if spec.footer:
            _footer(canvas, spec, font, number + 1, page_count, printed)
        canvas.showPage()
        if progress is not None:
            progress(number + 1, page_count)
    canvas.save()
    return page_count
