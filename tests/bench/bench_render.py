"""1,000 one-page forms with a QR and Japanese text to one PDF (the intake-sheet goal is under 10 s)."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from pathlib import Path

from dvc.domain.qr import make_payload
from dvc.printing import forms
from dvc.printing.render import render_pdf

SAMPLE_FORMS = Path(__file__).resolve().parent.parent / "printing" / "forms"


def main() -> None:
    os.environ[forms.ENV_FORMS] = str(SAMPLE_FORMS)
    people = [{"name": f"小金井 太郎{n}", "kana": "こがねい たろう", "code": f"V-KG1-{n:04d}-0",
               "payload": make_payload("KG", "V", uuid.uuid4()), "phone": "090-1234-5678", "insured": True,
               "members": [{"code": "V-KG1-0001-2", "name": "髙橋 﨑子"}]} for n in range(1000)]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "sheets.pdf"
        start = time.perf_counter()
        render_pdf("sample_sheet", people, out, drill=True)
        seconds = time.perf_counter() - start
        print(f"1,000 sheets (QR, Japanese text, table, drill mark): {seconds:.2f} s, {out.stat().st_size / 1e6:.1f} MB")
