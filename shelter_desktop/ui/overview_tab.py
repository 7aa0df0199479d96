"""A resident's overview: photo, key facts, and the alerts nobody may miss.

Alerts come first, as coloured banners: risk flags from counseling notes (red), contacts who must
not be contacted (orange) and work that is due for her (amber). The photo is read into memory
only (QPixmap.loadFromData); without one a neutral silhouette is drawn. Health fields appear only
when the service sent them (roles allowed to read them).

While she is in the shelter, staff who may edit residents can record her departure here
(transferred, or left without notice); once she has left, the day she left is one of the facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain import geography
from ..domain.case_file import ContactView, ResidentDetail
from ..domain.dto import Changed, SignedInUser
from ..domain.notes import RiskAlert
from ..domain.residents import ResidentStatus
from ..domain.roles import Permission
from ..domain.vocabulary import (
    EXPLOITATION_LABELS,
    LANGUAGE_LABELS,
    LEGAL_STATUS_LABELS,
    NATIONALITY_LABELS,
    REFERRAL_LABELS,
    RISK_FLAG_LABELS,
    SAFETY_LABELS,
    SEX_LABELS,
    ExploitationType,
    HivStatus,
    LegalCaseStatus,
    ReferralSource,
    RiskFlag,
    SafetyFlag,
    Sex,
)
from ..services.container import Services
from ..services.due_work import DueItem
from .departure_dialog import DepartureDialog
from .errors import translate_error
from .op_runner import OpRunner, SynchronousOpRunner
from .resident_list_model import format_date, risk_label, status_label

Runner = OpRunner | SynchronousOpRunner

PHOTO_SIZE = QSize(168, 210)
RISK, SAFETY, DUE = "risk", "safety", "due"

STYLE = """
QScrollArea#overviewScroll, QWidget#overviewBody { background: transparent; }
QFrame#factCard {
    background: #ffffff; border: 1px solid #dde3e9; border-radius: 8px;
}
QLabel#sectionTitle { font-size: 11.5pt; font-weight: bold; color: #16465e; }
QLabel#factValue { color: #1d2733; }
QLabel#residentPhoto {
    background: #e8edf1; border: 1px solid #d2dae1; border-radius: 8px;
}
QLabel#alertBanner { border-radius: 6px; padding: 8px 12px; font-weight: bold; }
QLabel#alertBanner[kind="risk"] {
    background: #fbe9e7; color: #8c1d18; border: 1px solid #e8a49c; border-left: 6px solid #b3261e;
}
QLabel#alertBanner[kind="safety"] {
    background: #fff1e0; color: #7a3a00; border: 1px solid #f0c08a; border-left: 6px solid #d9730d;
}
QLabel#alertBanner[kind="due"] {
    background: #fdf7e3; color: #5c4a00; border: 1px solid #e6d48f; border-left: 6px solid #b8930b;
    font-weight: normal;
}
QLabel#alertsNote { color: #4f5b67; }
"""

def short_date(value: date | None) -> str:
    """Day/month/four-digit year, as in the resident list ("" for none)."""
    return format_date(value)


def vocabulary_label(labels: dict, enum: type, value: str | None) -> str:  # type: ignore[type-arg]
    """The translated label of a stored vocabulary value; the value itself if unknown."""
    if not value:
        return ""
    try:
        text = labels[enum(value)] if enum is not None else labels[value]
    except (KeyError, ValueError):
        return value
    return QCoreApplication.translate("Vocabulary", text)


def current_language() -> str:
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


def silhouette(size: QSize, ratio: float = 1.0) -> QPixmap:
    """A neutral head-and-shoulders outline, for a resident without a photo."""
    pixmap = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#e8edf1"))
    w, h = size.width(), size.height()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#b9c5cf"))
    head = w * 0.36
    painter.drawEllipse(QRectF((w - head) / 2, h * 0.2, head, head * 1.1))
    body = QPainterPath()
    body.moveTo(w * 0.14, h)
    body.cubicTo(w * 0.14, h * 0.62, w * 0.3, h * 0.6, w * 0.5, h * 0.6)
    body.cubicTo(w * 0.7, h * 0.6, w * 0.86, h * 0.62, w * 0.86, h)
    body.closeSubpath()
    painter.drawPath(body)
    painter.end()
    return pixmap


@dataclass(frozen=True)
class Alert:
    kind: str  # RISK, SAFETY or DUE
    text: str


class OverviewTab(QWidget):
    changed = Signal(object)  # Changes, after her departure was recorded

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self.setStyleSheet(STYLE)
        self._services = services
        self._user = user
        self._runner = runner
        self._resident_id = resident_id
        self._detail: ResidentDetail | None = None
        self._photo: bytes | None = None
        self._risks: list[RiskAlert] = []
        self._unsafe: list[ContactView] = []
        self._due: list[DueItem] = []
        self._errors: list[BaseException] = []
        self._facts: dict[str, str] = {}

        self.photo_label = QLabel()
        self.photo_label.setObjectName("residentPhoto")
        self.photo_label.setFixedSize(PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._alerts_box = QVBoxLayout()
        self._alerts_box.setSpacing(6)
        self._banners: list[QLabel] = []
        self._alerts_note = QLabel()
        self._alerts_note.setObjectName("alertsNote")
        self._alerts_note.setWordWrap(True)
        self._alerts_note.hide()

        # Shown only to staff who may edit residents, and only while she is in the shelter.
        self.departure_button = QPushButton()
        self.departure_button.setObjectName("recordDepartureButton")
        self.departure_button.clicked.connect(self.record_departure)
        self.departure_button.hide()
        self.dialog: DepartureDialog | None = None

        self._cards = QGridLayout()
        self._cards.setHorizontalSpacing(14)
        self._cards.setVerticalSpacing(14)
        self._cards.setColumnStretch(0, 1)
        self._cards.setColumnStretch(1, 1)

        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        alerts = QVBoxLayout()
        alerts.setSpacing(6)
        alerts.addLayout(self._alerts_box)
        alerts.addWidget(self._alerts_note)
        alerts.addStretch(1)
        alerts.addWidget(self.departure_button, 0, Qt.AlignmentFlag.AlignRight)
        top.addLayout(alerts, 1)

        body = QWidget()
        body.setObjectName("overviewBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 16, 20, 20)
        column.setSpacing(16)
        column.addLayout(top)
        column.addLayout(self._cards)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show_photo()
        self.retranslate()

    # -- data ----------------------------------------------------------------------------

    def set_detail(self, detail: ResidentDetail) -> None:
        """Show the facts of the file the window opened (the view was audited there)."""
        self._detail = detail
        self._fill_facts()
        self.departure_button.setVisible(self.can_record_departure())

    def can_record_departure(self) -> bool:
        """For showing the button only: the service checks the permission and her status."""
        d = self._detail
        return (
            d is not None
            and d.status == ResidentStatus.ACTIVE.value
            and self._user.can(Permission.EDIT_RESIDENTS)
        )

    def record_departure(self) -> DepartureDialog | None:
        """Open the departure dialog (window-modal, never exec()); returns it for tests."""
        d = self._detail
        if d is None or not self.can_record_departure():
            return None
        residents, user, rid = self._services.residents, self._user, self._resident_id
        dialog = DepartureDialog(
            self._runner,
            lambda kind, day: residents.record_departure(user, rid, kind, day),  # type: ignore[arg-type]
            d.admission_date,
            self,
        )
        self.dialog = dialog
        dialog.saved.connect(self._departed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _departed(self, changed: Changed[ResidentDetail]) -> None:
        self.set_detail(changed.value)
        self.changed.emit(changed.changes)

    def refresh(self) -> None:
        """Load the photo and the alerts again (after a contact, note or document changed)."""
        services, user, rid = self._services, self._user, self._resident_id
        self._errors = []
        self._runner.run_op(
            self, lambda: services.documents.profile_photo(user, rid), self._photo_loaded,
            on_error=self._part_failed,
        )
        if user.can(Permission.READ_CASE_TEAM_NOTES):
            self._runner.run_op(
                self, lambda: services.notes.risk_alerts(user, rid), self._risks_loaded,
                on_error=self._part_failed,
            )
        self._runner.run_op(
            self, lambda: services.contacts.safety_alerts(user, rid), self._safety_loaded,
            on_error=self._part_failed,
        )
        self._runner.run_op(
            self,
            lambda: services.due_work.items(user, mine_only=False, resident_id=rid),
            self._due_loaded,
            on_error=self._part_failed,
        )

    def alerts(self, kind: str | None = None) -> list[Alert]:
        """The banners shown now, for tests and screen readers."""
        return [a for a in self._alert_list() if kind is None or a.kind == kind]

    def facts(self) -> dict[str, str]:
        """Caption -> shown value of every key fact."""
        return dict(self._facts)

    def has_photo(self) -> bool:
        return self._photo is not None

    def _photo_loaded(self, data: bytes | None) -> None:
        self._photo = data
        self._show_photo()

    def _risks_loaded(self, alerts: list[RiskAlert]) -> None:
        self._risks = list(alerts)
        self._show_alerts()

    def _safety_loaded(self, contacts: list[ContactView]) -> None:
        self._unsafe = [c for c in contacts if c.safety_flag != SafetyFlag.NONE.value]
        self._show_alerts()

    def _due_loaded(self, items: list[DueItem]) -> None:
        self._due = items
        self._show_alerts()

    def _part_failed(self, error: BaseException) -> None:
        # One missing part (a damaged photo, say) must not hide the rest of the overview.
        self._errors.append(error)
        self._show_alerts()

    # -- photo ---------------------------------------------------------------------------

    def _show_photo(self) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        if self._photo:
            pixmap = QPixmap()
            if pixmap.loadFromData(self._photo):
                scaled = pixmap.scaled(
                    PHOTO_SIZE * ratio,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                scaled.setDevicePixelRatio(ratio)
                self.photo_label.setPixmap(scaled)
                return
        self.photo_label.setPixmap(silhouette(PHOTO_SIZE, ratio))

    # -- alerts --------------------------------------------------------------------------

    def _alert_list(self) -> list[Alert]:
        alerts = [Alert(RISK, self._risk_text(group)) for group in self._risk_groups()]
        alerts += [Alert(SAFETY, self._safety_text(c)) for c in self._unsafe]
        alerts += [Alert(DUE, self._due_text(i)) for i in self._due]
        return alerts

    def _risk_groups(self) -> list[list[RiskAlert]]:
        """One banner per note, naming all the flags it raised (newest note first)."""
        groups: dict[int, list[RiskAlert]] = {}
        for alert in self._risks:
            groups.setdefault(alert.note_id, []).append(alert)
        return list(groups.values())

    def _risk_text(self, group: list[RiskAlert]) -> str:
        flags = ", ".join(vocabulary_label(RISK_FLAG_LABELS, RiskFlag, a.flag) for a in group)
        first = group[0]
        if first.signed:
            return self.tr("Risk: {flags} — noted on {date}").format(
                flags=flags, date=short_date(first.session_date)
            )
        return self.tr("Risk: {flags} — noted on {date} (note not signed yet)").format(
            flags=flags, date=short_date(first.session_date)
        )

    def _safety_text(self, contact: ContactView) -> str:
        relation = contact.relation or self.tr("contact")
        if contact.safety_flag == SafetyFlag.NO_CONTACT.value:
            return self.tr("No contact: {relation} — do not plan contact").format(
                relation=relation
            )
        if contact.safety_flag == SafetyFlag.SUSPECTED_INVOLVEMENT.value:
            return self.tr(
                "Suspected involvement: {relation} — do not plan contact"
            ).format(relation=relation)
        return self.tr("{flag}: {relation}").format(
            flag=vocabulary_label(SAFETY_LABELS, SafetyFlag, contact.safety_flag),
            relation=relation,
        )

    def _due_text(self, item: DueItem) -> str:
        work = QCoreApplication.translate("DueWork", item.kind)
        if item.overdue:
            return self.tr("{work} — overdue since {date}").format(
                work=work, date=short_date(item.due_on)
            )
        return self.tr("{work} — due {date}").format(work=work, date=short_date(item.due_on))

    def _show_alerts(self) -> None:
        alerts = self._alert_list()
        while len(self._banners) < len(alerts):
            banner = QLabel()
            banner.setObjectName("alertBanner")
            banner.setWordWrap(True)
            banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self._alerts_box.addWidget(banner)
            self._banners.append(banner)
        for banner, alert in zip(self._banners, alerts, strict=False):
            if banner.property("kind") != alert.kind:
                banner.setProperty("kind", alert.kind)
                banner.style().unpolish(banner)
                banner.style().polish(banner)
            banner.setText(alert.text)
            banner.setAccessibleName(alert.text)
            banner.show()
        for banner in self._banners[len(alerts):]:
            banner.hide()
        if self._errors:
            self._alerts_note.setText(
                self.tr("Part of this overview could not be loaded: {reason}").format(
                    reason=translate_error(self._errors[0])
                )
            )
        else:
            self._alerts_note.setText(self.tr("No alerts for this resident."))
        self._alerts_note.setVisible(bool(self._errors) or not alerts)

    # -- facts ---------------------------------------------------------------------------

    def _fill_facts(self) -> None:
        while self._cards.count():
            item = self._cards.takeAt(0)
            if item.widget() is not None:
                # Hidden at once: until it is deleted, an old card would still be painted
                # (out of the layout) over the new ones, e.g. after her departure is recorded.
                item.widget().hide()
                item.widget().deleteLater()
        self._facts = {}
        d = self._detail
        if d is None:
            return
        sections = self._sections(d)
        for number, (title, rows) in enumerate(sections):
            card = self._card(title, rows)
            self._cards.addWidget(card, number // 2, number % 2)

    def _card(self, title: str, rows: list[tuple[str, str]]) -> QFrame:
        card = QFrame()
        card.setObjectName("factCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for caption, value in rows:
            self._facts[caption] = value
            caption_label = QLabel(caption)
            caption_label.setObjectName("fieldCaption")
            caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value_label = QLabel(value or "—")
            value_label.setObjectName("factValue")
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption_label, value_label)
        layout.addLayout(form)
        layout.addStretch(1)
        return card

    def _sections(self, d: ResidentDetail) -> list[tuple[str, list[tuple[str, str]]]]:
        language = current_language()
        identity = [
            (self.tr("Case number"), d.case_number),
            (self.tr("Khmer name"), d.name_khmer),
            (self.tr("Latin name"), d.name_latin),
        ]
        if d.alias:
            identity.append((self.tr("Also known as"), d.alias))
        identity += [
            (self.tr("Sex"), vocabulary_label(SEX_LABELS, Sex, d.sex)),
            (self.tr("Age"), self._age_text(d)),
            (self.tr("Nationality"), vocabulary_label(NATIONALITY_LABELS, None, d.nationality)),
            (
                self.tr("Languages"),
                ", ".join(vocabulary_label(LANGUAGE_LABELS, None, code) for code in d.languages),
            ),
        ]
        case = [
            (self.tr("Status"), status_label(d.status)),
            (self.tr("Risk level"), risk_label(d.risk_level)),
            (self.tr("Admitted"), short_date(d.admission_date)),
        ]
        if d.exit_date is not None:
            case.append((self.tr("Left the shelter"), short_date(d.exit_date)))
        case.append((self.tr("Counselor"), d.counselor_name or self.tr("Not assigned")))
        if d.mosvy_number:
            case.append((self.tr("MoSVY number"), d.mosvy_number))
        origin = [
            (self.tr("Province"), geography.place_name(d.province_code, language)),
            (self.tr("District"), geography.place_name(d.district_code, language)),
            (self.tr("Commune"), geography.place_name(d.commune_code, language)),
            (
                self.tr("Village"),
                geography.place_name(d.village_code, language, d.commune_code),
            ),
        ]
        referral = [
            (
                self.tr("Referred by"),
                vocabulary_label(REFERRAL_LABELS, ReferralSource, d.referral_source)
                or self.tr("Not recorded"),
            ),
            (self.tr("Organisation"), d.referral_organisation),
            (self.tr("Referral contact"), d.referral_contact),
            (self.tr("Reason"), d.referral_reason),
        ]
        exploitation = [
            (
                self.tr("Exploitation"),
                ", ".join(
                    vocabulary_label(EXPLOITATION_LABELS, ExploitationType, t)
                    for t in d.exploitation_types
                )
                or self.tr("Not recorded"),
            ),
            (
                self.tr("Destination country"),
                QLocale.territoryToString(QLocale.codeToTerritory(d.destination_country))
                if d.destination_country
                else "",
            ),
            (
                self.tr("Legal case"),
                vocabulary_label(LEGAL_STATUS_LABELS, LegalCaseStatus, d.legal_status),
            ),
        ]
        if d.legal_court:
            exploitation.append((self.tr("Court"), d.legal_court))
        if d.legal_case_number:
            exploitation.append((self.tr("Court case number"), d.legal_case_number))
        sections = [
            (self.tr("Identity"), identity),
            (self.tr("Case"), case),
            (self.tr("Origin"), origin),
            (self.tr("Referral"), referral),
            (self.tr("Exploitation and legal case"), exploitation),
        ]
        health = self._health_rows(d)
        if health:
            sections.append((self.tr("Health on intake"), health))
        return sections

    def _health_rows(self, d: ResidentDetail) -> list[tuple[str, str]]:
        """Only the fields the service sent: None means this role may not read them."""
        hiv = {
            HivStatus.UNKNOWN.value: self.tr("Not known"),
            HivStatus.NEGATIVE.value: self.tr("Negative"),
            HivStatus.POSITIVE.value: self.tr("Positive"),
            HivStatus.NOT_DISCLOSED.value: self.tr("Not disclosed"),
        }
        rows: list[tuple[str, str]] = []
        if d.hiv_status is not None:
            rows.append((self.tr("HIV status"), hiv.get(d.hiv_status, d.hiv_status)))
        if d.pregnant is not None:
            rows.append((self.tr("Pregnant"), self.tr("Yes") if d.pregnant else self.tr("No")))
        if d.health_notes is not None:
            rows.append((self.tr("Health notes"), d.health_notes))
        return rows

    def _age_text(self, d: ResidentDetail) -> str:
        if d.age is None:
            return self.tr("Not known")
        if d.date_of_birth is None:
            return self.tr("{age} years").format(age=d.age)
        if d.birth_date_estimated:
            return self.tr("about {age} years (born around {year})").format(
                age=d.age, year=d.date_of_birth.year
            )
        return self.tr("{age} years (born {date})").format(
            age=d.age, date=short_date(d.date_of_birth)
        )

    # -- Qt ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.departure_button.setText(self.tr("Record departure…"))
        self.departure_button.setToolTip(
            self.tr("She was transferred to another organisation or left without notice")
        )
        self._fill_facts()
        self._show_alerts()

