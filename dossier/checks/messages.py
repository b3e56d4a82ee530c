"""Plain-words messages in English or French, from ``dossier/data/messages.toml``."""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
LANGUAGES = {
    "en": ("English", "anglais"),
    "de": ("German", "allemand"),
    "es": ("Spanish", "espagnol"),
    "it": ("Italian", "italien"),
    "pt": ("Portuguese", "portugais"),
    "nl": ("Dutch", "néerlandais"),
    "ar": ("Arabic", "arabe"),
    "pl": ("Polish", "polonais"),
    "ro": ("Romanian", "roumain"),
    "tr": ("Turkish", "turc"),
    "vi": ("Vietnamese", "vietnamien"),
    "fi": ("Finnish", "finnois"),
    "sv": ("Swedish", "suédois"),
    "da": ("Danish", "danois"),
    "no": ("Norwegian", "norvégien"),
    "et": ("Estonian", "estonien"),
    "lv": ("Latvian", "letton"),
    "lt": ("Lithuanian", "lituanien"),
    "hu": ("Hungarian", "hongrois"),
    "cs": ("Czech", "tchèque"),
    "sk": ("Slovak", "slovaque"),
    "sl": ("Slovene", "slovène"),
    "hr": ("Croatian, Bosnian or Serbian", "croate, bosnien ou serbe"),
    "sq": ("Albanian", "albanais"),
    "mt": ("Maltese", "maltais"),
    "so": ("Somali", "somali"),
    "sw": ("Swahili", "swahili"),
    "fr": ("French", "français"),
}


@functools.cache
def _catalog() -> dict[str, dict[str, str]]:
    text = resources.files("dossier.data").joinpath("messages.toml").read_text("utf-8")
    return {code: dict(texts) for code, texts in tomllib.loads(text).items()}


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def say(code: str, lang: str, **values: Any) -> str:
    """The message for a finding code in ``lang`` ("en" or "fr"), placeholders filled."""
    texts = _catalog()[code]
    template = texts.get(lang, texts["en"])
    return template.format_map(_Blank(values))


def month_label(month: str, lang: str = "en") -> str:
    """``2026-09`` as "September 2026" or "septembre 2026"."""
    year, number = month.split("-")
    names = MONTHS_FR if lang == "fr" else MONTHS_EN
    return f"{names[int(number) - 1]} {year}"


def months_label(months: Iterable[str], lang: str = "en") -> str:
    """Several months in words, joined naturally."""
    labels = [month_label(m, lang) for m in months]
    if len(labels) <= 1:
        return "".join(labels)
    joiner = " et " if lang == "fr" else " and "
    return ", ".join(labels[:-1]) + joiner + labels[-1]


def date_label(day: dt.date, lang: str = "en") -> str:
    """A date in words: "15 November 2026" or "15 novembre 2026"."""
    names = MONTHS_FR if lang == "fr" else MONTHS_EN
    return f"{day.day} {names[day.month - 1]} {day.year}"


def language_name(code: str | None, lang: str = "en") -> str:
    """The name of a language from its ISO 639-1 code."""
    english, french = LANGUAGES.get(code or "", (code or "another language", code or "une autre langue"))
    return french if lang == "fr" else english
