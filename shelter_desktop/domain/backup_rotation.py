"""Which backups to keep: the newest of each of the last N days, weeks and months (pure).

Buckets are counted over the days/weeks/months that *have* a backup, not calendar days back from
today, so a PC that was switched off for a month still keeps its last 7 daily backups. Backups
dated after ``now`` (the clock was wrong, or went back) are always kept: we cannot place them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

DAILY = 7
WEEKLY = 4
MONTHLY = 12


def _day(t: datetime) -> Hashable:
    return t.date()


def _week(t: datetime) -> Hashable:
    iso = t.isocalendar()
    return (iso[0], iso[1])


def _month(t: datetime) -> Hashable:
    return (t.year, t.month)


def _newest_per_bucket(
    newest_first: list[datetime], bucket: Callable[[datetime], Hashable], limit: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in newest_first:
        if len(seen) >= limit:
            break
        key = bucket(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def backups_to_keep(
    times: Iterable[datetime],
    now: datetime,
    daily: int = DAILY,
    weekly: int = WEEKLY,
    monthly: int = MONTHLY,
) -> set[datetime]:
    """The subset of ``times`` to keep; the rest may be deleted. The newest is always kept."""
    every = sorted(set(times), reverse=True)
    if not every:
        return set()
    future = {t for t in every if t > now}
    past = [t for t in every if t <= now]
    kept = set(future) | {every[0]}
    kept |= _newest_per_bucket(past, _day, daily)
    kept |= _newest_per_bucket(past, _week, weekly)
    kept |= _newest_per_bucket(past, _month, monthly)
    return kept
