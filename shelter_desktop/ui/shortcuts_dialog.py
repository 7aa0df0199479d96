"""Keyboard shortcuts: one page listing every key the application answers, by where it works.

Key names are shown the way this computer writes them (QKeySequence.NativeText: "Ctrl+F" on
Windows and Linux, "⌘F" on a Mac).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .residents_page import row_height

KeySpec = QKeySequence.StandardKey | str

# (where, keys, what): ``where`` and ``what`` are translated in retranslate().
SHORTCUTS: tuple[tuple[str, tuple[KeySpec, ...], str], ...] = (
    ("everywhere", ("Ctrl+1", "Ctrl+5"), "pages"),
    ("everywhere", (QKeySequence.StandardKey.Find,), "find"),
    ("everywhere", ("Ctrl+L",), "lock"),
    ("everywhere", ("Ctrl+=", "Ctrl+-"), "text size"),
    ("everywhere", ("Ctrl+/",), "shortcuts"),
    ("everywhere", (QKeySequence.StandardKey.HelpContents,), "help"),
    ("residents", ("Return",), "open resident"),
    ("file", ("Ctrl+PgDown", "Ctrl+PgUp"), "tabs"),
    ("file", ("Ctrl+Tab", "Ctrl+Shift+Tab"), "tabs"),
    ("file", (QKeySequence.StandardKey.Refresh,), "refresh"),
    ("file", (QKeySequence.StandardKey.Close,), "close file"),
    ("counseling", (QKeySequence.StandardKey.New,), "new note"),
    ("counseling", (QKeySequence.StandardKey.Save,), "save note"),
    ("forms", (QKeySequence.StandardKey.Save,), "save form"),
    ("forms", ("Escape",), "cancel"),
    ("forms", ("Tab", "Shift+Tab"), "next field"),
    ("forms", ("Alt",), "mnemonic"),
)


def key_text(spec: KeySpec) -> str:
    sequence = QKeySequence(spec)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """The "Keyboard shortcuts" page (View ▸ Keyboard shortcuts…, Ctrl+/)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Long explanations wrap (a narrow screen, large text) instead of being cut off.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fit_to_contents()

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]

    def _where(self, key: str) -> str:
        return {
            "everywhere": self.tr("Main window"),
            "residents": self.tr("Residents list"),
            "file": self.tr("Resident file"),
            "counseling": self.tr("Counseling tab"),
            "forms": self.tr("Forms and dialogs"),
        }[key]

    def _what(self, key: str) -> str:
        return {
            "pages": self.tr("Go to page 1 … 5 of the list on the left"),
            "find": self.tr("Search residents"),
            "lock": self.tr("Lock the screen now"),
            "text size": self.tr("Larger or smaller text"),
            "shortcuts": self.tr("Show this list of keyboard shortcuts"),
            "help": self.tr("Help for this screen"),
            "open resident": self.tr("Open the selected resident's file"),
            "tabs": self.tr("Next or previous tab"),
            "refresh": self.tr("Reload the file"),
            "close file": self.tr("Close the file window"),
            "new note": self.tr("New counseling note"),
            "save note": self.tr("Save the note as a draft now (never signs it)"),
            "save form": self.tr("Save the form (a care plan is saved as a draft)"),
            "cancel": self.tr("Close the form without saving"),
            "next field": self.tr("Next or previous field"),
            "mnemonic": self.tr("With the underlined letter: go to that field or button"),
        }[key]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr(
                "Everything can be done with the keyboard. Tab moves to the next field; "
                "these keys do the rest."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        for row, (where, keys, what) in enumerate(SHORTCUTS):
            joiner = self.tr(" or ") if what != "pages" else " … "
            texts = (self._where(where), joiner.join(key_text(k) for k in keys), self._what(what))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table.font()))
        self.table.resizeRowsToContents()

    def _fit_to_contents(self) -> None:
        """Wide enough for every line unwrapped when the screen allows; never off-screen."""
        table = self.table
        metrics = table.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(table.item(r, 2).text()) for r in range(table.rowCount())),
            default=0,
        )
        width = table.sizeHintForColumn(0) + table.sizeHintForColumn(1) + widest + 100
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        height = rows + table.horizontalHeader().sizeHint().height() + 160
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)
        table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
