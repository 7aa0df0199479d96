"""The audit log: who did what and when, filtered and paged, and a check of its hash chain.

The log holds no resident's personal data by design (user names, actions, record types and ids
only), so everything in it can be shown to an administrator. Record types and details are stored
as raw names (domain/audit.py) and shown here in words in the chosen language.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessments import PURPOSE_LABELS
from ..domain.audit import (
    DETAIL_LABELS,
    DETAIL_VALUE_LABELS,
    ENTITY_LABELS,
    ChainReport,
    parse_detail,
)
from ..domain.audit_fields import FIELD_LABELS
from ..domain.care_plans import PLAN_STATUS_LABELS, SIGNOFF_PARTY_LABELS
from ..domain.clock import utc_now
from ..domain.documents import MEDIA_TYPE_LABELS
from ..domain.dto import AuditEventView, SignedInUser
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.reintegration import (
    CLOSURE_LABELS,
    DECISION_LABELS,
    VISIT_STATUS_LABELS,
    VISIT_TYPE_LABELS,
)
from ..domain.reintegration import RISK_LABELS as RETRAFFICKING_RISK_LABELS
from ..domain.reintegration import STATUS_LABELS as REINTEGRATION_STATUS_LABELS
from ..domain.residents import STATUS_LABELS as RESIDENT_STATUS_LABELS
from ..domain.roles import ROLE_LABELS
from ..domain.summary import TABLE_TITLES
from ..domain.vocabulary import (
    CONSENT_LABELS,
    DOCUMENT_LABELS,
    EDUCATION_LABELS,
    PROGRESS_LABELS,
    SAFETY_LABELS,
    TRADE_LABELS,
)
from ..services.audit_log import AuditFilter
from ..services.container import Services
from .errors import show_error, translate_error
from .formatting import short_date_pattern
from .op_runner import Progress
from .staff_dialogs import Runner
from .staff_panel import local_time_text


def _by_value(labels: Mapping[Any, str]) -> dict[str, str]:
    return {str(getattr(key, "value", key)): text for key, text in labels.items()}


# Stored codes the app already has words for, per detail key: (translation context, labels).
_VALUE_WORDS: dict[str, tuple[str, dict[str, str]]] = {
    "role": ("Roles", _by_value(ROLE_LABELS)),
    "for": ("AuditRecords", ENTITY_LABELS),
    "tables": ("Summaries", TABLE_TITLES),
    "kind": ("Vocabulary", _by_value(DOCUMENT_LABELS)),
    "trade": ("Vocabulary", _by_value(TRADE_LABELS)),
    "type": ("Vocabulary", _by_value(CONSENT_LABELS)),
    "safety_flag": ("Vocabulary", _by_value(SAFETY_LABELS)),
    "media_type": ("Documents", _by_value(MEDIA_TYPE_LABELS)),
    "visit_type": ("Reintegration", _by_value(VISIT_TYPE_LABELS)),
    "risk_level": ("Reintegration", _by_value(RETRAFFICKING_RISK_LABELS)),
    "retrafficking_risk": ("Reintegration", _by_value(RETRAFFICKING_RISK_LABELS)),
    "decision": ("Reintegration", _by_value(DECISION_LABELS)),
    "purpose": ("Assessments", _by_value(PURPOSE_LABELS)),
    "party": ("CarePlans", _by_value(SIGNOFF_PARTY_LABELS)),
    "programme": ("Vocabulary", _by_value(EDUCATION_LABELS)),
    "resident_status": ("Residents", _by_value(RESIDENT_STATUS_LABELS)),
}
# Codes whose words depend on the record the event is about: (entity, detail key) -> words.
# "status" is a resident's, a plan's or a visit's status, with the same code in several.
_ENTITY_VALUE_WORDS: dict[tuple[str, str], tuple[str, dict[str, str]]] = {
    ("resident", "status"): ("Residents", _by_value(RESIDENT_STATUS_LABELS)),
    ("reintegration", "status"): ("Reintegration", _by_value(REINTEGRATION_STATUS_LABELS)),
    ("follow_up_visit", "status"): ("Reintegration", _by_value(VISIT_STATUS_LABELS)),
    ("care_plan", "status"): ("CarePlans", _by_value(PLAN_STATUS_LABELS)),
    ("education_enrolment", "status"): ("Vocabulary", _by_value(PROGRESS_LABELS)),
    ("vocational_training", "status"): ("Vocabulary", _by_value(PROGRESS_LABELS)),
    ("case_closure", "reason"): ("Reintegration", _by_value(CLOSURE_LABELS)),
}
PAGE_SIZE = 100
COLUMNS = 6

ACTION_LABELS: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP("AuditActions", "View"),
    "create": QT_TRANSLATE_NOOP("AuditActions", "Create"),
    "update": QT_TRANSLATE_NOOP("AuditActions", "Update"),
    "delete": QT_TRANSLATE_NOOP("AuditActions", "Delete"),
    "sign": QT_TRANSLATE_NOOP("AuditActions", "Sign"),
    "print": QT_TRANSLATE_NOOP("AuditActions", "Print"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "Export"),
    "login": QT_TRANSLATE_NOOP("AuditActions", "Sign-in"),
    "failed_login": QT_TRANSLATE_NOOP("AuditActions", "Failed sign-in"),
    "logout": QT_TRANSLATE_NOOP("AuditActions", "Sign-out"),
    "lock": QT_TRANSLATE_NOOP("AuditActions", "Screen locked"),
    "unlock": QT_TRANSLATE_NOOP("AuditActions", "Unlock"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditActions", "Restore"),
    "denied": QT_TRANSLATE_NOOP("AuditActions", "Denied"),
    "setup": QT_TRANSLATE_NOOP("AuditActions", "Setup"),
    "migrate": QT_TRANSLATE_NOOP("AuditActions", "Database upgrade"),
}

# verify_chain's problems (storage, no Qt) in English, matched to translatable sentences.
_PROBLEMS = (
    (re.compile(r"audit event (\d+): does not follow"), "follow"),
    (re.compile(r"audit event (\d+): its content was changed"), "changed"),
    (re.compile(r"audit event (\d+): differs from the copy"), "rebuilt"),
    (re.compile(r"audit log ends before event (\d+)"), "removed"),
)


def action_label(action: str) -> str:
    text = ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditActions", text) if text else action


def record_label(entity: str | None) -> str:
    if not entity:
        return ""
    text = ENTITY_LABELS.get(entity)
    return QCoreApplication.translate("AuditRecords", text) if text else entity.replace("_", " ")


def detail_text(detail: str | None, entity: str | None = None) -> str:
    """An event's detail in words, in the chosen language: ``{"health": true, "safety_alerts":
    2}`` reads "Health information included: Yes · Safety alerts: 2". Changed fields read as
    the fields' names on screen, and a status as its words for the event's ``entity``. A key
    without a label shows as stored, and so does a detail that is not a JSON object."""
    if not detail:
        return ""
    values = parse_detail(detail)
    if values is None:
        return detail
    pattern = QCoreApplication.translate("AuditDetails", "{label}: {value}")
    return " · ".join(
        pattern.format(label=_detail_label(key), value=_detail_value(key, value, entity))
        for key, value in values.items()
    )


def _detail_label(key: str) -> str:
    text = DETAIL_LABELS.get(key)
    return QCoreApplication.translate("AuditDetails", text) if text else key


_FIELD_NAME_KEYS = frozenset({"field", "fields", "changed"})
_CHANGE_KEYS = frozenset({"status", "resident_status"})  # [before, after] reads "before → after"


def _detail_value(key: str, value: object, entity: str | None = None) -> str:
    if isinstance(value, bool):  # two literal calls, so that lupdate finds both words
        if value:
            return QCoreApplication.translate("AuditDetails", "Yes")
        return QCoreApplication.translate("AuditDetails", "No")
    if value is None:
        return "–"
    if isinstance(value, list):
        items = [_detail_value(key, item, entity) for item in value]
        if key in _CHANGE_KEYS and len(items) == 2:  # a change: [before, after]
            return f"{items[0]} → {items[1]}"
        return ", ".join(items)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_detail_value(k, v, entity)}" for k, v in value.items())
    if isinstance(value, str):
        return _detail_word(key, value, entity)
    return str(value)


def _detail_word(key: str, value: str, entity: str | None = None) -> str:
    """A stored word: translated where it names something the screen has a label for."""
    if entity:
        context, words = _ENTITY_VALUE_WORDS.get((entity, key), ("", {}))
        if value in words:
            return QCoreApplication.translate(context, words[value])
    text = DETAIL_VALUE_LABELS.get((key, value))
    if text:
        return QCoreApplication.translate("AuditDetails", text)
    context, words = _VALUE_WORDS.get(key, ("", {}))
    if value in words:
        return QCoreApplication.translate(context, words[value])
    if key in _FIELD_NAME_KEYS:
        return field_label(value)
    return value


def field_label(name: str) -> str:
    """A changed field's name in words; an unknown name as stored, underscores as spaces."""
    text = FIELD_LABELS.get(name)
    return QCoreApplication.translate("AuditFields", text) if text else name.replace("_", " ")


class AuditLogPanel(QWidget):
    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self._events: list[AuditEventView] = []
        self._total = 0
        self._offset = 0
        self._filter = AuditFilter()
        self._load_error: BaseException | None = None
        self._report: ChainReport | None = None
        self._checked_at = ""

        self.action = QComboBox()
        self.action.addItem("", None)
        for name in services.audit.action_names():
            self.action.addItem("", name)
        self.action.activated.connect(lambda _i: self.apply_filters())
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.username.setClearButtonEnabled(True)
        self.username.returnPressed.connect(self.apply_filters)
        today = QDate.currentDate()
        self.since = self._date_edit(today.addDays(-30))
        self.until = self._date_edit(today)
        self.since_unlimited = QCheckBox()
        self.until_unlimited = QCheckBox()
        for box, edit in ((self.since_unlimited, self.since), (self.until_unlimited, self.until)):
            box.setChecked(True)
            edit.setEnabled(False)
            box.toggled.connect(lambda checked, e=edit: e.setEnabled(not checked))
        self.apply_button = QPushButton()
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_filters)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_chain)

        self._filter_labels = [QLabel() for _ in range(4)]
        self.action.setMinimumWidth(180)
        self.username.setMinimumWidth(180)
        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.addWidget(self._filter_labels[0], 0, 0)
        filters.addWidget(self.action, 0, 1)
        filters.addWidget(self._filter_labels[1], 0, 2)
        filters.addWidget(self.username, 0, 3)
        filters.addWidget(self.apply_button, 0, 4)
        filters.addWidget(self._filter_labels[2], 1, 0)
        filters.addLayout(self._pair(self.since, self.since_unlimited), 1, 1)
        filters.addWidget(self._filter_labels[3], 1, 2)
        filters.addLayout(self._pair(self.until, self.until_unlimited), 1, 3)
        filters.addWidget(self.clear_button, 1, 4)
        filters.setColumnStretch(5, 1)  # fields keep their natural width; the rest is space
        for label, field in zip(
            self._filter_labels, (self.action, self.username, self.since, self.until)
        ):
            label.setBuddy(field)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.newer_button = QPushButton()
        self.newer_button.clicked.connect(self.newer)
        self.older_button = QPushButton()
        self.older_button.clicked.connect(self.older)
        self.page_label = QLabel()
        paging = QHBoxLayout()
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.newer_button)
        paging.addWidget(self.older_button)

        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.hide()
        verify_row = QHBoxLayout()
        self.verify_intro = QLabel()
        self.verify_intro.setWordWrap(True)
        verify_row.addWidget(self.verify_intro, 1)
        verify_row.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addLayout(verify_row)
        layout.addWidget(self.verify_result)
        self.retranslate()

    @staticmethod
    def _date_edit(initial: QDate) -> QDateEdit:
        edit = QDateEdit(initial)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(short_date_pattern())
        return edit

    @staticmethod
    def _pair(edit: QDateEdit, unlimited: QCheckBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(unlimited)
        return row

    # -- filters and paging ----------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            action=self.action.currentData() or None,
            username=self.username.text().strip() or None,
            since=None if self.since_unlimited.isChecked() else _py_date(self.since.date()),
            until=None if self.until_unlimited.isChecked() else _py_date(self.until.date()),
        )

    def set_action(self, action: str | None) -> None:
        self.action.setCurrentIndex(max(0, self.action.findData(action)))

    def apply_filters(self) -> None:
        flt = self.current_filter()
        if flt.since and flt.until and flt.since > flt.until:
            self._set_status(self.tr("The 'from' date is after the 'to' date. Change one of them."))
            return
        self._filter = flt
        self._offset = 0
        self.load()

    def clear_filters(self) -> None:
        self.action.setCurrentIndex(0)
        self.username.clear()
        self.since_unlimited.setChecked(True)
        self.until_unlimited.setChecked(True)
        self.apply_filters()

    def newer(self) -> None:
        self._offset = max(0, self._offset - PAGE_SIZE)
        self.load()

    def older(self) -> None:
        if self._offset + PAGE_SIZE < self._total:
            self._offset += PAGE_SIZE
            self.load()

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        audit, user, flt, offset = self._services.audit, self._user, self._filter, self._offset
        self._runner.run_op(
            self,
            lambda: audit.list_events(user, flt, PAGE_SIZE, offset),
            self._show,
            self.tr("Loading the audit log"),
            self._load_failed,
        )

    def events(self) -> list[AuditEventView]:
        return list(self._events)

    def total(self) -> int:
        return self._total

    def _show(self, result: tuple[list[AuditEventView], int]) -> None:
        self._events, self._total = list(result[0]), result[1]
        self._load_error = None
        if self._offset and self._offset >= self._total:
            # The filter now matches fewer events than the page we were on: go to the first.
            self._offset = 0
            self.load()
            return
        self._fill()

    def _load_failed(self, error: BaseException) -> None:
        self._events, self._total, self._offset = [], 0, 0
        self._load_error = error
        self._fill()
        show_error(self, error)

    def _fill(self) -> None:
        self.table.setRowCount(len(self._events))
        for row, event in enumerate(self._events):
            cells = (
                local_time_text(event.occurred_at, seconds=True),
                event.actor_username or "",
                action_label(event.action),
                record_label(event.entity),
                event.entity_id or "",
                detail_text(event.detail, event.entity),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.newer_button.setEnabled(self._offset > 0)
        self.older_button.setEnabled(self._offset + len(self._events) < self._total)
        if self._load_error is not None:
            self._set_status(translate_error(self._load_error))
        elif not self._events:
            self._set_status(self.tr("No events match these filters."))
        else:
            self._set_status(
                self.tr("Events {first}–{last} of {total}").format(
                    first=self._offset + 1,
                    last=self._offset + len(self._events),
                    total=self._total,
                )
            )

    def _set_status(self, text: str) -> None:
        self.page_label.setText(text)

    # -- chain check -----------------------------------------------------------------------

    def verify_chain(self) -> None:
        audit, access, user = self._services.audit, self._services.access, self._user

        def check(_progress: Progress, _cancel: threading.Event) -> ChainReport:
            return audit.verify(user, access.outside_head())

        self.verify_button.setEnabled(False)
        self._runner.run_long(
            self, check, self._verified, self.tr("Checking the audit log…"), self._verify_failed
        )

    def report(self) -> ChainReport | None:
        return self._report

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self._report = report
        self._checked_at = local_time_text(utc_now())
        self._show_report()

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        show_error(self, error)

    def result_text(self) -> str:
        """The verification result as plain text (for tests and screen readers)."""
        return self.verify_result.accessibleDescription()

    def _show_report(self) -> None:
        report = self._report
        if report is None:
            self.verify_result.hide()
            return
        if report.ok:
            lines = [
                self.tr("The audit log is intact: {n} events checked.").format(
                    n=report.events_checked
                )
            ]
            style = "background: #e9f6ec; border: 1px solid #9fd3ab; color: #14532d;"
            body = html.escape(lines[0])
        else:
            problems = [self._problem_text(p) for p in report.problems]
            head = self.tr(
                "The audit log has been changed or damaged ({n} events checked). "
                "Problems found:"
            ).format(n=report.events_checked)
            advice = self.tr(
                "What to do: do not change anything else now. Restore the most recent backup "
                "made before the problem, and tell the organisation's management at once: "
                "someone may have altered the record of who did what."
            )
            lines = [head, *problems, advice]
            style = "background: #fdecee; border: 1px solid #e8b4bb; color: #8a1020;"
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            body = f"<b>{html.escape(head)}</b><ul>{items}</ul>{html.escape(advice)}"
        checked = self.tr("Checked at {time}.").format(time=self._checked_at)
        lines.append(checked)
        self.verify_result.setText(f"{body}<br><small>{html.escape(checked)}</small>")
        self.verify_result.setStyleSheet(
            f"QLabel#verifyResult {{ {style} border-radius: 4px; padding: 8px; }}"
        )
        self.verify_result.setAccessibleDescription("\n".join(lines))
        self.verify_result.show()

    def _problem_text(self, problem: str) -> str:
        for pattern, kind in _PROBLEMS:
            found = pattern.search(problem)
            if not found:
                continue
            number = found.group(1)
            if kind == "follow":
                return self.tr(
                    "Event {id} does not follow the event before it: events were removed or "
                    "put in a different order."
                ).format(id=number)
            if kind == "changed":
                return self.tr("Event {id} was changed after it was written.").format(id=number)
            if kind == "rebuilt":
                return self.tr(
                    "Event {id} differs from the copy kept outside the database: the log was "
                    "rebuilt."
                ).format(id=number)
            return self.tr(
                "The log ends before event {id}, which was already recorded outside the "
                "database: events were removed."
            ).format(id=number)
        return problem

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.action.setItemText(0, self.tr("All"))
        for index in range(1, self.action.count()):
            self.action.setItemText(index, action_label(self.action.itemData(index)))
        texts = (self.tr("Action:"), self.tr("User name:"), self.tr("From:"), self.tr("To:"))
        for label, text in zip(self._filter_labels, texts):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("Everyone"))
        self.since_unlimited.setText(self.tr("No limit"))
        self.until_unlimited.setText(self.tr("No limit"))
        self.apply_button.setText(self.tr("Show"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.newer_button.setText(self.tr("‹ Newer"))
        self.older_button.setText(self.tr("Older ›"))
        self.verify_intro.setText(
            self.tr(
                "Each event is linked to the one before it. Verifying recomputes every link "
                "and shows whether any event was changed, removed or reordered."
            )
        )
        self.verify_button.setText(self.tr("Verify audit chain"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Record type"),
                self.tr("Record id"),
                self.tr("Details"),
            ]
        )
        self._fill()
        self._show_report()


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
