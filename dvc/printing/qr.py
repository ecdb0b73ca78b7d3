"""QR codes drawn as vector shapes: sharp at any printer resolution, small in the PDF."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
FIXED_MASK = 2


def qr_matrix(text: str) -> list[list[bool]]:
    # M correction survives a crease or a coffee stain on a sheet carried all day.
    # A fixed mask skips trying all eight (two thirds of the time for a sheet):
    # every mask decodes; the choice only tunes contrast patterns.
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=0, mask_pattern=FIXED_MASK)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw a QR whose outer square (quiet zone included) is ``size`` points, lower-left at (x, y)."""
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET_ZONE
    module = size / count
    # Rows overlap a hair so no renderer shows seams between them.
    seam = module * 0.05
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + QUIET_ZONE + 1) * module
        start = None
        # One rectangle per run of dark modules keeps the PDF small and fast to draw.
        for col_index, dark in enumerate([*row, False]):
            if dark and start is None:
                start = col_index
            elif not dark and start is not None:
                path.rect(x + (start + QUIET_ZONE) * module, top - seam, (col_index - start) * module, module + seam)
                start = None
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
