"""History of a resident's file: who opened or changed what, and when (no personal data).

Only for roles with VIEW_FILE_HISTORY (the window does not build it for anyone else, and the
service refuses them anyway). Pages of PAGE_SIZE events, newest first; one more event than
shown is asked for, to know whether an older page exists without counting the audit log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..services.container import Services
from ..services.file_history import RECORD_TYPE_LABELS, FileHistoryEvent
from .audit_log_panel import action_label
from .errors import translate_error
from .op_runner import OpRunner, SynchronousOpRunner
from .staff_panel import local_time_text

Runner = OpRunner | SynchronousOpRunner

PAGE_SIZE = 100


def record_type_label(event: FileHistoryEvent) -> str:
    return QCoreApplication.translate("FileHistory", RECORD_TYPE_LABELS[event.record_type])


class HistoryTab(QWidget):
    WHEN, WHO, ACTION, RECORD = range(4)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self._services = services
        self._user = user
        self._runner = runner
        self._resident_id = resident_id
        self._offset = 0
        self._events: list[FileHistoryEvent] = []
        self._has_older = False
        self._error: BaseException | None = None
        self._loaded = False

        self._explanation = QLabel()
        self._explanation.setWordWrap(True)
        self._explanation.setObjectName("countLabel")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.RECORD, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(120)

        self.newer_button = QPushButton()
        self.older_button = QPushButton()
        self._page_label = QLabel()
        self._page_label.setObjectName("countLabel")
        pager = QHBoxLayout()
        pager.addWidget(self._page_label)
        pager.addStretch(1)
        pager.addWidget(self.newer_button)
        pager.addWidget(self.older_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self._explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)

        self.newer_button.clicked.connect(self.newer)
        self.older_button.clicked.connect(self.older)
        self.retranslate()

    # -- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the newest page again."""
        self._offset = 0
        self._load()

    def newer(self) -> None:
        if self._offset > 0:
            self._offset = max(0, self._offset - PAGE_SIZE)
            self._load()

    def older(self) -> None:
        if self._has_older:
            self._offset += PAGE_SIZE
            self._load()

    def events(self) -> list[FileHistoryEvent]:
        return list(self._events)

    def rows(self) -> list[list[str]]:
        """The table as shown, for tests."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def _load(self) -> None:
        history, user, rid, offset = (
            self._services.file_history, self._user, self._resident_id, self._offset
        )
        self._runner.run_op(
            self,
            lambda: history.events(user, rid, PAGE_SIZE + 1, offset),
            self._show,
            on_error=self._failed,
        )

    def _show(self, events: list[FileHistoryEvent]) -> None:
        self._loaded = True
        self._error = None
        self._has_older = len(events) > PAGE_SIZE
        self._events = events[:PAGE_SIZE]
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self._error = error
        self._events = []
        self._has_older = False
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._events))
        for row, event in enumerate(self._events):
            who = event.staff_name or event.username or ""
            if event.staff_name and event.username:
                who = self.tr("{name} ({username})").format(
                    name=event.staff_name, username=event.username
                )
            cells = [
                local_time_text(event.occurred_at, seconds=True),
                who,
                action_label(event.action),
                record_type_label(event),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.newer_button.setEnabled(self._offset > 0)
        self.older_button.setEnabled(self._has_older)
        self._show_page_text()

    def _show_page_text(self) -> None:
        if self._error is not None:
            self._page_label.setText(translate_error(self._error))
        elif not self._loaded:
            self._page_label.setText("")
        elif not self._events:
            self._page_label.setText(self.tr("No events recorded for this file"))
        else:
            self._page_label.setText(
                self.tr("Events {first}–{last}, newest first").format(
                    first=self._offset + 1, last=self._offset + len(self._events)
                )
            )

    # -- Qt ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._explanation.setText(
            self.tr(
                "Every time someone opened or changed this file. Only who, when and which "
                "record are shown, never what the record says."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Staff"), self.tr("Action"), self.tr("Record")]
        )
        self.newer_button.setText(self.tr("< &Newer"))
        self.older_button.setText(self.tr("&Older >"))
        self._fill()
