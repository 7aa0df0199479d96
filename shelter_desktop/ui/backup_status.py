"""The scheduled backup's last failure as Home shows it: what happened, what to do, amber or red.

Kept out of home_page.py so that Home needs one call: ``backup_problem_status``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.dto import SignedInUser
from ..domain.roles import Permission
from ..services.home import HomeFigures
from ..services.scheduled_backup import BackupProblem
from .staff_panel import local_time_text

PROBLEM_WARNING_STYLE = (
    "QLabel#backupStatus { background: #fff4e0; border: 1px solid #f0c987; color: #6b4300;"
    " border-radius: 6px; padding: 8px 10px; }"
)
PROBLEM_ERROR_STYLE = (
    "QLabel#backupStatus { background: #fbe9e7; border: 1px solid #efc2bd; color: #8c1d18;"
    " border-radius: 6px; padding: 8px 10px; }"
)


def backup_problem_text(problem: BackupProblem, user: SignedInUser) -> str:
    """What went wrong and what this person can do, then when the last good backup was."""
    template = problem.message(user.can(Permission.BACKUP_RESTORE))
    text = QCoreApplication.translate("Backups", template).format(
        time=local_time_text(problem.at), folder=problem.folder
    )
    if problem.last_backup is None:
        last = QCoreApplication.translate("BackupStatus", "No backup has been made yet.")
    else:
        last = QCoreApplication.translate(
            "BackupStatus", "The last successful backup was made on {time}."
        ).format(time=local_time_text(problem.last_backup))
    return f"{text}\n{last}"


def backup_problem_status(
    figures: HomeFigures | None, user: SignedInUser, text: str, style: str
) -> tuple[str, str]:
    """Home's backup line: ``text`` in ``style`` as Home made it, or, when the scheduled backup
    failed last, that failure instead (it says when the last good backup was)."""
    problem = figures.last_backup_error if figures is not None else None
    if problem is None:
        return text, style
    return (
        backup_problem_text(problem, user),
        PROBLEM_ERROR_STYLE if problem.severe else PROBLEM_WARNING_STYLE,
    )
