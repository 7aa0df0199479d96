"""The first window when the data folder has no shelter database yet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ShelterError
from ..services.preferences import Preferences
from ..services.shelter_access import CreatedShelter, ShelterAccess
from .errors import show_error
from .setup_wizard import SetupWizard
from .sign_in_dialog import (
    EntryDialog,
    ErrorLabel,
    LanguageBox,
    Runner,
    heading_font,
    switch_language,
)
from .unlock_dialog import key_font

DEMO_RESIDENTS = 60
DEMO_SEED = 1
DEMO_PASSWORD = "demo-password"

AccessFactory = Callable[[Path], ShelterAccess]


class DemoReadyDialog(EntryDialog):
    """Who to sign in as in the demo, and its recovery key (fine to show: nothing real in it)."""

    def __init__(self, created: CreatedShelter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoReadyDialog")
        from ..services.demo import DEMO_ADMIN, demo_accounts

        self.accounts = [(DEMO_ADMIN, QCoreApplication.translate("Roles", "Administrator"))]
        self.accounts += [
            (account.username, QCoreApplication.translate("Roles", account.role.label))
            for account in demo_accounts()
        ]
        self.created = created
        self.title = QLabel()
        self.title.setFont(heading_font(self.font()))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        self.account_labels: list[QLabel] = []
        for row, (username, role) in enumerate(self.accounts):
            name = QLabel(username)
            name.setFont(key_font(self.font(), 1.0))
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel(role), row, 1)
        grid.setColumnMinimumWidth(0, 160)
        grid.setColumnStretch(2, 1)
        self.password_label = QLabel()
        self.password_value = QLabel(DEMO_PASSWORD)
        self.password_value.setObjectName("demoPassword")
        self.password_value.setFont(key_font(self.font(), 1.1))
        self.password_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.key_value = QLabel(created.recovery_key)
        self.key_value.setObjectName("demoRecoveryKey")
        self.key_value.setFont(key_font(self.font(), 1.0))
        self.key_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_label)
        password_row.addWidget(self.password_value)
        password_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(password_row)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key_value)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Demo ready – Shelter Desktop"))
        self.title.setText(self.tr("The demo is ready"))
        self.intro.setText(
            self.tr(
                "The demo shelter has {n} made-up residents. Nobody in it is real. Sign in as "
                "any of these accounts to see what each role can do:"
            ).format(n=DEMO_RESIDENTS)
        )
        self.password_label.setText(self.tr("Password for every demo account:"))
        self.key_label.setText(
            self.tr(
                "The demo database's recovery key is below. It is shown because this is demo "
                "data; for a real shelter the key is shown once and must be kept locked away."
            )
        )
        self.ok_button.setText(self.tr("Continue to sign in"))


class FirstRunDialog(EntryDialog):
    """No database in the data folder: set up a shelter, open a demo, or look elsewhere.

    Accepted with ``database`` set (a new shelter or demo, open) or with ``database`` None and
    ``access`` pointing at another folder that has a database (to unlock next).
    """

    def __init__(
        self,
        access: ShelterAccess,
        runner: Runner,
        access_for: AccessFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.access = access
        self.runner = runner
        self.access_for = access_for
        self.database: object | None = None
        self.created: CreatedShelter | None = None
        self.sign_in_username = ""
        self.wizard: SetupWizard | None = None
        self.demo_dialog: DemoReadyDialog | None = None

        self.title = QLabel()
        self.title.setFont(heading_font(self.font(), 1.6))
        self.body = QLabel()
        self.body.setObjectName("firstRunText")
        self.body.setWordWrap(True)
        self.setup_button = QCommandLinkButton()
        self.setup_button.setObjectName("setupButton")
        self.setup_button.clicked.connect(self.start_setup)
        self.demo_button = QCommandLinkButton()
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.start_demo)
        self.folder_button = QCommandLinkButton()
        self.folder_button.setObjectName("folderButton")
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.folder_button.setVisible(access_for is not None)
        self.error_label = ErrorLabel()
        self.language = LanguageBox()
        self.language.language_chosen.connect(
            lambda code: switch_language(self, runner, Preferences(self.access.data_dir), code)
        )
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addSpacing(8)
        layout.addWidget(self.setup_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setMinimumWidth(600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome – Shelter Desktop"))
        self.title.setText(self.tr("Welcome to Shelter Desktop"))
        self.body.setText(
            self.tr(
                "There is no shelter database in this folder yet:\n{folder}\n\n"
                "If this is a new shelter, set it up now. To look around first, open the demo. "
                "If your shelter's database is in another folder (for example on a USB disk), "
                "choose that folder."
            ).format(folder=str(self.access.data_dir.root))
        )
        self.setup_button.setText(self.tr("Set up a new shelter"))
        self.setup_button.setDescription(
            self.tr("Creates an encrypted database and your administrator account.")
        )
        self.demo_button.setText(self.tr("Open a demo with made-up residents"))
        self.demo_button.setDescription(
            self.tr("For training and trying things out. Nothing in it is real.")
        )
        self.folder_button.setText(self.tr("Choose another data folder…"))
        self.folder_button.setDescription(
            self.tr("Open the shelter database kept in another folder.")
        )
        self.quit_button.setText(self.tr("&Quit"))

    # --- set up -----------------------------------------------------------------------------

    def start_setup(self) -> None:
        self.error_label.clear_error()
        self.wizard = SetupWizard(self.access, self.runner, self)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.open()

    def _wizard_finished(self, _result: int) -> None:
        wizard = self.wizard
        if wizard is not None and wizard.database is not None:
            self.database, self.created = wizard.database, wizard.created
            self.sign_in_username = wizard.admin_username
            self.accept()

    # --- demo -------------------------------------------------------------------------------

    def start_demo(self) -> None:
        from ..services.demo import create_demo

        self.error_label.clear_error()
        self._set_buttons_enabled(False)
        access = self.access
        self.runner.run_long(
            self,
            lambda progress, _cancel: create_demo(
                access, residents=DEMO_RESIDENTS, seed=DEMO_SEED, password=DEMO_PASSWORD,
                progress=lambda fraction, message: progress(
                    fraction, QCoreApplication.translate("Demo", message)
                ),
            ),
            self._demo_created,
            self.tr("Creating the demo database…"),
            self._failed,
        )

    def _demo_created(self, result: tuple[object, CreatedShelter]) -> None:
        self._set_buttons_enabled(True)
        self.database, self.created = result
        from ..services.demo import DEMO_ADMIN

        self.sign_in_username = DEMO_ADMIN
        self.demo_dialog = DemoReadyDialog(self.created, self)
        self.demo_dialog.finished.connect(lambda _r: self.accept())
        self.demo_dialog.open()

    # --- another folder ---------------------------------------------------------------------

    def choose_folder(self, folder: Path | None = None) -> None:
        """Look for a database in another folder (asks which unless ``folder`` is given)."""
        if self.access_for is None:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose the shelter's data folder"), str(self.access.data_dir.root)
            )
            if not chosen:
                return
            folder = Path(chosen)
        self.error_label.clear_error()
        self.access = self.access_for(folder)
        if self.access.has_database():
            self.database = None
            self.accept()
        else:
            self.retranslate()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (self.setup_button, self.demo_button, self.folder_button):
            button.setEnabled(enabled)

    def _failed(self, error: BaseException) -> None:
        self._set_buttons_enabled(True)
        if isinstance(error, ShelterError):
            self.error_label.show_error(error)
        else:
            show_error(self, error)
