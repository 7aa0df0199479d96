"""The recovery sheet PDF: one A4 page, the key in groups, Khmer shaped, written all or nothing."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from shelter_desktop import atomic_file
from shelter_desktop.domain.dto import ShelterProfile
from shelter_desktop.domain.errors import InvalidRecoveryKey
from shelter_desktop.domain.recovery_key import format_recovery_key
from shelter_desktop.domain.recovery_sheet import RecoverySheet
from shelter_desktop.reports import fonts
from shelter_desktop.reports import recovery_sheet as report
from shelter_desktop.reports.recovery_sheet import build_recovery_sheet
from shelter_desktop.services.recovery_sheet import write_recovery_sheet

KHMER_NAME = "មណ្ឌលសុវត្ថិភាព ភ្នំពេញ"
DATABASE_ID = "3f2b8c1e-9a4d-4e71-b0c2-5d6e7f8a9b0c"
DAY = datetime.date(2026, 3, 14)


def new_key() -> str:
    return format_recovery_key(os.urandom(32))


def sheet(name: str = "Safe Haven Shelter", key: str | None = None) -> RecoverySheet:
    return RecoverySheet(name, "SHV", new_key() if key is None else key, DAY, DATABASE_ID)


def pdf_text(path: Path) -> str:
    # NFKC: shaping sets Latin ligatures ("ffi"), which extract as one character.
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", text)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_sheet_is_one_page_with_the_key_groups_the_shelter_and_the_date(tmp_path: Path) -> None:
    key = new_key()
    target = tmp_path / "recovery.pdf"
    build_recovery_sheet(sheet(key=key), target)

    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = pdf_text(target)
    flat = squeezed(text)
    groups = key.split("-")
    assert len(groups) == 11
    for group in groups:
        assert group in flat  # each group's five characters in order
    assert "Safe Haven Shelter" in text
    assert "SHV" in text
    assert "14 March 2026" in text
    assert DATABASE_ID in text
    assert "Recovery key sheet" in text
    assert "never photograph it" in text


def test_khmer_is_printed_in_the_embedded_khmer_font(tmp_path: Path) -> None:
    target = tmp_path / "recovery.pdf"
    build_recovery_sheet(sheet(KHMER_NAME), target)
    text = pdf_text(target)
    # Shaped Khmer extracts unreliably (glyphs map back only in part); Khmer digits are simple
    # glyphs and come back as written: the year of "ថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៦".
    assert "២០២៦" in text
    assert re.search("[\u1780-\u17ff]{2,}", text)
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    listing = subprocess.run(
        ["pdffonts", str(target)], check=True, capture_output=True, text=True
    ).stdout
    fonts_used = {line.split()[0].split("+")[-1]: line.split() for line in listing.splitlines()[2:]}
    assert set(fonts_used) == {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansKhmer-Regular",
        "NotoSansKhmer-Bold",
    }
    for columns in fonts_used.values():
        assert columns[-5] == "yes"  # embedded


def test_every_style_shapes_and_shaping_is_available() -> None:
    assert fonts.shaping_available()
    for style in report._styles().values():
        assert style.shaping == 1
        assert style.fontName in (fonts.LATIN, fonts.LATIN_BOLD)


def test_a_vowel_below_a_subscript_does_not_lower_the_letters_after_it(tmp_path: Path) -> None:
    """reportlab 5.1 left the text rise of "ុ" under "ម្ព" in force for "ជា" (see fonts)."""
    target = tmp_path / "word.pdf"
    canvas = Canvas(str(target), pageCompression=0)
    item = fonts.paragraph("កម្ពុជា", fonts.paragraph_style("word", 28))
    item.wrap(300, 100)
    item.drawOn(canvas, 50, 700)
    canvas.save()
    content = PdfReader(target).pages[0].get_contents().get_data().decode("latin-1")
    rises = [float(value) for value in re.findall(r"(-?[\d.]+) Ts", content)]
    assert any(rise < 0 for rise in rises)  # the stacked vowel is lowered...
    assert rises[-1] == 0  # ...and the letters after it are back on the line
    assert content.rindex(" Ts") < content.rindex("Tj")  # "ជា" is drawn after the reset


@pytest.mark.parametrize(
    "name",
    [
        KHMER_NAME,
        "Safe Haven Shelter for Women and Children of the Northern Provinces, run jointly by "
        "several organisations working against human trafficking in Cambodia and beyond",
        "មណ្ឌលសុវត្ថិភាព ភ្នំពេញ សម្រាប់ស្ត្រី និងកុមារ ដែលរងគ្រោះពីការជួញដូរមនុស្ស "
        "នៅខេត្តបាត់ដំបង និងខេត្តសៀមរាប ព្រមទាំងខេត្តបន្ទាយមានជ័យ",
        "ស្ត្រី" * 40,  # one Khmer word longer than the line
        "X" * 200,
        "Word " * 1000,  # far beyond the 200 characters the program accepts
        "Shelter <b>&amp; Co</b> \"quoted\"",
    ],
    ids=["khmer", "long-latin", "long-khmer", "khmer-one-word", "one-long-word", "huge", "markup"],
)
def test_long_and_khmer_names_stay_on_one_page(tmp_path: Path, name: str) -> None:
    key = new_key()
    target = tmp_path / "recovery.pdf"
    build_recovery_sheet(sheet(name, key), target)
    assert len(PdfReader(target).pages) == 1
    flat = squeezed(pdf_text(target))
    for group in key.split("-"):
        assert group in flat


def test_a_long_latin_name_is_printed_whole(tmp_path: Path) -> None:
    name = (
        "Safe Haven Shelter for Women and Children of the Northern Provinces, run jointly by "
        "several organisations working against human trafficking in Cambodia and beyond"
    )
    target = tmp_path / "recovery.pdf"
    build_recovery_sheet(sheet(name), target)
    assert squeezed(name) in squeezed(pdf_text(target))


def test_markup_characters_in_a_name_print_as_themselves(tmp_path: Path) -> None:
    target = tmp_path / "recovery.pdf"
    build_recovery_sheet(sheet("Shelter <b>&amp; Co</b>"), target)
    assert "Shelter <b>&amp; Co</b>" in pdf_text(target)


def printed_khmer() -> list[tuple[str, str, float]]:
    """(text, style name, width) of every Khmer paragraph the sheet prints."""
    out = [(report.KEY_HINT_KM, "hint_km", report.CONTENT_WIDTH)]
    for heading, paragraphs, bullets in report.SECTIONS_KM:
        out.append((heading, "section_km", report.TEXT_COLUMN_WIDTH))
        out += [(text, "body_km", report.TEXT_COLUMN_WIDTH) for text in paragraphs]
        out += [(text, "bullet_km", report.TEXT_COLUMN_WIDTH) for text in bullets]
    return out


@pytest.mark.parametrize("text, style, width", printed_khmer())
def test_the_printed_khmer_breaks_between_words_only(text: str, style: str, width: float) -> None:
    """Khmer is pre-broken at word boundaries; reportlab never has to cut a word itself."""
    for word in re.split(r"[ |]+", text):
        assert fonts.word_width(word, 11) < report.TEXT_COLUMN_WIDTH, word
    item = fonts.paragraph(report._km(text), report._styles()[style], width)
    _, height = item.wrap(width, 1000)
    assert item._splitLongWordCount == 0
    assert item.wrap(width, 1000)[1] == height  # wrapping again (tables do) changes nothing


def test_an_over_long_khmer_word_is_cut_between_clusters_only() -> None:
    word = "ស្ត្រីកម្ពុជា" * 20
    lines = fonts.break_lines(word, 120, 10).split("\n")
    assert len(lines) > 1
    assert "".join(lines) == word
    for line in lines:
        assert fonts.word_width(line, 10) <= 120
        assert not line.startswith(("\u17d2", "\u17b6", "\u17c1", "\u17ca"))  # no orphan mark
        assert not line.endswith("\u17d2")  # no coeng without its subscript
    assert fonts.clusters("ស្ត្រីខ្មែរ") == ["ស្ត្រី", "ខ្មែ", "រ"]


def test_markup_escapes_text_and_puts_khmer_in_the_khmer_font() -> None:
    out = fonts.markup("a < b & c ភ្នំពេញ (ភ្នំពេញ)។ ABCខ្មែរ")
    assert "a &lt; b &amp; c" in out
    assert f'<font name="{fonts.KHMER}">ភ្នំពេញ</font>' in out
    assert f'<font name="{fonts.KHMER}">(ភ្នំពេញ)។</font>' in out
    # A word that mixes scripts is parted: reportlab shapes a word with one font only.
    assert f'ABC\u200a<font name="{fonts.KHMER}">ខ្មែរ</font>' in out
    assert fonts.KHMER_BOLD in fonts.markup("ខ្មែរ", bold=True)
    assert fonts.markup("one\ntwo") == "one<br/>two"


def test_registering_fonts_twice_is_harmless() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.word_width("ខ្មែរ", 10) > 0


def test_an_invalid_key_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    target = tmp_path / "recovery.pdf"
    key = new_key()
    broken = ("0" if key[0] != "0" else "1") + key[1:]  # the check digits no longer match
    for bad in (broken, "not a key", key[:-6], ""):
        with pytest.raises(InvalidRecoveryKey):
            build_recovery_sheet(sheet(key=bad), target)
        with pytest.raises(InvalidRecoveryKey):
            write_recovery_sheet(ShelterProfile("Safe Haven", "SHV"), bad, DATABASE_ID, target)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "recovery.pdf"
    target.write_bytes(b"the sheet printed before")

    with pytest.raises(InvalidRecoveryKey):
        build_recovery_sheet(sheet(key="WRONG"), target)
    assert target.read_bytes() == b"the sheet printed before"

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fsync", disk_full)
    with pytest.raises(OSError):
        build_recovery_sheet(sheet(), target)
    assert target.read_bytes() == b"the sheet printed before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recovery.pdf"]

    monkeypatch.undo()
    build_recovery_sheet(sheet(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recovery.pdf"]


def test_nothing_but_the_sheet_is_in_the_file(tmp_path: Path) -> None:
    key = new_key()
    target = tmp_path / "recovery.pdf"
    build_recovery_sheet(sheet("Safe Haven Shelter", key), target)
    reader = PdfReader(target)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert "Safe Haven" not in metadata
    for group in key.split("-"):
        assert group not in metadata
    root = reader.trailer["/Root"]
    assert "/Names" not in root  # no attachments or scripts
    assert "/OpenAction" not in root
    assert "/Annots" not in reader.pages[0]


def test_service_prints_todays_sheet_with_the_key_in_its_usual_form(tmp_path: Path) -> None:
    key = new_key()
    typed = key.replace("-", " ").lower()  # as someone might have copied it
    target = tmp_path / "recovery.pdf"
    write_recovery_sheet(ShelterProfile(KHMER_NAME, "PNP"), typed, DATABASE_ID, target)
    text = pdf_text(target)
    flat = squeezed(text)
    for group in key.split("-"):
        assert group in flat
    assert report.date_en(datetime.date.today()) in text
    assert "PNP" in text
