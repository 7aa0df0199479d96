"""Qt's own texts in Khmer: the right-click menu of text fields, standard dialog buttons, wizard
buttons (resources/translations/qtbase_km.ts, installed with our translation), and the calendar
popup's month names (from QLocale, switched with the language)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWizard,
    QWizardPage,
)

from shelter_desktop.ui.formatting import format_date
from shelter_desktop.ui.i18n import install_language

TRANSLATIONS = files("shelter_desktop.resources") / "translations"
QT_TS = Path(str(TRANSLATIONS / "qtbase_km.ts"))
QT_QM = Path(str(TRANSLATIONS / "qtbase_km.qm"))
SB = QDialogButtonBox.StandardButton
WB = QWizard.WizardButton


def is_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def menu_texts(widget: QLineEdit | QTextEdit | QPlainTextEdit) -> list[str]:
    """The standard context menu's entries without their shortcut ("&Copy\\tCtrl+C")."""
    menu = widget.createStandardContextMenu()
    try:
        return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    finally:
        menu.deleteLater()


def ts_messages() -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> Khmer, as written in qtbase_km.ts."""
    found = {}
    for context in ET.parse(QT_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.findtext("translation") or ""
    return found


def wizard(qtbot) -> QWizard:  # type: ignore[no-untyped-def]
    made = QWizard()
    qtbot.addWidget(made)
    made.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    made.setOption(QWizard.WizardOption.HaveHelpButton, True)
    made.addPage(QWizardPage())
    made.addPage(QWizardPage())
    return made


def test_khmer_reaches_qt_own_menus_and_buttons_and_english_comes_back(qtbot):
    line = QLineEdit("text")
    area = QTextEdit("text")
    plain = QPlainTextEdit("text")
    box = QDialogButtonBox(SB.Ok | SB.Cancel | SB.Yes | SB.No | SB.Save | SB.Close)
    steps = wizard(qtbot)
    for widget in (line, area, plain, box):
        qtbot.addWidget(widget)
    english_menu = menu_texts(line)
    assert english_menu == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]

    install_language("km")
    QApplication.processEvents()

    for widget in (line, area, plain):
        texts = menu_texts(widget)
        assert len(texts) == 7 and all(is_khmer(t) for t in texts), texts
    assert menu_texts(line)[3] == "ចម្លង (&C)"  # Copy
    assert menu_texts(line)[4] == "បិទភ្ជាប់ (&P)"  # Paste
    assert box.button(SB.Ok).text() == "យល់ព្រម"
    assert box.button(SB.Cancel).text() == "បោះបង់"
    assert all(is_khmer(b.text()) for b in box.buttons())
    steps.show()
    steps.next()
    assert steps.buttonText(WB.NextButton) == "បន្ទាប់ (&N) >"
    assert steps.buttonText(WB.BackButton) == "< ថយក្រោយ (&B)"
    for which in (WB.FinishButton, WB.CancelButton, WB.HelpButton, WB.CommitButton):
        assert is_khmer(steps.buttonText(which)), which
    # A dialog made now (the usual case: OK/Cancel of an editor) is Khmer from the start.
    fresh = QDialogButtonBox(SB.Ok | SB.Cancel)
    qtbot.addWidget(fresh)
    assert [b.text() for b in fresh.buttons()] == ["យល់ព្រម", "បោះបង់"]

    install_language("en")
    QApplication.processEvents()

    assert menu_texts(line) == english_menu
    assert menu_texts(plain) == english_menu
    assert box.button(SB.Ok).text() == "OK"
    assert box.button(SB.Cancel).text() == "Cancel"
    assert steps.buttonText(WB.NextButton) == "&Next >"
    assert steps.buttonText(WB.BackButton) == "< &Back"


def test_message_box_buttons_and_details_in_khmer(qtbot):
    install_language("km")
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    box.setDetailedText("details")
    box.open()
    texts = [b.text() for b in box.buttons()]
    assert "បាទ/ចាស (&Y)" in texts and "ទេ (&N)" in texts
    assert "បង្ហាញព័ត៌មានលម្អិត…" in texts  # Show Details...
    box.close()


def test_every_khmer_text_is_found_under_the_exact_key_qt_uses():
    """Each message of the file: the installed translator answers it with its Khmer."""
    messages = ts_messages()
    assert len(messages) > 150
    translator = QTranslator()
    assert translator.load(str(QT_QM))
    for (context, source, disambiguation), khmer in messages.items():
        assert khmer.strip() and "&" not in khmer.replace("(&", ""), (context, source)
        found = translator.translate(context, source, disambiguation or None)
        assert found == khmer, (context, source, disambiguation)


class RecordingTranslator(QTranslator):
    """Answers nothing; remembers what Qt asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source, disambiguation or ""))
        return None


# Asked for but left in English on purpose: key names (Khmer keyboards are labelled in Latin),
# shortcut strings Qt parses back into keys, page sizes and names never shown.
NOT_TRANSLATED = {"QShortcut", "QPageSize"}
NOT_TRANSLATED_TEXTS = {"Alt+Left", "Alt+Right", "Alt+Up", "%p%", "Form", "..."}


def test_the_file_covers_what_this_qt_version_asks_for(qtbot, tmp_path):
    """Guards against a Qt upgrade renaming a text: open Qt's menus, buttons, wizard and its own
    file dialog with a recording translator and check every text asked for is in the file."""
    recorder = RecordingTranslator()
    app = QCoreApplication.instance()
    app.installTranslator(recorder)
    try:
        line, area = QLineEdit("x"), QTextEdit("x")
        qtbot.addWidget(line)
        qtbot.addWidget(area)
        menu_texts(line)
        menu_texts(area)
        every = SB.NoButton
        for button in (SB.Ok, SB.Save, SB.SaveAll, SB.Open, SB.Yes, SB.YesToAll, SB.No,
                       SB.NoToAll, SB.Abort, SB.Retry, SB.Ignore, SB.Close, SB.Cancel,
                       SB.Discard, SB.Help, SB.Apply, SB.Reset, SB.RestoreDefaults):
            every |= button
        qtbot.addWidget(QDialogButtonBox(every))
        box = QMessageBox()
        qtbot.addWidget(box)
        box.setDetailedText("details")
        box.open()
        box.close()
        steps = wizard(qtbot)
        steps.show()
        dialog = QFileDialog(None, "Choose", str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.show()
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        QApplication.processEvents()
        dialog.close()
    finally:
        app.removeTranslator(recorder)
    asked = {
        key for key in recorder.asked
        if key[0] not in NOT_TRANSLATED and key[1] not in NOT_TRANSLATED_TEXTS
        and key[0].startswith("Q")  # Qt's classes, not ours
    }
    assert {("QLineEdit", "&Copy", ""), ("QPlatformTheme", "OK", ""),
            ("QWizard", "&Next >", ""), ("QFileDialog", "File &name:", "")} <= asked
    missing = asked - ts_messages().keys()
    assert not missing, sorted(missing)


def test_calendar_popup_shows_khmer_months_and_dates_keep_latin_digits(qtbot):
    install_language("km")
    edit = QDateEdit(QDate(2025, 3, 14))
    qtbot.addWidget(edit)
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month is not None and month.text() == "មីនា"  # March
    assert format_date(date(2025, 3, 14)) == "14/03/2025"
    install_language("en")
    later = QDateEdit(QDate(2025, 3, 14))
    qtbot.addWidget(later)
    later.setCalendarPopup(True)
    button = later.calendarWidget().findChild(QToolButton, "qt_calendar_monthbutton")
    assert button is not None and button.text() == "March"


def test_a_missing_qt_khmer_file_changes_nothing(qtbot, monkeypatch):
    from shelter_desktop.ui import i18n

    real = i18n._load

    def without_qt_texts(name: str, language: str) -> QTranslator:
        if name.startswith("qtbase_"):
            raise FileNotFoundError(f"translation file for {language} is missing")
        return real(name, language)

    box = QDialogButtonBox(SB.Ok)
    qtbot.addWidget(box)
    monkeypatch.setattr(i18n, "_load", without_qt_texts)
    with pytest.raises(FileNotFoundError):
        install_language("km")
    QApplication.processEvents()
    assert box.button(SB.Ok).text() == "OK"
    assert QLocale().language() == QLocale.Language.English
