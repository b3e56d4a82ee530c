"""The sample dossiers of the situations the CPAM really sees: other ways of proving residence,
asylum, protection, permit renewals and children (CONTRACT.md, Profiles)."""

from __future__ import annotations

from .spec import Case, FileSpec
from .spec import one_doc_file as _f

_LUISA_BASE = (
    _f("passeport.jpg", "luisa-passport"),
    _f("visa.png", "luisa-visa", "png"),
    _f("certidao_nascimento.jpg", "luisa-birth"),
    _f("traduction_acte_naissance.jpg", "luisa-translation"),
    _f("rib.jpg", "luisa-rib"),
    _f("formulaire_S1106.tif", "luisa-form", "tiff"),
)
_AMINATA_BASE = (
    _f("passeport.jpg", "aminata-passport"),
    _f("visa.jpg", "aminata-visa"),
    _f("acte_naissance.jpg", "aminata-birth"),
    _f("acte_mariage.jpg", "aminata-marriage"),
    _f("facture_gaz.pdf", "aminata-bill", "pdf_text"),
    _f("rib.jpg", "aminata-rib"),
    _f("formulaire.pdf", "aminata-form", "pdf_image_bw"),
    _f("livret_famille.jpg", "aminata-livret"),
)
_YOUSSEF_BASE = (
    _f("passeport.jpg", "youssef-passport"),
    _f("titre_sejour_expire.jpg", "youssef-permit-expired"),
    _f("acte_naissance.jpg", "youssef-birth"),
    _f("avis_situation_sirene.pdf", "youssef-sirene", "pdf_text"),
    _f("facture_internet.jpg", "youssef-bill"),
    _f("rib.jpg", "youssef-rib"),
    _f("formulaire.pdf", "youssef-form", "pdf_image_bw"),
)

SITUATION_CASES: tuple[Case, ...] = (
    Case(
        "asylum-seeker-complete",
        "asylum-seeker",
        "farid",
        (
            _f("attestation_demande_asile.jpg", "farid-asylum"),
            _f("domiciliation_cerfa16030.jpg", "farid-domiciliation", variant="skew3"),
            _f("rib.pdf", "farid-rib", "pdf_text"),
            _f("formulaire.pdf", "farid-form", "pdf_image_bw"),
        ),
        ("missing_document",),
        True,
        "Afghan adult asylum seeker with no passport: attestation de demande d'asile, attestation "
        "d'élection de domicile taken in June 2026 (his address), RIB, S1106. No birth certificate: "
        "a warning only, asked 'if possible'.",
    ),
    Case(
        "refugee-complete",
        "refugee",
        "rania",
        (
            _f("carte_resident.jpg", "rania-permit"),
            _f("decision_ofpra.pdf", "rania-decision", "pdf_image"),
            _f("acte_naissance_ofpra.jpg", "rania-birth"),
            _f("quittance_octobre.jpg", "rania-receipt-2026-10"),
            _f("rib.jpg", "rania-rib"),
            _f("formulaire.pdf", "rania-form", "pdf_image_bw"),
        ),
        about="Syrian refugee: carte de résident, OFPRA decision, birth certificate issued by OFPRA in "
        "French (no translation), one current rent receipt (no 3-month wait).",
    ),
    Case(
        "inactive-old-lease",
        "inactive",
        "luisa",
        (
            *_LUISA_BASE,
            FileSpec("bail.pdf", ("luisa-lease",), "pdf_image"),
            _f("facture_octobre.pdf", "luisa-bill-2026-10", "pdf_text"),
        ),
        about="Inactive: a lease that took effect on 1 July 2026 (more than 3 months before the "
        "application) and one current electricity bill.",
    ),
    Case(
        "inactive-two-bills",
        "inactive",
        "luisa",
        (
            *_LUISA_BASE,
            _f("facture_gaz_juillet-aout.pdf", "luisa-bill-0708", "pdf_text"),
            _f("facture_gaz_septembre-octobre.jpg", "luisa-bill-0910"),
        ),
        about="Inactive: two consecutive two-month gas bills (July-August and September-October 2026).",
    ),
    Case(
        "inactive-benefits",
        "inactive",
        "luisa",
        (*_LUISA_BASE, _f("attestation_caf.pdf", "luisa-caf", "pdf_text")),
        about="Inactive RSA recipient: a CAF attestation of payment for October 2026, no other "
        "residence proof.",
    ),
    Case(
        "family-children-complete",
        "family",
        "aminata",
        (*_AMINATA_BASE, _f("rattachement_enfants.jpg", "aminata-children-form")),
        about="family-complete with a livret de famille listing two minor children, and the form "
        "attaching them (cerfa 14445*02).",
    ),
    Case(
        "family-children-no-form",
        "family",
        "aminata",
        _AMINATA_BASE,
        ("missing_document",),
        False,
        "family-children-complete without the form attaching the children.",
    ),
    Case(
        "self-employed-renewal",
        "self-employed",
        "youssef",
        (*_YOUSSEF_BASE, _f("recepisse_renouvellement.jpg", "youssef-receipt")),
        about="Moroccan micro-entrepreneur whose permit expired on 30 September 2026, with the "
        "récépissé of its renewal valid until 14 March 2027.",
    ),
    Case(
        "self-employed-expired-permit",
        "self-employed",
        "youssef",
        _YOUSSEF_BASE,
        ("document_expired",),
        False,
        "self-employed-renewal without the renewal receipt.",
    ),
)
