"""French typography that Django's filters do not do."""

import datetime
import re

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.translation import gettext

register = template.Library()

# An unescaped "j" (day of the month) in a Django date format.
_DAY = re.compile(r"(?<!\\)j")


@register.filter(expects_localtime=True, is_safe=False)
def french_date(value, arg: str = "j F Y") -> str:
    """Like |date, with "1er" for the first of the month ("mardi 1er décembre", never "mardi 1 décembre")."""
    if value in (None, ""):
        return ""
    if getattr(value, "day", None) == 1:
        arg = _DAY.sub(r"\\1\\e\\r", arg)
    return date_filter(value, arg)


@register.filter(is_safe=False)
def week_in_words(value: str) -> str:
    """An ISO week ("2026-W49") as people say it: "semaine du 30 novembre 2026" (its Monday)."""
    try:
        year, week = str(value).split("-W")
        monday = datetime.date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return value
    return gettext("semaine du %(monday)s") % {"monday": french_date(monday, "j F Y")}
