"""The document kinds of the contract, as data: labels, packet order, page grouping."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

RESIDENCE_KINDS = frozenset(
    {
        "rent_receipt",
        "utility_bill",
        "lease",
        "hosting_certificate",
        "domiciliation_certificate",
        "benefits_certificate",
    }
)
IDENTITY_KINDS = frozenset({"passport", "national_id"})
TRAVEL_KINDS = frozenset({"passport", "national_id", "residence_permit", "visa"})
#: Documents of a right to stay that lapse: judged valid or expired on the application date.
STAY_KINDS = TRAVEL_KINDS | {"asylum_certificate", "permit_receipt"}
CIVIL_STATUS_KINDS = frozenset({"birth_certificate", "marriage_certificate", "family_record_book"})
MONTHLY_KINDS = frozenset({"rent_receipt", "utility_bill", "payslip"})


@dataclass(frozen=True)
class KindInfo:
    """How one document kind is named and placed."""

    id: str
    label_en: str
    label_fr: str
    order: int
    multipage: bool


@functools.cache
def all_kinds() -> dict[str, KindInfo]:
    """Every kind of the contract, keyed by id, in packet order."""
    raw = tomllib.loads(resources.files("dossier.data").joinpath("kinds.toml").read_text("utf-8"))
    kinds = [
        KindInfo(
            id=key,
            label_en=str(value["label_en"]),
            label_fr=str(value["label_fr"]),
            order=int(value["order"]),
            multipage=bool(value["multipage"]),
        )
        for key, value in raw.items()
    ]
    return {kind.id: kind for kind in sorted(kinds, key=lambda k: k.order)}


def kind_info(kind: str) -> KindInfo:
    """The info of one kind; unknown ids fall back to ``other``."""
    kinds = all_kinds()
    return kinds.get(kind, kinds["other"])
