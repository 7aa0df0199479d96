"""Settings an administrator changes: the idle lock; and where this installation keeps its data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_group)
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
