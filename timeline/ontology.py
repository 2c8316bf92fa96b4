"""The fact types the service records, with their PLOVER category and CAMEO code.

``docs/ontology.md`` explains when each type applies. Type names are stored in
the event log (they name event classes), so they are never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FactType:
    name: str
    plover: str  # PLOVER event category ("" where PLOVER has none)
    cameo: str  # CAMEO code
    description: str
    roles: tuple[str, ...]


FACT_TYPES: dict[str, FactType] = {
    t.name: t
    for t in (
        FactType(
            "MeetingHeld",
            "CONSULT",
            "040",
            "Leaders or officials met or held talks.",
            ("host", "visitor", "participant"),
        ),
        FactType(
            "VisitMade",
            "CONSULT",
            "042",
            "An actor travelled to a place or another actor.",
            ("visitor", "host"),
        ),
        FactType(
            "StatementMade",
            "",
            "010",
            "An actor said or declared something.",
            ("speaker", "target"),
        ),
        FactType(
            "PraiseExpressed",
            "SUPPORT",
            "051",
            "An actor praised or endorsed another.",
            ("speaker", "target"),
        ),
        FactType(
            "CriticismExpressed",
            "ACCUSE",
            "111",
            "An actor criticised or condemned another.",
            ("speaker", "target"),
        ),
        FactType(
            "AgreementSigned",
            "AGREE",
            "057",
            "Parties signed or concluded an agreement.",
            ("party",),
        ),
        FactType(
            "CooperationAnnounced",
            "COOPERATE",
            "050",
            "Parties announced or reaffirmed cooperation or a partnership.",
            ("party",),
        ),
        FactType(
            "DealAnnounced",
            "COOPERATE",
            "061",
            "A trade, energy or business deal, with commodity and quantities.",
            ("supplier", "recipient", "buyer", "seller", "party"),
        ),
        FactType(
            "VisaPolicyChanged",
            "CONCEDE",
            "081",
            "Visa rules eased or restricted for some travellers.",
            ("issuer", "beneficiary", "target"),
        ),
        FactType(
            "SanctionImposed",
            "SANCTION",
            "163",
            "Sanctions, bans, embargoes or restrictions were imposed.",
            ("imposer", "target"),
        ),
        FactType(
            "SanctionLifted",
            "CONCEDE",
            "085",
            "Sanctions or restrictions were lifted.",
            ("imposer", "target"),
        ),
        FactType(
            "MilitaryParadeHeld",
            "MOBILIZE",
            "150",
            "A military parade was held.",
            ("host", "attendee"),
        ),
        FactType(
            "MilitaryExerciseHeld",
            "MOBILIZE",
            "150",
            "Armed forces held drills or exercises.",
            ("participant",),
        ),
        FactType(
            "MilitaryActionTaken",
            "ASSAULT",
            "190",
            "Armed force was used: strikes, incursions, attacks.",
            ("attacker", "target"),
        ),
        FactType(
            "ThreatIssued", "THREATEN", "130", "An actor threatened another.", ("speaker", "target")
        ),
        FactType(
            "AidProvided",
            "AID",
            "070",
            "Aid was given: money, vaccines, supplies.",
            ("supplier", "recipient"),
        ),
        FactType(
            "HistoricalEventReferenced",
            "",
            "",
            "The text refers to a past event as background or anniversary.",
            ("participant",),
        ),
        FactType(
            "DemandMade",
            "DEMAND",
            "100",
            "An actor demanded or urged another to act.",
            ("speaker", "target"),
        ),
        FactType(
            "LegalActionTaken",
            "COERCE",
            "173",
            "Arrest warrants, charges, expulsions or other legal measures.",
            ("imposer", "target"),
        ),
    )
}

# Lifecycle (audit) event names share the log with the fact types; never reuse them.
RESERVED_NAMES = frozenset(
    {"FactCorrected", "FactRetracted", "FactCorroborated", "FactDateRefined"}
)


def fact_type(name: str) -> FactType:
    try:
        return FACT_TYPES[name]
    except KeyError:
        raise KeyError(f"unknown fact type {name!r}") from None
