"""Settings an administrator changes: the idle lock, the case-work policy (care plan reviews,
reassessments, follow-up months, "due soon"); and where this installation keeps its data."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.case_policy import CasePolicy, parse_follow_up_months
from ..domain.dto import SignedInUser
from ..domain.errors import ValidationError
from ..services.container import Services
from .errors import show_error, translate_error
from .staff_dialogs import Runner


@dataclass(frozen=True)
class SettingsView:
    idle_lock_minutes: int
    data_folder: str
    database_id: str


def _selectable_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPanel(QWidget):
    idle_lock_minutes_changed = Signal(int)

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
        self._view: SettingsView | None = None
        self._saved_minutes: int | None = None
        self._error: BaseException | None = None

        self.lock_group = QGroupBox()
        self.lock_intro = QLabel()
        self.lock_intro.setWordWrap(True)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setValue(5)
        self.idle_minutes.valueChanged.connect(lambda _v: self._clear_saved())
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.idle_label = QLabel()
        self.idle_label.setBuddy(self.idle_minutes)
        row = QHBoxLayout()
        row.addWidget(self.idle_label)
        row.addWidget(self.idle_minutes)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        lock_layout = QVBoxLayout(self.lock_group)
        lock_layout.addWidget(self.lock_intro)
        lock_layout.addLayout(row)
        lock_layout.addWidget(self.saved_label)

        self.install_group = QGroupBox()
        self.folder = _selectable_label()
        self.database_id = _selectable_label()
        self.install_note = QLabel()
        self.install_note.setWordWrap(True)
        self._install_labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._install_labels[0], self.folder)
        form.addRow(self._install_labels[1], self.database_id)
        install_layout = QVBoxLayout(self.install_group)
        install_layout.addLayout(form)
        install_layout.addWidget(self.install_note)

        # -- case work policy (kept in the database, travels with backups) -----------------
        self._policy: CasePolicy | None = None
        self._policy_saved = False
        self.policy_group = QGroupBox()
        self.policy_intro = QLabel()
        self.policy_intro.setWordWrap(True)
        self.review_months = QSpinBox()
        self.review_months.setRange(1, 24)
        self.reassessment_months = QSpinBox()
        self.reassessment_months.setRange(1, 24)
        self.follow_up_months = QLineEdit()
        self.follow_up_months.setMaxLength(120)
        self.due_soon_days = QSpinBox()
        self.due_soon_days.setRange(1, 90)
        self._policy_labels = [QLabel() for _ in range(4)]
        policy_form = QFormLayout()
        policy_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, field in zip(
            self._policy_labels,
            (self.review_months, self.reassessment_months, self.follow_up_months,
             self.due_soon_days),
        ):
            label.setBuddy(field)
            policy_form.addRow(label, field)
        self.follow_up_months.setMinimumWidth(260)
        for box in (self.review_months, self.reassessment_months, self.due_soon_days):
            box.valueChanged.connect(lambda _v: self._policy_edited())
        self.follow_up_months.textEdited.connect(lambda _t: self._policy_edited())
        self.policy_save_button = QPushButton()
        self.policy_save_button.clicked.connect(self.save_policy)
        self.policy_message = QLabel()
        self.policy_message.setWordWrap(True)
        self.policy_message.hide()
        policy_buttons = QHBoxLayout()
        policy_buttons.addWidget(self.policy_save_button)
        policy_buttons.addStretch(1)
        policy_layout = QVBoxLayout(self.policy_group)
        policy_layout.addWidget(self.policy_intro)
        policy_layout.addLayout(policy_form)
        policy_layout.addLayout(policy_buttons)
        policy_layout.addWidget(self.policy_message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_group)
        layout.addWidget(self.policy_group)
        layout.addWidget(self.install_group)
        layout.addStretch(1)
        self.retranslate()

    def load(self) -> None:
        services = self._services

        def read() -> SettingsView:
            return SettingsView(
                services.preferences.idle_lock_minutes(),
                str(services.access.data_dir.root),
                services.access.settings().database_id,
            )

        self._runner.run_op(self, read, self._show, self.tr("Loading settings"), self._failed)
        policy, user = services.case_policy, self._user
        self._runner.run_op(
            self, lambda: policy.get(user), self._show_policy, self.tr("Loading settings"),
            self._failed,
        )

    # -- case work policy --------------------------------------------------------------------

    def _show_policy(self, policy: CasePolicy) -> None:
        self._policy = policy
        self._policy_saved = False
        for box, value in (
            (self.review_months, policy.care_plan_review_months),
            (self.reassessment_months, policy.reassessment_months),
            (self.due_soon_days, policy.due_soon_days),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.follow_up_months.setText(", ".join(str(m) for m in policy.follow_up_months))
        self._set_policy_message("")

    def policy_value(self) -> CasePolicy:
        """The policy as typed; ValidationError when the follow-up months cannot be read."""
        months = parse_follow_up_months(self.follow_up_months.text())
        return replace(
            self._policy or CasePolicy(),
            care_plan_review_months=self.review_months.value(),
            reassessment_months=self.reassessment_months.value(),
            follow_up_months=months,
            due_soon_days=self.due_soon_days.value(),
        )

    def save_policy(self) -> None:
        try:
            policy = self.policy_value()
        except ValidationError as error:
            self._set_policy_message(translate_error(error), error=True)
            self.follow_up_months.setFocus()
            return
        service, user = self._services.case_policy, self._user
        self.policy_save_button.setEnabled(False)
        self._runner.run_op(
            self, lambda: service.set(user, policy), self._policy_stored,
            self.tr("Saving settings"), self._policy_failed,
        )

    def _policy_stored(self, policy: CasePolicy) -> None:
        self.policy_save_button.setEnabled(True)
        self._show_policy(policy)
        self._policy_saved = True
        self._set_policy_message(
            self.tr(
                "Saved. New follow-up schedules use these months; schedules already made "
                "keep theirs."
            )
        )

    def _policy_failed(self, error: BaseException) -> None:
        self.policy_save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._set_policy_message(translate_error(error), error=True)
        else:
            show_error(self, error)

    def _policy_edited(self) -> None:
        self._policy_saved = False
        self._set_policy_message("")

    def policy_message_text(self) -> str:
        return self.policy_message.text() if not self.policy_message.isHidden() else ""

    def _set_policy_message(self, text: str, error: bool = False) -> None:
        self.policy_message.setText(text)
        self.policy_message.setStyleSheet(
            "QLabel { color: #8a1020; background: #fdecee; border: 1px solid #e8b4bb;"
            " border-radius: 4px; padding: 6px; }" if error else ""
        )
        self.policy_message.setVisible(bool(text))

    def _show(self, view: SettingsView) -> None:
        self._view = view
        self._error = None
        self._saved_minutes = None
        self.idle_minutes.blockSignals(True)
        self.idle_minutes.setValue(view.idle_lock_minutes)
        self.idle_minutes.blockSignals(False)
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self._error = error
        self._fill()
        show_error(self, error)

    def save(self) -> None:
        settings, user, minutes = self._services.settings, self._user, self.idle_minutes.value()
        self.save_button.setEnabled(False)
        self._runner.run_op(
            self,
            lambda: settings.set_idle_lock_minutes(user, minutes),
            lambda _none: self._saved(minutes),
            self.tr("Saving settings"),
            self._save_failed,
        )

    def _saved(self, minutes: int) -> None:
        self.save_button.setEnabled(True)
        self._saved_minutes = minutes
        self._error = None
        self._fill()
        self.idle_lock_minutes_changed.emit(minutes)

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._error = error
        self._fill()
        show_error(self, error)

    def _clear_saved(self) -> None:
        self._saved_minutes = None
        self._fill()

    def saved_text(self) -> str:
        return self.saved_label.text()

    def _fill(self) -> None:
        if self._error is not None:
            self.saved_label.setText(translate_error(self._error))
        elif self._saved_minutes is not None:
            self.saved_label.setText(
                self.tr("Saved. The screen locks after {n} minutes without use.").format(
                    n=self._saved_minutes
                )
            )
        else:
            self.saved_label.clear()
        self.saved_label.setVisible(bool(self.saved_label.text()))
        self.folder.setText(self._view.data_folder if self._view else "")
        self.database_id.setText(
            (self._view.database_id or self.tr("(not set)")) if self._view else ""
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.lock_group.setTitle(self.tr("Screen lock"))
        self.lock_intro.setText(
            self.tr(
                "When nobody uses Shelter Desktop for this long, it hides all resident data and "
                "asks for the password again. Unsaved input is kept. Keep it short on a PC in "
                "a shared office."
            )
        )
        self.idle_label.setText(self.tr("Lock after"))
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.save_button.setText(self.tr("Save"))
        self.policy_group.setTitle(self.tr("Case work"))
        self.policy_intro.setText(
            self.tr(
                "When care plans are reviewed, residents reassessed and reintegrated residents "
                "followed up. Due work and Home show what falls due."
            )
        )
        for label, text in zip(
            self._policy_labels,
            (
                self.tr("Care plan review after:"),
                self.tr("Reassessment after:"),
                self.tr("Follow-up visits after (months):"),
                self.tr("\"Due soon\" means within:"),
            ),
        ):
            label.setText(text)
        self.review_months.setSuffix(self.tr(" months"))
        self.reassessment_months.setSuffix(self.tr(" months"))
        self.due_soon_days.setSuffix(self.tr(" days"))
        self.follow_up_months.setPlaceholderText(self.tr("e.g. 1, 3, 6, 12, 18, 24"))
        self.policy_save_button.setText(self.tr("Save case work settings"))
        self.install_group.setTitle(self.tr("This installation"))
        self._install_labels[0].setText(self.tr("Data folder:"))
        self._install_labels[1].setText(self.tr("Database id:"))
        self.install_note.setText(
            self.tr(
                "The data folder holds the encrypted database and its settings. The database "
                "id tells this PC which entry in the system's credential store holds the key; "
                "it is not secret and does not open the database."
            )
        )
        self._fill()
