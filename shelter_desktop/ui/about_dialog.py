"""About Shelter Desktop: version, a short description, and the licenses of the bundled fonts
and libraries (read from the installed packages by ``services.about``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import about


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._libraries = about.libraries()
        self._fonts = about.fonts()

        self.name_label = QLabel()
        self.name_label.setObjectName("aboutName")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.name_label.setFont(title_font)
        self.version_label = QLabel()
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = QLabel()
        self.description.setWordWrap(True)

        self.libraries_table = self._table(len(self._libraries))
        self.fonts_caption = QLabel()
        self.fonts_caption.setWordWrap(True)
        self.fonts_table = self._table(len(self._fonts))
        self.license_text = QPlainTextEdit()
        self.license_text.setObjectName("fontLicense")
        self.license_text.setReadOnly(True)
        self.license_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.license_text.setPlainText(about.font_license_text())

        fonts_page = QWidget()
        fonts_column = QVBoxLayout(fonts_page)
        fonts_column.addWidget(self.fonts_caption)
        fonts_column.addWidget(self.fonts_table)
        fonts_column.addWidget(self.license_text, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.libraries_table, "")
        self.tabs.addTab(fonts_page, "")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self._buttons = buttons

        column = QVBoxLayout(self)
        column.addWidget(self.name_label)
        column.addWidget(self.version_label)
        column.addWidget(self.description)
        column.addSpacing(6)
        column.addWidget(self.tabs, 1)
        column.addWidget(buttons)
        self.resize(820, 600)
        self.retranslate()

    @staticmethod
    def _table(rows: int) -> QTableWidget:
        table = QTableWidget(rows, 4)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        return table

    def _fill(self, table: QTableWidget, parts: tuple[about.Component, ...]) -> None:
        table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Version"), self.tr("License"), self.tr("Used for")]
        )
        for row, part in enumerate(parts):
            version = part.version or (qVersion() if part.name == "Qt" else "")
            cells = (
                part.name,
                version,
                part.license,
                QCoreApplication.translate("About", part.purpose),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()

    # -- for tests -----------------------------------------------------------------------

    def rows(self, table: QTableWidget) -> list[tuple[str, ...]]:
        return [
            tuple(table.item(row, column).text() for column in range(table.columnCount()))
            for row in range(table.rowCount())
        ]

    # -- Qt ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        app = self.tr("Shelter Desktop")
        self.setWindowTitle(self.tr("About {app}").format(app=app))
        self.name_label.setText(app)
        version = about.app_version() or self.tr("unknown")
        self.version_label.setText(
            self.tr("Version {version} · License {license}").format(
                version=version, license=about.app_license()
            )
        )
        self.description.setText(
            self.tr(
                "Case files for shelters that care for survivors of human trafficking. "
                "Everything is kept in one encrypted database on this computer and works "
                "without the internet. Built with the free software listed below; each part "
                "keeps its own license."
            )
        )
        self.tabs.setTabText(0, self.tr("Libraries"))
        self.tabs.setTabText(1, self.tr("Fonts"))
        self.fonts_caption.setText(
            self.tr(
                "The Noto fonts are used under the SIL Open Font License 1.1. Its full text "
                "follows."
            )
        )
        self._fill(self.libraries_table, self._libraries)
        self._fill(self.fonts_table, self._fonts)
        self.fonts_table.setColumnHidden(1, True)  # fonts carry no package version
        table = self.fonts_table
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())
        self._buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
