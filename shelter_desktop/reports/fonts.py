"""PDF fonts shared by every report: bundled Noto Sans (Latin) and Noto Sans Khmer.

reportlab shapes complex scripts only when ``uharfbuzz`` is importable *and* the paragraph style
has ``shaping=1``; without shaping, Khmer subscripts (coeng) and vowels come out broken. reportlab
also shapes each word (text between spaces) with a single font, and neither font covers the other
script (Noto Sans Khmer has no Latin letters or digits), so :func:`markup` wraps every Khmer run
in its own ``<font>`` tag and keeps Latin and Khmer letters in separate words.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from importlib.resources import as_file, files
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph

LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"
KHMER = "NotoSansKhmer"
KHMER_BOLD = "NotoSansKhmer-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    KHMER: "NotoSansKhmer-Regular.ttf",
    KHMER_BOLD: "NotoSansKhmer-Bold.ttf",
}

# Khmer (U+1780–U+17FF) and Khmer Symbols (U+19E0–U+19FF).
_KHMER_CHARS = "\u1780-\u17ff\u19e0-\u19ff"
_KHMER = re.compile(f"[{_KHMER_CHARS}]")
# Characters that join a Khmer run: they are in Noto Sans Khmer too (zero-width joiners and
# punctuation that Khmer writing uses), so a word like "(ភ្នំពេញ)" or "ភ្នំពេញ។" stays one run.
_JOINS_KHMER = "\u200b\u200c\u200d\u00a0!\"'(),\\-./:;?\u2019\u201c"
_KHMER_RUN = re.compile(f"[{_JOINS_KHMER}]*[{_KHMER_CHARS}][{_KHMER_CHARS}{_JOINS_KHMER}]*")
_SPACE = re.compile(r"(\s+)")
# Khmer writes no spaces between words; a zero-width space marks where a line may break.
ZWSP = "\u200b"
_BREAK = re.compile(f"( +|{ZWSP})")
# paragraph() breaks lines this much narrower than the cell, so that reportlab's own measure
# never finds a pre-broken line too long; a column is as wide as its longest word / BREAK_SLACK.
BREAK_SLACK = 0.98
_COENG = "\u17d2"
# The OpenType features reportlab shapes with (ttfonts.shapeFragWord), so widths agree.
_FEATURES = {"kern": True, "liga": True, "dlig": True}

_lock = threading.Lock()
_registered = False


def shaping_available() -> bool:
    """True when reportlab can shape complex scripts (``uharfbuzz`` is importable)."""
    return ttfonts.uharfbuzz is not None


def _set_rise(self: PDFTextObject, rise: float) -> None:
    """PDFTextObject.setRise with reportlab 5.1's bookkeeping fixed.

    When reportlab replaces a just-written ``Ts`` (text rise) with a new one it forgets to
    remember the new rise. Shaped Khmer uses rises for stacked marks (a vowel below a subscript,
    as in "កម្ពុជា"), so the glyphs after such a mark stayed lowered and subscripts went missing.
    """
    code = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        self._y += self._rise
        self._code[-1] = code
    else:
        self._code.append(code)
    self._rise = rise
    self._y -= rise


def _fix_text_rise() -> None:
    PDFTextObject.setRise = _set_rise  # type: ignore[method-assign]


def register_fonts() -> None:
    """Register the bundled TTFs with reportlab once; later calls do nothing.

    Raises RuntimeError if ``uharfbuzz`` is missing: Khmer would print unreadable without it.
    """
    global _registered
    with _lock:
        if _registered:
            return
        if not shaping_available():
            raise RuntimeError(
                "uharfbuzz is not installed, so Khmer text cannot be printed correctly. "
                "Reinstall Shelter Desktop with its dependencies."
            )
        _fix_text_rise()
        folder = files("shelter_desktop.resources") / "fonts"
        for name, filename in _FILES.items():
            with as_file(folder / filename) as path:
                # TTFont reads the whole file into memory, so the path may go away afterwards.
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD
        )
        pdfmetrics.registerFontFamily(
            KHMER, normal=KHMER, bold=KHMER_BOLD, italic=KHMER, boldItalic=KHMER_BOLD
        )
        _registered = True


def has_khmer(text: str) -> bool:
    return _KHMER.search(text) is not None


def _khmer_word(word: str, font: str) -> str:
    """Markup for one space-free word that contains Khmer."""
    parts = [
        f'<font name="{font}">{escape(text)}</font>' if is_khmer else escape(text)
        for is_khmer, text in _runs(word)
    ]
    # reportlab shapes a word with the font of its first run; a word that mixes Latin letters
    # and Khmer (e.g. "ភ្នំពេញ2") must therefore become two words. reportlab prints the hair
    # space between them as an ordinary word space.
    return "\u200a".join(parts)


def markup(text: str, bold: bool = False) -> str:
    """Return ``text`` as reportlab paragraph markup: escaped, with Khmer runs in the Khmer font.

    Plain text only: any ``<``, ``>`` or ``&`` in ``text`` prints as itself. Line breaks in
    ``text`` become ``<br/>``.
    """
    font = KHMER_BOLD if bold else KHMER
    lines = []
    for line in text.split("\n"):
        pieces = _SPACE.split(line)
        out = []
        for piece in pieces:
            if not piece or piece.isspace() or not has_khmer(piece):
                out.append(escape(piece))
            else:
                out.append(_khmer_word(piece, font))
        lines.append("".join(out))
    return "<br/>".join(lines)


def _runs(word: str) -> list[tuple[bool, str]]:
    """Split a space-free word into (is_khmer, text) runs, as :func:`markup` fonts them."""
    runs: list[tuple[bool, str]] = []
    position = 0
    for match in _KHMER_RUN.finditer(word):
        if match.start() > position:
            runs.append((False, word[position : match.start()]))
        runs.append((True, match.group()))
        position = match.end()
    if position < len(word):
        runs.append((False, word[position:]))
    return runs


def _shaped_width(text: str, font_name: str, size: float) -> float:
    font = pdfmetrics.getFont(font_name)
    hb_font = font.hbFont(size)
    hb = ttfonts.uharfbuzz
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(hb_font, buffer, _FEATURES)
    advance = sum(position.x_advance for position in buffer.glyph_positions)
    return advance * size / font.face.unitsPerEm


def word_width(word: str, size: float, bold: bool = False) -> float:
    """Printed width in points of one space-free word, Khmer measured after shaping."""
    register_fonts()
    latin, khmer = (LATIN_BOLD, KHMER_BOLD) if bold else (LATIN, KHMER)
    runs = _runs(word)
    width = sum(
        _shaped_width(text, khmer, size) if is_khmer else pdfmetrics.stringWidth(text, latin, size)
        for is_khmer, text in runs
    )
    # markup() separates mixed runs with a space (see _khmer_word).
    return width + (len(runs) - 1) * pdfmetrics.stringWidth(" ", latin, size)


def unbreakable_words(text: str) -> list[str]:
    """The pieces of ``text`` between which :func:`break_lines` may break a line: its words,
    split at spaces and zero-width spaces."""
    return [w for w in re.split(rf"[\s{ZWSP}]+", text) if w]


def size_to_fit_words(
    text: str, width: float, size: float, smallest: float, bold: bool = False
) -> float:
    """The largest font size from ``size`` down to ``smallest`` at which every word fits ``width``.

    reportlab cuts a word longer than the line between glyphs, which can tear a Khmer vowel from
    its consonant; shrinking a heading (e.g. a long shelter name) a little avoids that.
    """
    words = unbreakable_words(text)
    while size > smallest and any(word_width(w, size, bold) > width for w in words):
        size = max(smallest, size - 0.5)
    return size


def clusters(word: str) -> list[str]:
    """Split ``word`` into what a reader sees as single letters: a base character with its
    marks, and a Khmer consonant with its subscripts (coeng U+17D2 + consonant) and vowels."""
    out: list[str] = []
    for index, ch in enumerate(word):
        joins = (
            unicodedata.category(ch).startswith("M")
            or ch in "\u200c\u200d"
            or (index > 0 and word[index - 1] == _COENG)
        )
        if joins and out:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _cut_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Pieces of a word too wide for a line, cut between clusters, never inside one."""
    pieces = [""]
    for cluster in clusters(word):
        if pieces[-1] and word_width(pieces[-1] + cluster, size, bold) > width:
            pieces.append("")
        pieces[-1] += cluster
    return pieces


def break_lines(text: str, width: float, size: float, bold: bool = False) -> str:
    """Put a line break ("\\n") at the last space or zero-width space that keeps each line in
    ``width``; cut a word wider than a whole line between clusters.

    reportlab breaks lines at spaces only, so Khmer (words joined, ZWSP between them) would
    otherwise break only between phrases, leaving ragged lines, and it cuts an over-long word
    between glyphs, which can tear a vowel from its consonant.
    """
    register_fonts()
    space = max(pdfmetrics.stringWidth(" ", name, size) for name in (LATIN, KHMER))
    out: list[str] = []
    line, line_width = "", 0.0
    for source_line in text.split("\n"):
        pieces = _BREAK.split(source_line)
        separators = ["", *pieces[1::2]]
        for separator, word in zip(separators, pieces[0::2], strict=True):
            gap = 0.0 if separator == ZWSP else space * len(separator)
            w = word_width(word, size, bold)
            if not line.strip():
                line, line_width = line + separator + word, line_width + gap + w
            elif line_width + gap + w > width:
                out.append(line)
                line, line_width = word, w
            else:
                line, line_width = line + separator + word, line_width + gap + w
            if line_width > width:
                *full, line = _cut_word(line, width, size, bold)
                out.extend(full)
                line_width = word_width(line, size, bold)
        out.append(line)
        line, line_width = "", 0.0
    return "\n".join(out)


def paragraph_style(
    name: str,
    size: float = 10,
    bold: bool = False,
    leading: float | None = None,
    color: colors.Color = colors.black,
    alignment: int = TA_LEFT,
    **extra: object,
) -> ParagraphStyle:
    """A ParagraphStyle in the bundled Latin font with shaping on, for text in any language.

    The leading defaults to 1.6 × size: Khmer stacks subscripts below and vowels above the line.
    """
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=LATIN_BOLD if bold else LATIN,
        bulletFontName=LATIN,  # reportlab's default, Helvetica, would not be embedded
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.6, 1),
        textColor=color,
        alignment=alignment,
        shaping=1,
        **extra,
    )


def paragraph(text: str, style: ParagraphStyle, width: float | None = None) -> Paragraph:
    """A Paragraph of plain ``text`` (any mix of English and Khmer) in ``style``.

    Give ``width`` (the frame's or cell's width) for Khmer text with zero-width spaces between
    words, so that it breaks between words (see :func:`break_lines`).
    """
    bold = style.fontName == LATIN_BOLD
    if width is not None and (ZWSP in text or has_khmer(text)):
        indent = style.leftIndent + style.rightIndent + max(0.0, style.firstLineIndent)
        # A little slack: reportlab's own measure must never find a pre-broken line too long.
        text = break_lines(text, (width - indent) * BREAK_SLACK, style.fontSize, bold)
        # Should a line still be too long (``width`` wider than the real cell), let it overflow:
        # reportlab would cut the shaped word between glyphs and print missing-glyph boxes.
        style = _unsplit(style)
    return Paragraph(markup(text, bold=bold), style)


_UNSPLIT: weakref.WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = weakref.WeakKeyDictionary()


def _unsplit(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with reportlab's cutting of over-long words turned off (made once per style)."""
    if not style.splitLongWords:
        return style
    with _lock:
        found = _UNSPLIT.get(style)
        if found is None:
            found = ParagraphStyle(f"{style.name}-unsplit", parent=style, splitLongWords=0)
            _UNSPLIT[style] = found
        return found
