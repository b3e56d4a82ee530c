"""Checks: documents and the applicant's situation in; findings out, in plain words.

The folder's own ``dossier.toml`` (``overrides``), the profile (``profiles``, rules as data in
``profiles/``), who the applicant is (``applicant``), the residence months (``residence``), the
checks themselves (``rules``) and the words of their messages (``messages``).
"""

from dossier.checks.applicant import choose_applicant, choose_profile, settle_spouse
from dossier.checks.children import find_children
from dossier.checks.findings import Context
from dossier.checks.holders import anchor_holders, unanchored
from dossier.checks.overrides import load_overrides
from dossier.checks.profiles import load_profile
from dossier.checks.rules import intake_findings, run_checks

__all__ = [
    "Context",
    "anchor_holders",
    "choose_applicant",
    "choose_profile",
    "find_children",
    "intake_findings",
    "load_overrides",
    "load_profile",
    "run_checks",
    "settle_spouse",
    "unanchored",
]
