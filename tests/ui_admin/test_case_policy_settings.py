"""The case-work policy on the administrator's Settings tab: shown, changed, refused when the
follow-up months cannot be read, and used by the next placement."""

from __future__ import annotations

from shelter_desktop.domain.case_policy import CasePolicy
from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.settings_panel import SettingsPanel


def make_panel(qtbot, shelter, runner) -> SettingsPanel:  # type: ignore[no-untyped-def]
    panel = SettingsPanel(shelter.services, shelter.admin, runner)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    panel.load()
    return panel


def test_the_policy_is_shown_and_saved(qtbot, shelter, runner, shown_errors) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, shelter, runner)
    assert panel.follow_up_months.text() == "1, 3, 6, 12, 18, 24"
    assert panel.review_months.value() == 6 and panel.due_soon_days.value() == 14
    panel.review_months.setValue(3)
    panel.reassessment_months.setValue(4)
    panel.due_soon_days.setValue(21)
    panel.follow_up_months.setText(" 1; 2, 6 ,12 ")
    panel.policy_save_button.click()
    stored = shelter.services.case_policy.get(shelter.admin)
    assert stored == CasePolicy(3, 4, (1, 2, 6, 12), 21, CasePolicy().unsigned_note_days)
    assert panel.follow_up_months.text() == "1, 2, 6, 12"
    assert panel.policy_message_text().startswith("Saved.")
    assert shown_errors == []


def test_unreadable_follow_up_months_are_refused_inline(qtbot, shelter, runner, shown_errors) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, shelter, runner)
    for text in ("1, 3, three", "6, 3", "0, 12", "1, 1, 2", "", "1, 3, 61"):
        panel.follow_up_months.setText(text)
        panel.policy_save_button.click()
        assert panel.policy_message_text().startswith("Follow-up months are whole numbers"), text
        assert panel.focusWidget() is panel.follow_up_months
    assert shelter.services.case_policy.get(shelter.admin) == CasePolicy()
    assert shown_errors == []


def test_khmer_digits_are_read_as_numbers(qtbot, shelter, runner, shown_errors) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, shelter, runner)
    panel.follow_up_months.setText("១, ៣, ៦")
    panel.policy_save_button.click()
    assert shelter.services.case_policy.get(shelter.admin).follow_up_months == (1, 3, 6)
    assert panel.follow_up_months.text() == "1, 3, 6"


def test_a_house_manager_cannot_change_the_policy(shelter) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from shelter_desktop.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        shelter.services.case_policy.set(shelter.users[Role.HOUSE_MANAGER], CasePolicy())
