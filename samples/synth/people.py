"""The fictitious people, places and organisations that appear on the sample documents.

Everyone here is invented. Organisations are invented too, except the bank codes and BICs
of real French banks (``codes.BANKS``) so that a RIB's BIC matches its bank code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

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
MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
MONTHS_PT = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)


def date_fr(value: date) -> str:
    """``1er septembre 2026`` / ``15 novembre 2026``."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS_FR[value.month - 1]} {value.year}"


def date_num(value: date) -> str:
    """``15/11/2026``."""
    return value.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class Address:
    """A postal address in France (or abroad, with ``country``)."""

    street: str
    postcode: str
    city: str
    extra: str = ""
    country: str = ""

    def lines(self) -> list[str]:
        """The address as printed, one element per line."""
        out = [self.extra] if self.extra else []
        out += [self.street, f"{self.postcode} {self.city}"]
        if self.country:
            out.append(self.country)
        return out

    def oneline(self) -> str:
        """The address on one line."""
        return ", ".join(self.lines())


@dataclass(frozen=True)
class Person:
    """A fictitious person with what civil-status and identity documents say about them."""

    key: str
    surname: str
    given_names: tuple[str, ...]
    sex: str
    birth_date: date
    birth_place: str
    birth_country_fr: str
    nationality: str
    nationality_fr: str
    father: str
    mother: str
    address: Address
    cpam: tuple[str, ...] = ()
    german_mrz: bool = False
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def given(self) -> str:
        """Given names separated by spaces: ``Luísa Helena``."""
        return " ".join(self.given_names)

    @property
    def full(self) -> str:
        """``Luísa Helena MACHADO FERREIRA``: given names then the surname in capitals."""
        return f"{self.given} {self.surname}"

    @property
    def civility(self) -> str:
        """``Mme`` or ``M.``."""
        return "Mme" if self.sex == "F" else "M."

    @property
    def feminine(self) -> bool:
        """Whether French agreement is feminine (née, soussignée …)."""
        return self.sex == "F"


def _p(**kwargs: object) -> Person:
    return Person(**kwargs)  # type: ignore[arg-type]


PEOPLE: dict[str, Person] = {
    "luisa": _p(
        key="luisa",
        surname="MACHADO FERREIRA",
        given_names=("Luísa", "Helena"),
        sex="F",
        birth_date=date(1994, 3, 17),
        birth_place="São Paulo",
        birth_country_fr="Brésil",
        nationality="BRA",
        nationality_fr="brésilienne",
        father="Roberto Augusto FERREIRA",
        mother="Cláudia Regina MACHADO",
        address=Address("12 rue des Lilas", "69003", "Lyon", extra="Appartement 24, 2e étage"),
        cpam=("CPAM du Rhône", "69907 Lyon Cedex 20"),
    ),
    "camille": _p(
        key="camille",
        surname="PEETERS",
        given_names=("Camille", "Sophie"),
        sex="F",
        birth_date=date(1996, 6, 2),
        birth_place="Liège",
        birth_country_fr="Belgique",
        nationality="BEL",
        nationality_fr="belge",
        father="Marc Henri PEETERS",
        mother="Isabelle Anne DELVAUX",
        address=Address("14 rue des Trois-Bornes", "75011", "Paris"),
        cpam=("CPAM de Paris", "75948 Paris Cedex 19"),
    ),
    "emily": _p(
        key="emily",
        surname="JOHNSON",
        given_names=("Emily", "Rose"),
        sex="F",
        birth_date=date(2003, 9, 21),
        birth_place="Boston, Massachusetts",
        birth_country_fr="États-Unis d'Amérique",
        nationality="USA",
        nationality_fr="américaine",
        father="Michael James JOHNSON",
        mother="Sarah Ann MILLER",
        address=Address("7 cours Victor-Hugo", "33000", "Bordeaux", extra="chez Mme Françoise LAGARDE"),
        cpam=("CPAM de la Gironde", "33085 Bordeaux Cedex"),
    ),
    "youssef": _p(
        key="youssef",
        surname="EL AMRANI",
        given_names=("Youssef",),
        sex="M",
        birth_date=date(1988, 11, 5),
        birth_place="Casablanca",
        birth_country_fr="Maroc",
        nationality="MAR",
        nationality_fr="marocaine",
        father="Mohammed EL AMRANI",
        mother="Fatima Zahra BENNANI",
        address=Address("45 boulevard de la Libération", "13001", "Marseille"),
        cpam=("CPAM des Bouches-du-Rhône", "13421 Marseille Cedex 20"),
    ),
    "klaus": _p(
        key="klaus",
        surname="HOFFMANN",
        given_names=("Klaus", "Peter"),
        sex="M",
        birth_date=date(1958, 4, 12),
        birth_place="Freiburg im Breisgau",
        birth_country_fr="Allemagne",
        nationality="D",
        nationality_fr="allemande",
        father="Heinrich Wilhelm HOFFMANN",
        mother="Gertrud Anna WEBER",
        address=Address("3 avenue des Fleurs", "06000", "Nice", extra="Résidence Les Mimosas, bât. B"),
        cpam=("CPAM des Alpes-Maritimes", "06180 Nice Cedex 2"),
        german_mrz=True,
    ),
    "aminata": _p(
        key="aminata",
        surname="DIOP",
        given_names=("Aminata",),
        sex="F",
        birth_date=date(1992, 1, 28),
        birth_place="Dakar",
        birth_country_fr="Sénégal",
        nationality="SEN",
        nationality_fr="sénégalaise",
        father="Ousmane DIOP",
        mother="Awa NDIAYE",
        address=Address("28 rue des Filatiers", "31000", "Toulouse"),
        cpam=("CPAM de la Haute-Garonne", "31093 Toulouse Cedex 9"),
    ),
    "julien": _p(
        key="julien",
        surname="MARCHAND",
        given_names=("Julien", "Pierre"),
        sex="M",
        birth_date=date(1990, 5, 14),
        birth_place="Toulouse (Haute-Garonne)",
        birth_country_fr="France",
        nationality="FRA",
        nationality_fr="française",
        father="Alain MARCHAND",
        mother="Catherine ROUX",
        address=Address("28 rue des Filatiers", "31000", "Toulouse"),
    ),
    "gregoire": _p(
        key="gregoire",
        surname="LAMBERT",
        given_names=("Grégoire",),
        sex="M",
        birth_date=date(1979, 12, 3),
        birth_place="Villeurbanne (Rhône)",
        birth_country_fr="France",
        nationality="FRA",
        nationality_fr="française",
        father="Jacques LAMBERT",
        mother="Monique FAURE",
        address=Address("12 rue des Lilas", "69003", "Lyon", extra="Appartement 31, 3e étage"),
    ),
    "marco": _p(
        key="marco",
        surname="ROSSI",
        given_names=("Marco", "Giuseppe"),
        sex="M",
        birth_date=date(1981, 2, 14),
        birth_place="Torino",
        birth_country_fr="Italie",
        nationality="ITA",
        nationality_fr="italienne",
        father="Giovanni ROSSI",
        mother="Lucia BIANCHI",
        address=Address("9 place Bellecour", "69002", "Lyon"),
        cpam=("CPAM du Rhône", "69907 Lyon Cedex 20"),
    ),
    "helene": _p(
        key="helene",
        surname="NGUYEN-DUPONT",
        given_names=("Hélène",),
        sex="F",
        birth_date=date(1987, 7, 9),
        birth_place="Montréal (Québec)",
        birth_country_fr="Canada",
        nationality="CAN",
        nationality_fr="canadienne",
        father="Minh NGUYEN",
        mother="Chantal DUPONT",
        address=Address("5 rue Paul-Bert", "35000", "Rennes"),
        cpam=("CPAM d'Ille-et-Vilaine", "35024 Rennes Cedex 9"),
    ),
}


@dataclass(frozen=True)
class Org:
    """A fictitious organisation: name, address, and identifiers."""

    name: str
    address: Address
    siret_seed: str = "000000000000"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


ORGS: dict[str, Org] = {
    "volta": Org(
        "Volta Énergie",
        Address("18 quai de la Rapée", "75012", "Paris"),
        "512349876001",
        {"kind": "électricité", "tel": "09 70 12 34 56", "web": "www.volta-energie.example"},
    ),
    "gazbleu": Org(
        "GazBleu Fournisseur",
        Address("4 allée Jean-Jaurès", "31000", "Toulouse"),
        "482135792002",
        {"kind": "gaz naturel", "tel": "09 69 32 10 10", "web": "www.gazbleu.example"},
    ),
    "fibrelink": Org(
        "FibreLink Télécom",
        Address("201 avenue du Prado", "13008", "Marseille"),
        "793456128001",
        {"kind": "internet", "tel": "3900", "web": "www.fibrelink.example"},
    ),
    "brindille": Org(
        "Brindille & Cie SAS",
        Address("27 rue de la Roquette", "75011", "Paris"),
        "832491576001",
        {"ape": "7021Z", "convention": "Syntec (IDCC 1486)"},
    ),
    "univ": Org(
        "Université de la Garonne",
        Address("351 cours de la Libération", "33405", "Talence Cedex"),
        "193311013001",
    ),
    "azur": Org(
        "Azur Gestion Immobilière",
        Address("22 boulevard Victor-Hugo", "06000", "Nice"),
        "443218765001",
        {"carte": "CPI 0605 2021 000 012 345"},
    ),
}
