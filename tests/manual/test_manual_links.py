"""The manual's links: every picture and page it points to exists, in both languages."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
MANUAL = ROOT / "manual"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
CHAPTERS = ("README.md", "getting-started.md", "reception.md", "needs.md", "matching.md", "dispatch.md",
            "equipment.md", "head-office.md", "drill.md", "center-mode.md", "encryption.md")


def local_links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)  # code blocks hold no links
    return [target.split("#")[0] for target in LINK.findall(text)
            if not re.match(r"[a-z]+:", target) and not target.startswith("#")]


def pages() -> list[Path]:
    return sorted(MANUAL.rglob("*.md")) + [ROOT / "README.md"]


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_local_link_and_picture_exists(page):
    missing = [t for t in local_links(page) if t and not (page.parent / t).exists()]
    assert not missing, f"{page.relative_to(ROOT)} points to missing files: {missing}"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_each_language_has_every_chapter_with_its_own_pictures(language):
    folder = MANUAL / language
    assert sorted(p.name for p in folder.glob("*.md")) == sorted(CHAPTERS)
    pictures = [t for page in folder.glob("*.md") for t in local_links(page) if t.endswith(".png")]
    assert len(pictures) >= 20
    expected = "../images/en/" if language == "en" else "../images/"
    for target in pictures:
        assert target.startswith(expected) and "/" not in target[len(expected):], target


def test_the_readme_points_to_the_manual_in_both_languages():
    targets = local_links(ROOT / "README.md")
    assert "manual/ja/README.md" in targets and "manual/en/README.md" in targets


def test_the_pictures_stay_small():
    sizes = [p.stat().st_size for p in (MANUAL / "images").rglob("*.png")]
    assert sizes and max(sizes) < 300_000 and sum(sizes) < 6_000_000
