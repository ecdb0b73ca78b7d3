"""Printing to a real CUPS queue (a private cupsd, tests/printing/cups_server.py): the sheets' own PDF goes,
vector text and QR codes with the font embedded, and the print dialog's choices go with it as job options.

Issue 17: the print path sent page images (a 2-page job was 7.4 MB); the spool is dvc's PDF itself now.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from dvc.domain.qr import make_payload
from dvc.printing import forms
from dvc.printing.print_queue import JobOptions
from dvc.printing.render import render_pdf
from tests.printing import cups_server
from tests.reception.pdf_tools import fonts, page_texts, qr_texts, unembedded_fonts

SAMPLE_FORMS = Path(__file__).resolve().parent / "forms"


@pytest.fixture(scope="module")
def cups():
    why = cups_server.missing()
    if why:
        pytest.skip(why)
    with cups_server.CupsServer() as server:
        server.add_queue("dvc-office")
        yield server


def sheets(folder: Path, pages: int, monkeypatch) -> Path:
    monkeypatch.setenv(forms.ENV_FORMS, str(SAMPLE_FORMS))
    out = folder / "sheets.pdf"
    render_pdf("sample_sheet", [{"name": f"受付 {n}", "payload": make_payload("KG", "V", uuid.uuid4())}
                                for n in range(pages)], out, drill=False)
    return out


def print_job(pdf: Path, *args: str, env: dict) -> tuple[int, dict | None, str]:
    done = subprocess.run([sys.executable, "-m", "tests.printing.print_job", str(pdf), *args], env=env,
                          capture_output=True, text=True, timeout=300)
    lines = done.stdout.strip().splitlines()
    return done.returncode, json.loads(lines[-1]) if lines else None, done.stderr


def test_the_queue_gets_the_pdf_itself(cups, tmp_path, monkeypatch):
    pdf = sheets(tmp_path, 3, monkeypatch)
    code, result, err = print_job(pdf, "--printer", "dvc-office", env=cups.env)
    assert code == 0 and result["ok"], err
    cups.wait_until_done(timeout=60)
    spooled = cups.job_files()[-1]
    assert spooled.read_bytes() == pdf.read_bytes()  # not a picture of it: 3 pages of text, QR, embedded font
    assert page_texts(spooled)[1] == page_texts(pdf)[1]
    assert fonts(spooled) and unembedded_fonts(spooled) == []
    assert [len(codes) for codes in qr_texts(spooled)] == [1, 1, 1]


def test_the_dialogs_choices_go_with_the_job(cups, tmp_path, monkeypatch):
    pdf = sheets(tmp_path, 4, monkeypatch)
    code, result, err = print_job(pdf, "--printer", "dvc-office", "--pages", "2-3", "--copies", "2", env=cups.env)
    assert code == 0 and result["ok"], err
    cups.wait_until_done(timeout=60)
    control = cups.job_controls()[-1].read_bytes()  # the job's IPP attributes, as cupsd keeps them
    # A raw queue knows no duplex, so Qt leaves the dialog at one side, and so does the job.
    for attribute in (b"sides\x00\x09one-sided", b"media\x00\x02A4"):
        assert attribute in control
    assert b"page-ranges\x00\x08" + struct.pack(">ii", 2, 3) in control  # IPP rangeOfInteger 2-3
    assert b"copies\x00\x04" + struct.pack(">i", 2) in control


def test_job_options_in_cups_words():
    assert JobOptions().as_cups() == []
    assert JobOptions(copies=3, pages=(2, 5), sides="one-sided", media="A4", monochrome=True).as_cups() == [
        ("media", "A4"), ("copies", "3"), ("Collate", "True"), ("sides", "one-sided"),
        ("print-color-mode", "monochrome"), ("page-ranges", "2-5")]
    # The dialog's own options (Qt's CUPS page range, pages per sheet) win over ours.
    dialog = (("page-ranges", "1,3"), ("number-up", "2"))
    assert JobOptions(pages=(2, 3), extra=dialog).as_cups() == list(dialog)


def test_a_queue_that_does_not_exist_is_a_clear_refusal(cups, tmp_path, monkeypatch):
    pdf = sheets(tmp_path, 1, monkeypatch)
    script = ("import sys\nfrom dvc.printing.print_queue import JobOptions, submit_pdf\n"
              "from dvc.domain.messages import UserError\nfrom dvc.i18n import translate\n"
              "try:\n    submit_pdf('no-such-printer', sys.argv[1], title='x', options=JobOptions())\n"
              "except UserError as exc:\n    print(exc.message(translate))\n")
    done = subprocess.run([sys.executable, "-c", script, str(pdf)], env=cups.env, capture_output=True, text=True)
    assert "no-such-printer" in done.stdout and "Traceback" not in done.stderr
