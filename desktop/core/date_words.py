"""Dates in the words a view shows them in: the counter's era setting and the language.

Every view that shows a date needs the same two facts, the era setting and its
language; read together once per refresh, they make one value a view can pass around
and compare with the one it drew with last, rather than each formatter call asking
the database again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.core import settings
from desktop.core.calendar import fiscal_year_label, format_date, format_month, local_day

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class DateWords:
    """How dates read: with the era or not, in ``lang``. Equal values read alike, so a
    view redraws its period names and refits its date columns only when they differ."""

    era: bool
    lang: str

    def date(self, day: date) -> str:
        return format_date(day, era=self.era, lang=self.lang)

    def month(self, day: date) -> str:
        """The month ``day`` falls in."""
        return format_month(day, era=self.era, lang=self.lang)

    def fiscal_year(self, fy: int) -> str:
        return fiscal_year_label(fy, era=self.era, lang=self.lang)

    def moment(self, when: datetime) -> str:
        """A date and its time of day, as ``when`` holds them (no change of zone)."""
        return f"{self.date(when.date())} {when:%H:%M}"

    def local_date(self, stored: datetime) -> str:
        """The day on this computer's clock of a moment stored in UTC: a follow-up done at
        08:00 in Japan is still the previous day in UTC."""
        return self.date(local_day(stored))


def date_words(engine: Engine, lang: str) -> DateWords:
    """The words dates read in now, the era setting read from the counter's database."""
    return DateWords(era=bool(settings.get(engine, settings.ERA_DISPLAY)), lang=lang)
