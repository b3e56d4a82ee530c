"""ANTS 2D-Doc barcodes (C40 format, versions 01 to 04): header, data fields, signature zone.

A 2D-Doc payload is ``DC`` + version, a fixed header (certification authority, certificate,
issue and signature dates as 4 hex digits counting days from 2000-01-01, document type and,
from version 03, the perimeter, from 04 the country), then the message: 2-character data IDs
each followed by its value. A value of fixed length is written as is; a value of variable
length ends with GS (0x1D), RS (0x1E, the value was truncated) or at the US (0x1F) that opens
the signature, a base32 ECDSA signature; an annex zone may follow it after a GS.

The certificates of the ANTS trust list are not bundled, so a well-formed signature is
reported ``unverifiable`` (never ``verified``); ``invalid`` means the signature zone is missing
or malformed. The field table lives in ``dossier/data/twoddoc.toml``.

Pure functions on text: arbitrary input never raises.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

GS, RS, US = "\x1d", "\x1e", "\x1f"
EPOCH = dt.date(2000, 1, 1)
_HEADER_LENGTHS = {"01": 22, "02": 22, "03": 24, "04": 26}
_TEXT_SEPARATORS = {"<GS>": GS, "<RS>": RS, "<US>": US, "␝": GS, "␞": RS, "␟": US}
_ID = re.compile(r"[0-9A-Z]{2}")
_BASE32 = re.compile(r"[A-Z2-7]+=*")
_MIN_SIGNATURE_BYTES = 32

# Costs of a reading of the message zone: the reading with the lowest total wins.
_JUNK_PER_CHAR = 100_000
_OVERLONG = 50_000
_UNKNOWN_ID = 10_000
_TOO_SHORT = 5_000
_CUT = 1_000
_STRAY_SEPARATOR = 1_000


@dataclass(frozen=True)
class FieldSpec:
    """One data ID of the spec: our name for it, the spec's label, size bounds, value format."""

    id: str
    name: str
    label: str
    min: int
    max: int | None
    format: str = "text"

    @property
    def fixed(self) -> bool:
        """Whether the value has a fixed length (and so no separator after it)."""
        return self.max is not None and self.min == self.max


@dataclass(frozen=True)
class TwoDDoc:
    """A parsed 2D-Doc.

    ``raw_fields`` holds the values as written, keyed by the spec's 2-character IDs;
    ``fields`` the same keyed by readable names, dates as YYYY-MM-DD (IDs missing from the
    table appear as ``unknown_XX``). ``message_ok`` is true when the whole message zone was
    read as known fields within their size bounds. ``signature`` is ``"unverifiable"`` for a
    well-formed signature (no ANTS certificates are bundled) and ``"invalid"`` for a missing or
    malformed one; ``"verified"`` is never claimed.
    """

    version: str
    issuer: str
    certificate_id: str
    issue_date: dt.date | None
    signature_date: dt.date | None
    type_id: str
    type_label: str
    perimeter: str | None
    country: str | None
    fields: dict[str, str]
    raw_fields: dict[str, str]
    signature: str
    message_ok: bool
    truncated: tuple[str, ...] = ()
    annex: dict[str, str] = field(default_factory=dict)
    kind_hint: str | None = None

    @property
    def holder(self) -> str | None:
        """The person the document is about, as ``SURNAME, Given`` when the parts are known."""
        raw = self.raw_fields
        for surname_id, given_id in (("13", "12"), ("62", "60"), ("62", "61"), ("B2", "B0"), ("B2", "B1")):
            if raw.get(surname_id):
                return f"{raw[surname_id]}, {raw.get(given_id, '')}".strip(", ")
        line = raw.get("10") or raw.get("14")
        if line:
            return _slashed_name(line)
        return raw.get("46") or raw.get("30") or None


def _slashed_name(line: str) -> str:
    """``MME/SPECIMEN/NATACHA`` (title/surname/given names) as ``SPECIMEN, NATACHA``."""
    parts = [part.strip() for part in line.split("/")]
    if len(parts) == 3 and parts[1]:
        return f"{parts[1]}, {parts[2]}".strip(", ")
    return line.strip()


# --------------------------------------------------------------------------- the table


@cache
def _table() -> tuple[dict[str, dict[str, str]], dict[str, FieldSpec]]:
    text = resources.files("dossier.data").joinpath("twoddoc.toml").read_text("utf-8")
    raw: dict[str, Any] = tomllib.loads(text)
    types = {key: {k: str(v) for k, v in value.items()} for key, value in raw["types"].items()}
    fields = {
        key: FieldSpec(
            id=key,
            name=str(value["name"]),
            label=str(value["label"]),
            min=int(value.get("min", 0)),
            max=int(value["max"]) if "max" in value else None,
            format=str(value.get("format", "text")),
        )
        for key, value in raw["fields"].items()
    }
    return types, fields


def field_specs() -> dict[str, FieldSpec]:
    """The data IDs known to this parser, by ID."""
    return dict(_table()[1])


def type_label(type_id: str) -> str:
    """The spec's name of a document type ("" if unknown)."""
    return _table()[0].get(type_id, {}).get("label", "")


# --------------------------------------------------------------------------- dates


def hex_date(text: str) -> dt.date | None:
    """A 2D-Doc date: 4 hex digits counting days from 2000-01-01; ``FFFF`` means none."""
    if not re.fullmatch(r"[0-9A-Fa-f]{4}", text) or text.upper() == "FFFF":
        return None
    return EPOCH + dt.timedelta(days=int(text, 16))


def ddmmyyyy(text: str) -> dt.date | None:
    """A date written DDMMYYYY inside a field, or None."""
    if not re.fullmatch(r"\d{8}", text):
        return None
    try:
        return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        return None


def _readable(spec: FieldSpec, value: str) -> str:
    day = None
    if spec.format == "date":
        day = ddmmyyyy(value)
    elif spec.format == "hexdate":
        day = hex_date(value)
    return day.isoformat() if day else value


# --------------------------------------------------------------------------- message zone


@dataclass(frozen=True)
class _Step:
    id: str
    value: str
    next: int
    clean: bool
    truncated: bool = False


@dataclass(frozen=True)
class _Reading:
    cost: int
    step: _Step | None  # None: the rest of the message is unreadable


_Options = list[tuple[int, _Step]]


def _next_separators(message: str) -> list[int]:
    """For each position, the index of the next GS or RS (len(message) when none)."""
    result = [len(message)] * (len(message) + 1)
    for index in range(len(message) - 1, -1, -1):
        result[index] = index if message[index] in (GS, RS) else result[index + 1]
    return result


def _fixed_steps(message: str, pos: int, spec: FieldSpec, sep: int) -> _Options:
    size = spec.max or 0
    end = pos + 2 + size
    value = message[pos + 2 : end]
    if len(value) != size or sep < end:
        # Shorter than its fixed size and ended by a separator: read it, but not as clean.
        after = sep + 1 if sep < len(message) else sep
        return [(_TOO_SHORT, _Step(spec.id, message[pos + 2 : sep], after, clean=False))]
    steps = [(0, _Step(spec.id, value, end, clean=True))]
    if end < len(message) and message[end] == GS:
        steps.append((_STRAY_SEPARATOR, _Step(spec.id, value, end + 1, clean=False)))
    return steps


def _variable_steps(message: str, pos: int, ident: str, spec: FieldSpec | None, sep: int) -> _Options:
    value = message[pos + 2 : sep]
    after = sep + 1 if sep < len(message) else sep
    truncated = sep < len(message) and message[sep] == RS
    if spec is None:
        return [(_UNKNOWN_ID, _Step(ident, value, after, clean=False, truncated=truncated))]
    if spec.max is None or len(value) <= spec.max:
        short = len(value) < spec.min
        cost = _TOO_SHORT if short else 0
        return [(cost, _Step(ident, value, after, clean=not short, truncated=truncated))]
    # Longer than allowed: the separator was left out after a value of full length (or the
    # length is a guess of the spec's): cut it, shortest first on ties, or keep it whole.
    steps = [
        (_CUT + length, _Step(ident, value[:length], pos + 2 + length, clean=True))
        for length in range(max(spec.min, 1), spec.max + 1)
    ]
    steps.append((_OVERLONG, _Step(ident, value, after, clean=False, truncated=truncated)))
    return steps


def _steps(message: str, pos: int, seps: list[int]) -> _Options:
    ident = message[pos : pos + 2]
    if not _ID.fullmatch(ident):
        return []
    spec = _table()[1].get(ident)
    if spec is not None and spec.fixed:
        return _fixed_steps(message, pos, spec, seps[pos + 2])
    return _variable_steps(message, pos, ident, spec, seps[pos + 2])


def _read_message(message: str) -> tuple[list[_Step], bool]:
    """The cheapest reading of a message zone as a list of fields, and whether it is clean."""
    size = len(message)
    seps = _next_separators(message)
    best: list[_Reading] = [_Reading(0, None)] * (size + 1)
    for pos in range(size - 1, -1, -1):
        if message[pos] in (GS, RS):  # a stray separator between fields
            best[pos] = _Reading(best[pos + 1].cost + _STRAY_SEPARATOR, _Step("", "", pos + 1, clean=False))
            continue
        reading = _Reading(_JUNK_PER_CHAR * (size - pos), None)
        for cost, step in _steps(message, pos, seps):
            total = cost + best[step.next].cost
            if total < reading.cost:
                reading = _Reading(total, step)
        best[pos] = reading
    return _follow(best, size)


def _follow(best: list[_Reading], size: int) -> tuple[list[_Step], bool]:
    steps: list[_Step] = []
    pos, clean = 0, True
    while pos < size:
        step = best[pos].step
        if step is None:
            return steps, False
        clean = clean and step.clean
        if step.id:
            steps.append(step)
        pos = step.next
    return steps, clean


def _named(steps: list[_Step]) -> tuple[dict[str, str], dict[str, str]]:
    specs = _table()[1]
    raw: dict[str, str] = {}
    readable: dict[str, str] = {}
    for step in steps:
        if step.id in raw:
            continue
        raw[step.id] = step.value
        spec = specs.get(step.id)
        name = spec.name if spec else f"unknown_{step.id}"
        if name in readable:
            name = f"{name}_{step.id}"
        readable[name] = _readable(spec, step.value) if spec else step.value
    return readable, raw


# --------------------------------------------------------------------------- header, signature


@dataclass(frozen=True)
class _Header:
    version: str
    issuer: str
    certificate_id: str
    issue: str
    signature: str
    type_id: str
    perimeter: str | None
    country: str | None
    length: int


def _header(payload: str) -> _Header | None:
    length = _HEADER_LENGTHS.get(payload[2:4])
    if not payload.startswith("DC") or length is None or len(payload) < length:
        return None
    head = payload[:length]
    if not all(re.fullmatch(r"[0-9A-Fa-f]{4}", part) for part in (head[12:16], head[16:20])):
        return None
    if not re.fullmatch(r"[0-9A-Z]{4}[0-9A-Z]{4}", head[4:12]) or not _ID.fullmatch(head[20:22]):
        return None
    return _Header(
        version=head[2:4],
        issuer=head[4:8],
        certificate_id=head[8:12],
        issue=head[12:16],
        signature=head[16:20],
        type_id=head[20:22],
        perimeter=head[22:24] if length >= 24 else None,
        country=head[24:26] if length >= 26 else None,
        length=length,
    )


def signature_status(zone: str | None) -> str:
    """``unverifiable`` for a well-formed base32 signature, ``invalid`` otherwise."""
    if zone is None:
        return "invalid"
    text = zone.strip()
    if not _BASE32.fullmatch(text):
        return "invalid"
    padded = text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 8)
    try:
        decoded = base64.b32decode(padded)
    except (binascii.Error, ValueError):
        return "invalid"
    return "unverifiable" if len(decoded) >= _MIN_SIGNATURE_BYTES else "invalid"


def _normalize(payload: str) -> str:
    for token, char in _TEXT_SEPARATORS.items():
        payload = payload.replace(token, char)
    payload = payload.replace("\r", "").replace("\n", "")
    start = payload.find("DC0")
    return payload[start:] if 0 <= start <= 4 else payload


def _zones(body: str) -> tuple[str, str | None, str]:
    """Message, signature (None if absent) and annex of what follows the header."""
    message, us, rest = body.partition(US)
    if not us:
        return message, None, ""
    signature, _, annex = rest.partition(GS)
    return message, signature, annex


def parse_2ddoc(payload: str) -> TwoDDoc | None:
    """Parse a 2D-Doc payload as a barcode reader returns it; None if it is not a 2D-Doc.

    Separators may be the control characters or the spec's written ``<GS>``, ``<RS>``, ``<US>``.
    """
    payload = _normalize(payload)
    header = _header(payload)
    if header is None:
        return None
    message, signature, annex = _zones(payload[header.length :])
    steps, clean = _read_message(message)
    fields, raw = _named(steps)
    annex_steps, _ = _read_message(annex)
    types = _table()[0]
    return TwoDDoc(
        version=header.version,
        issuer=header.issuer,
        certificate_id=header.certificate_id,
        issue_date=hex_date(header.issue),
        signature_date=hex_date(header.signature),
        type_id=header.type_id,
        type_label=type_label(header.type_id),
        perimeter=header.perimeter,
        country=header.country,
        fields=fields,
        raw_fields=raw,
        signature=signature_status(signature),
        message_ok=clean,
        truncated=tuple(step.id for step in steps if step.truncated),
        annex={step.id: step.value for step in annex_steps},
        kind_hint=types.get(header.type_id, {}).get("kind"),
    )
