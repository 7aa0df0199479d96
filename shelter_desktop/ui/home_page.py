"""Home: a welcome, the shelter, what this account is for, the figures it may see, and (for
staff who work on residents) the most pressing due work: opening an item opens her file on
the tab where the work is done."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..domain.roles import Permission, Role
from ..services.container import Services
from ..services.due_work import DueItem
from ..services.home import HomeFigures
from .due_work_page import DueItemsTable, ScopeSwitch
from .op_runner import OpRunner, SynchronousOpRunner
from .staff_panel import local_time_text

Runner = OpRunner | SynchronousOpRunner

# Figure keys in display order; each maps to a HomeFigures attribute.
FIGURES = (
    "active_residents",
    "unsigned_notes_mine",
    "unsigned_notes_all",
    "active_staff",
    "audit_events",
)
COLUMNS = 3
BACKUP_WARNING_AGE = timedelta(days=7)
BACKUP_WARNING_STYLE = (
    "QLabel#backupStatus { background: #fff4e0; border: 1px solid #f0c987; color: #6b4300;"
    " border-radius: 6px; padding: 8px 10px; }"
)
BACKUP_OK_STYLE = "QLabel#backupStatus { color: #44505c; padding: 8px 0px; }"
DUE_ON_HOME = 6  # the most pressing items; the Due work page has them all
DUE_COUNTED = 500  # items counted for the summary above the short list
DUE_TITLE_STYLE = "QLabel#homeDueTitle { font-size: 12.5pt; font-weight: bold; color: #16465e; }"


class FigureCard(QFrame):
    """A number and what it counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.value_label = QLabel("–")
        self.value_label.setObjectName("figureValue")
        self.caption_label = QLabel()
        self.caption_label.setObjectName("figureCaption")
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(200)


class HomePage(QWidget):
    open_resident_requested = Signal(int, str)  # resident id, tab key of her file

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._services = services
        self._user = user
        self._runner = runner
        self._figures: HomeFigures | None = None
        self._shelter_name = ""
        self._last_backup: datetime | None = None
        self._backup_known = False

        self._welcome = QLabel()
        self._welcome.setObjectName("pageTitle")
        self._shelter = QLabel()
        self._shelter.setObjectName("subtitle")
        self._purpose = QLabel()
        self._purpose.setObjectName("purpose")
        self._purpose.setWordWrap(True)
        self._purpose.setTextFormat(Qt.TextFormat.PlainText)
        self._purpose.setMaximumWidth(760)
        self._purpose.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.backup_status = QLabel()
        self.backup_status.setObjectName("backupStatus")
        self.backup_status.setWordWrap(True)
        self.backup_status.setMaximumWidth(760)
        self.backup_status.hide()

        self._cards: dict[str, FigureCard] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        for column in range(COLUMNS):
            # Equal columns even when fewer cards are shown: cards keep one size.
            self._grid.setColumnStretch(column, 1)
        for key in FIGURES:
            card = FigureCard(self)
            card.hide()
            self._cards[key] = card

        # -- due work (staff who work on residents) ---------------------------------------
        self.shows_due_work = user.can(Permission.VIEW_RESIDENTS)
        self._due_items: list[DueItem] = []
        self._due_loaded = False
        self.due_title = QLabel()
        self.due_title.setObjectName("homeDueTitle")
        self.due_title.setStyleSheet(DUE_TITLE_STYLE)
        self.due_scope = ScopeSwitch(user)
        self.due_summary = QLabel()
        self.due_summary.setObjectName("countLabel")
        self.due_table = DueItemsTable()
        self.due_table.setObjectName("homeDueTable")
        self.due_table.setMaximumHeight(
            self.due_table.verticalHeader().defaultSectionSize() * DUE_ON_HOME
            + self.due_table.horizontalHeader().sizeHint().height() + 4
        )
        self.due_empty = QLabel()
        self.due_empty.setObjectName("countLabel")
        self.due_more = QLabel()
        self.due_more.setObjectName("countLabel")
        self.due_more.setWordWrap(True)
        due_head = QHBoxLayout()
        due_head.addWidget(self.due_title)
        due_head.addSpacing(16)
        due_head.addWidget(self.due_scope)
        due_head.addSpacing(12)
        due_head.addWidget(self.due_summary)
        due_head.addStretch(1)
        self.due_section = QWidget()
        due_box = QVBoxLayout(self.due_section)
        due_box.setContentsMargins(0, 0, 0, 0)
        due_box.setSpacing(8)
        due_box.addLayout(due_head)
        due_box.addWidget(self.due_table)
        due_box.addWidget(self.due_empty)
        due_box.addWidget(self.due_more)
        self.due_section.setVisible(self.shows_due_work)
        self.due_scope.toggled_scope.connect(lambda _mine: self.refresh_due_work())
        self.due_table.item_opened.connect(
            lambda item: self.open_resident_requested.emit(item.resident_id, item.tab)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addWidget(self._welcome)
        layout.addWidget(self._shelter)
        layout.addSpacing(8)
        layout.addWidget(self._purpose)
        layout.addSpacing(16)
        layout.addLayout(self._grid)
        layout.addSpacing(8)
        layout.addWidget(self.backup_status)
        layout.addSpacing(8)
        layout.addWidget(self.due_section)
        layout.addStretch(1)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        home, user = self._services.home, self._user
        self._runner.run_op(self, lambda: home.figures(user), self._show_figures)
        backups = self._services.backups
        self._runner.run_op(self, backups.last_backup, self._show_last_backup)
        self.refresh_due_work()

    def refresh_due_work(self) -> None:
        if not self.shows_due_work:
            return
        due, user, mine = self._services.due_work, self._user, self.due_scope.mine_only
        self._runner.run_op(
            self, lambda: due.items(user, mine, limit=DUE_COUNTED), self._show_due_items
        )

    def due_items(self) -> list[DueItem]:
        """The due items shown on Home (for tests)."""
        return self.due_table.due_items()

    def _show_due_items(self, items: list[DueItem]) -> None:
        self._due_items = items
        self._due_loaded = True
        self._fill_due_work()

    def _fill_due_work(self) -> None:
        shown = self._due_items[:DUE_ON_HOME]
        self.due_table.set_items(shown)
        self.due_table.setVisible(bool(shown))
        self.due_table.setFixedHeight(
            self.due_table.verticalHeader().defaultSectionSize() * max(1, len(shown))
            + self.due_table.horizontalHeader().sizeHint().height() + 4
        )
        self.due_empty.setVisible(self._due_loaded and not shown)
        overdue = sum(1 for item in self._due_items if item.overdue)
        soon = sum(1 for item in self._due_items if item.due_soon)
        self.due_summary.setText(
            self.tr("{overdue} overdue, {soon} due soon").format(overdue=overdue, soon=soon)
            if shown else ""
        )
        more = len(self._due_items) > DUE_ON_HOME
        self.due_more.setText(
            self.tr("More under Due work. Open an item to go to her file.")
            if more else (self.tr("Open an item to go to her file.") if shown else "")
        )
        self.due_more.setVisible(bool(self.due_more.text()))

    def figures(self) -> HomeFigures | None:
        return self._figures

    def visible_figures(self) -> dict[str, str]:
        """Caption -> value of each figure shown (for tests)."""
        return {
            card.caption_label.text(): card.value_label.text()
            for card in self._cards.values()
            if not card.isHidden()
        }

    def backup_status_text(self) -> str:
        return self.backup_status.text() if self._backup_known else ""

    def backup_warning(self) -> bool:
        """True when the last backup is missing or older than a week."""
        last = self._last_backup
        return last is None or utc_now() - last > BACKUP_WARNING_AGE

    def _show_last_backup(self, last: datetime | None) -> None:
        self._last_backup = last
        self._backup_known = True
        self._fill_backup_status()

    def _fill_backup_status(self) -> None:
        if not self._backup_known:
            return
        last = self._last_backup
        if last is None:
            text = self.tr("No backup has been made yet.")
        elif self.backup_warning():
            text = self.tr("Last backup: {time}, more than 7 days ago.").format(
                time=local_time_text(last)
            )
        else:
            text = self.tr("Last backup: {time}").format(time=local_time_text(last))
        if self.backup_warning():
            hint = (
                self.tr("Make one under Administration → Backups.")
                if self._user.role is Role.ADMINISTRATOR
                else self.tr("Tell your administrator.")
            )
            text = f"{text} {hint}"
        from .backup_status import backup_problem_status  # the scheduled backup's failure

        text, style = backup_problem_status(
            self._figures, self._user, text,
            BACKUP_WARNING_STYLE if self.backup_warning() else BACKUP_OK_STYLE,
        )
        self.backup_status.setText(text)
        self.backup_status.setStyleSheet(style)
        self.backup_status.show()

    def _show_figures(self, figures: HomeFigures) -> None:
        self._figures = figures
        self._shelter_name = figures.shelter.name
        shown = [key for key in FIGURES if getattr(figures, key) is not None]
        for card in self._cards.values():
            self._grid.removeWidget(card)
            card.hide()
        for position, key in enumerate(shown):
            card = self._cards[key]
            card.value_label.setText(self.locale().toString(int(getattr(figures, key))))
            self._grid.addWidget(card, position // COLUMNS, position % COLUMNS)
            card.show()
        self.retranslate()

    # -- Qt --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # View > Text size: rows grew or shrank
            QTimer.singleShot(0, self._fill_due_work)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._welcome.setText(
            self.tr("Welcome, {name}").format(name=self._user.display_name)
        )
        self._shelter.setText(self._shelter_name)
        self._shelter.setVisible(bool(self._shelter_name))
        self._purpose.setText(self._purpose_text())
        captions = {
            "active_residents": self.tr("Active residents"),
            "unsigned_notes_mine": self.tr("Your unsigned notes"),
            "unsigned_notes_all": self.tr("Unsigned notes in the shelter"),
            "active_staff": self.tr("Active staff accounts"),
            "audit_events": self.tr("Audit events recorded"),
        }
        for key, card in self._cards.items():
            card.caption_label.setText(captions[key])
        self._fill_backup_status()
        self.due_title.setText(self.tr("What is due"))
        self.due_empty.setText(self.tr("Nothing is due."))
        if self._due_loaded:
            self._fill_due_work()

    def _purpose_text(self) -> str:
        role = self._user.role
        if role is Role.COUNSELOR:
            return self.tr(
                "Find a resident under Residents. What is due for your residents, and the "
                "notes waiting for your signature, are below and under Due work."
            )
        if role is Role.HOUSE_MANAGER:
            return self.tr(
                "Find any resident of the shelter under Residents. What is due for the whole "
                "shelter is below and under Due work."
            )
        if role is Role.DATA_OFFICER:
            return self.tr(
                "Your account is for anonymized summaries: counts without names, notes or "
                "photos. It cannot open residents' files. Making summaries comes in a later "
                "version of Shelter Desktop; until then there is nothing else to do here."
            )
        return self.tr(
            "Your account runs this installation: staff accounts, the audit log and "
            "settings, under Administration. Residents' files are not open to this account."
        )
