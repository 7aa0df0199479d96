"""Open the database with the recovery key, when this computer does not have the key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ShelterError
from ..services.shelter_access import ShelterAccess
from .errors import show_error, translate_error
from .sign_in_dialog import (
    EntryDialog,
    ErrorLabel,
    LanguageBox,
    Runner,
    heading_font,
    switch_language,
)


def key_font(base: QFont, scale: float = 1.25) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * scale)
    return font


class UnlockDialog(EntryDialog):
    """Says why the key is needed (``reason``, an error from opening), takes the recovery key
    as printed (spaces, dashes and lower case are fine) and opens the database.

    A wrong key is said inline and the typed text stays, so one wrong character can be fixed.
    """

    opened = Signal(object)  # the open database

    def __init__(
        self,
        access: ShelterAccess,
        runner: Runner,
        reason: BaseException,
        preferences: object | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.access = access
        self.runner = runner
        self.reason = reason
        self.database: object | None = None

        self.title = QLabel()
        self.title.setFont(heading_font(self.font()))
        self.reason_label = QLabel()
        self.reason_label.setObjectName("reasonLabel")
        self.reason_label.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.key_label = QLabel()
        self.key_field = QLineEdit()
        self.key_field.setObjectName("recoveryKey")
        self.key_field.setFont(key_font(self.font(), 1.1))
        self.key_field.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.key_label.setBuddy(self.key_field)
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberKey")
        # Where the computer has no usable password store, ticking it could not help.
        self.can_remember = bool(access.keystore.usable())
        self.remember.setChecked(self.can_remember)
        self.remember.setEnabled(self.can_remember)
        self.error_label = ErrorLabel()
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.unlock)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.reject)
        self.language = LanguageBox()
        self.language.language_chosen.connect(
            lambda code: switch_language(self, runner, preferences, code)
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.language)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.folder_label)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key_field)
        layout.addWidget(self.remember)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)
        self.retranslate()
        self.key_field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open the shelter database – Shelter Desktop"))
        self.title.setText(self.tr("The recovery key is needed"))
        self.reason_label.setText(translate_error(self.reason))
        self.folder_label.setText(
            self.tr("Database folder: {folder}").format(folder=str(self.access.data_dir.root))
        )
        self.key_label.setText(self.tr("&Recovery key (as written on the recovery sheet):"))
        self.remember.setText(self.tr("&Remember the key on this computer"))
        self.remember.setToolTip(
            self.tr(
                "Keeps the key in this computer's password store, so it is not asked at the next "
                "start. Leave it unticked on a computer that other people use."
            )
        )
        self.open_button.setText(self.tr("&Open"))
        self.quit_button.setText(self.tr("&Quit"))

    def unlock(self) -> None:
        text, remember = self.key_field.text(), self.remember.isChecked()
        if not text.strip():
            self.key_field.setFocus()
            return
        self.error_label.clear_error()
        self.open_button.setEnabled(False)
        self.runner.run_op(
            self,
            lambda: self.access.open_with_recovery_key(text, remember=remember),
            self._opened,
            self.tr("Opening the database…"),
            self._failed,
        )

    def _opened(self, database: object) -> None:
        self.open_button.setEnabled(True)
        self.database = database
        self.key_field.clear()
        self.opened.emit(database)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.key_field.setFocus()
        if isinstance(error, ShelterError):
            self.error_label.show_error(error)
        else:
            show_error(self, error)
