"""What every service shares: the open database and the audit head recorder."""

from __future__ import annotations

from ..domain.dto import SignedInUser
from ..storage.database import ShelterDatabase
from .unit_of_work import HeadListener, UnitOfWork


class ServiceBase:
    def __init__(self, database: ShelterDatabase, on_head: HeadListener | None = None) -> None:
        self._database = database
        self._on_head = on_head

    def unit_of_work(self, actor: SignedInUser | None) -> UnitOfWork:
        return UnitOfWork(self._database, actor, self._on_head)
