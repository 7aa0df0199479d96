"""The Integrity tab: check the database file and the audit log, and say what to do if either
is damaged."""

from __future__ import annotations

import html
import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.clock import utc_now
from ..domain.dto import SignedInUser
from ..services.container import Services
from ..services.integrity import IntegrityReport
from .errors import translate_error
from .op_runner import Progress
from .staff_dialogs import Runner
from .staff_panel import local_time_text

OK_STYLE = "background: #e9f6ec; border: 1px solid #9fd3ab; color: #14532d;"
PROBLEM_STYLE = "background: #fdecee; border: 1px solid #e8b4bb; color: #8a1020;"


class IntegrityPanel(QWidget):
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
        self._report: IntegrityReport | None = None
        self._error: BaseException | None = None
        self._checked_at = ""

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.check_button = QPushButton()
        self.check_button.setObjectName("primaryButton")
        self.check_button.clicked.connect(self.check)
        self.result_label = QLabel()
        self.result_label.setObjectName("integrityResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.retranslate()

    def load(self) -> None:
        """Nothing to load: the check runs only when asked (it reads the whole database)."""

    def check(self) -> None:
        integrity, user = self._services.integrity, self._user

        def work(_progress: Progress, _cancel: threading.Event) -> IntegrityReport:
            return integrity.check(user)

        self.check_button.setEnabled(False)
        self._runner.run_long(
            self, work, self._checked, self.tr("Checking the database and the audit log…"),
            self._failed,
        )

    def report(self) -> IntegrityReport | None:
        return self._report

    def result_text(self) -> str:
        """The result as plain text (for tests and screen readers)."""
        return self.result_label.accessibleDescription() if self.result_label.isVisibleTo(self) else ""

    def _checked(self, report: IntegrityReport) -> None:
        self.check_button.setEnabled(True)
        self._report = report
        self._error = None
        self._checked_at = local_time_text(utc_now())
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self._report = None
        self._error = error
        self._fill()

    def _fill(self) -> None:
        report = self._report
        if self._error is not None:
            lines = [translate_error(self._error)]
            style = PROBLEM_STYLE
            body = html.escape(lines[0])
        elif report is None:
            self.result_label.hide()
            return
        elif report.ok:
            lines = [
                self.tr("The database and the audit log are intact ({n} audit events checked).")
                .format(n=report.events_checked)
            ]
            style = OK_STYLE
            body = f"<b>{html.escape(lines[0])}</b>"
        else:
            head = self.tr("Problems were found:")
            advice = self.tr(
                "What to do: do not enter anything else now. Restore the latest backup: "
                "shelter-desktop restore --from FILE, and tell the organisation's management."
            )
            lines = [head]
            body = f"<b>{html.escape(head)}</b>"
            sections = (
                (self.tr("The database file is damaged:"), report.database_problems),
                (self.tr("The audit log has been changed or damaged:"), report.audit_problems),
            )
            for title, problems in sections:
                if problems:
                    lines += [title, *problems]
                    items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
                    body += f"<p>{html.escape(title)}</p><ul>{items}</ul>"
            lines.append(advice)
            body += html.escape(advice)
            style = PROBLEM_STYLE
        if self._error is None:
            checked = self.tr("Checked at {time}.").format(time=self._checked_at)
            lines.append(checked)
            body += f"<br><small>{html.escape(checked)}</small>"
        self.result_label.setText(body)
        self.result_label.setStyleSheet(
            f"QLabel#integrityResult {{ {style} border-radius: 4px; padding: 8px; }}"
        )
        self.result_label.setAccessibleDescription("\n".join(lines))
        self.result_label.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Checks every page of the encrypted database, its structure and links, and "
                "that no event in the audit log was changed, removed or reordered. On a large "
                "database this takes a minute."
            )
        )
        self.check_button.setText(self.tr("Check the database"))
        self._fill()
