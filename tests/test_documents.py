"""Whole documents: what the extractor finds in a text as a whole, not sentence by sentence.

Statements in a government's own voice, readouts and wire reports lose facts at the
document level in ways a single sentence never shows: who "we" are, a readout's "the
Secretary", a pronoun whose gender was learnt from the wrong person, remarks folded into
one fact, background merged into the news. The documents are short and written for these
tests; none is taken from the corpus.
"""

from __future__ import annotations

from support import roles

from timeline.document import parse
from timeline.extraction import extract
from timeline.values import ExtractedFact


def document(title: str, published: str, *paragraphs: str) -> str:
    return f"title: {title}\npublished: {published}\n---\n" + "\n\n".join(paragraphs) + "\n"


def facts_of(text: str) -> list[ExtractedFact]:
    document = parse(text)
    return extract(document.body, document.published, "doc-1", title=document.title)


def of_type(facts: list[ExtractedFact], fact_type: str) -> list[ExtractedFact]:
    return [f for f in facts if f.type == fact_type]


def quoting(facts: list[ExtractedFact], fact_type: str, words: str) -> ExtractedFact:
    found = [f for f in of_type(facts, fact_type) if any(words in e.quote for e in f.evidence)]
    assert len(found) == 1, [(f.type, f.rule, f.summary) for f in facts]
    return found[0]


MINISTRY = document(
    "Press release of the Ministry of Foreign Affairs on the floods in the region",
    "2024-05-06",
    ("Norway strongly condemns the attacks on aid convoys in the north of the country."),
    (
        "We call upon all armed groups to allow humanitarian workers to reach the "
        "flooded districts. We urge the Sudanese authorities to open the border "
        "crossings without delay."
    ),
    (
        "We appreciate the efforts of the Red Crescent volunteers. Norway will provide "
        "2,000 tonnes of flour to Sudan."
    ),
)


def test_we_in_a_ministry_s_statement_is_the_country_its_first_sentence_speaks_for() -> None:
    facts = facts_of(MINISTRY)
    call = quoting(facts, "DemandMade", "We call upon all armed groups")
    assert roles(call) == {"Norway": "speaker"}
    urge = quoting(facts, "DemandMade", "We urge the Sudanese authorities")
    assert roles(urge) == {"Norway": "speaker", "Sudan": "target"}


def test_appreciating_efforts_in_a_ministry_s_statement_is_its_praise() -> None:
    praise = quoting(facts_of(MINISTRY), "PraiseExpressed", "We appreciate the efforts")
    assert roles(praise) == {"Norway": "speaker"}
    assert praise.modality == "asserted"


def test_a_tonnage_of_flour_sent_to_a_country_is_aid() -> None:
    aid = quoting(facts_of(MINISTRY), "AidProvided", "2,000 tonnes of flour")
    assert roles(aid) == {"Norway": "supplier", "Sudan": "recipient"}
    assert aid.modality == "planned"


REPORT_WITH_A_LATE_WE = document(
    "Talks in Geneva end without a deal",
    "2024-05-06",
    ("Diplomats from several countries met in Geneva on Monday to discuss the crisis."),
    ("The talks ended without agreement, officials said."),
    ('"We will keep trying," a delegate told reporters.'),
)


def test_a_report_that_quotes_a_we_late_has_no_first_person_author() -> None:
    facts = facts_of(REPORT_WITH_A_LATE_WE)
    assert not [f for f in facts if any(a.name == "Switzerland" for a in f.actors)]


READOUT = document(
    "Readout of Secretary Jane Roe's Call with Foreign Minister Hakan Fidan",
    "2023-12-04",
    (
        "Secretary of State Antony J. Blinken spoke today with Turkish Foreign Minister"
        " Hakan Fidan. The Secretary thanked the Foreign Minister for his hospitality "
        "and underscored the importance of protecting civilians."
    ),
    (
        "The Secretary also urged Turkey to approve Sweden's NATO membership. He noted "
        "that Sweden had met its commitments under the memorandum."
    ),
)


def test_the_secretary_in_a_readout_is_the_secretary_named_before() -> None:
    facts = facts_of(READOUT)
    statement = quoting(facts, "StatementMade", "underscored the importance")
    assert roles(statement)["Antony Blinken"] == "speaker"
    demand = quoting(facts, "DemandMade", "urged Turkey")
    assert roles(demand) == {"Antony Blinken": "speaker", "Turkey": "target"}


def test_a_readout_s_he_noted_after_a_demand_is_a_statement_of_its_own() -> None:
    noted = quoting(facts_of(READOUT), "StatementMade", "He noted that Sweden")
    assert roles(noted)["Antony Blinken"] == "speaker"


def test_meeting_one_s_commitments_is_no_meeting() -> None:
    meetings = of_type(facts_of(READOUT), "MeetingHeld")
    assert len(meetings) == 1
    assert "met its commitments" not in " ".join(e.quote for e in meetings[0].evidence)


VP_READOUT = document(
    "Readout of the Vice President's Meeting with President Nana Akufo-Addo",
    "2023-03-27",
    (
        "Vice President Kamala Harris met today with President Nana Akufo-Addo in "
        "Accra. The Vice President thanked the President for his warm welcome."
    ),
    (
        "The leaders discussed regional security. She condemned the violence in the "
        "Sahel and urged Ghana to strengthen its border controls."
    ),
)


def test_a_possessive_after_an_object_does_not_change_the_speaker_s_gender() -> None:
    facts = facts_of(VP_READOUT)
    condemned = quoting(facts, "CriticismExpressed", "She condemned the violence")
    assert roles(condemned) == {"Kamala Harris": "speaker"}
    urged = quoting(facts, "DemandMade", "urged Ghana")
    assert roles(urged) == {"Kamala Harris": "speaker", "Ghana": "target"}


STATEMENT = document(
    "Statement from President Joe Biden on the Peace Talks",
    "2024-02-12",
    ("I thank Qatar for hosting the talks, and I welcome Egypt's efforts to open the crossing."),
    (
        "The United States stands with Israel. We will continue to work with Jordan and"
        " Egypt to bring relief to civilians."
    ),
)


def test_two_thanks_to_different_countries_in_one_sentence_are_two_praises() -> None:
    facts = facts_of(STATEMENT)
    qatar = quoting(facts, "PraiseExpressed", "I thank Qatar")
    egypt = quoting(facts, "PraiseExpressed", "I welcome Egypt's efforts")
    assert qatar is not egypt
    assert roles(qatar) == {"Joe Biden": "speaker", "Qatar": "target"}
    assert roles(egypt)["Egypt"] == "target"


def test_standing_with_a_country_is_support_for_it() -> None:
    support = quoting(facts_of(STATEMENT), "PraiseExpressed", "stands with Israel")
    assert roles(support)["United States"] == "speaker"


def test_continuing_to_work_with_named_partners_is_planned_cooperation() -> None:
    work = quoting(facts_of(STATEMENT), "CooperationAnnounced", "continue to work with")
    assert {"Jordan", "Egypt"} <= set(roles(work))
    assert set(roles(work).values()) == {"party"}
    assert work.modality == "planned"


WIRE = document(
    "EU widens sanctions on Minsk",
    "2021-12-02",
    ("BRUSSELS (AP) - The European Union imposed new sanctions on Belarus on Thursday."),
    (
        "Canada announced similar measures against Belarusian officials. Lithuania's "
        'foreign minister, Gabrielius Landsbergis, said the sanctions were "a step in '
        'the right direction".'
    ),
    ("Kremlin spokesman Dmitry Peskov told reporters that the sanctions were counterproductive."),
    (
        "The EU said it would not hesitate to impose further sanctions on Belarus if "
        "the crisis continued."
    ),
    (
        "Belarus and Lithuania first signed a border treaty in 1995. The two countries "
        "signed a transit agreement on Monday."
    ),
    (
        "Hamas has claimed responsibility for the blast. Poland is deeply concerned "
        "about the situation at the border."
    ),
)


def test_measures_announced_against_a_country_s_officials_are_sanctions_on_it() -> None:
    measure = quoting(facts_of(WIRE), "SanctionImposed", "similar measures against")
    assert roles(measure) == {"Canada": "imposer", "Belarus": "target"}


def test_a_statement_that_judges_a_measure_as_a_good_step_is_praise() -> None:
    praise = quoting(facts_of(WIRE), "PraiseExpressed", "step in the right direction")
    assert roles(praise) == {"Gabrielius Landsbergis": "speaker"}


def test_a_statement_that_calls_a_measure_counterproductive_is_criticism() -> None:
    criticism = quoting(facts_of(WIRE), "CriticismExpressed", "counterproductive")
    assert roles(criticism) == {"Dmitry Peskov": "speaker"}


def test_not_hesitating_to_impose_sanctions_is_no_negated_sanction() -> None:
    facts = facts_of(WIRE)
    threatened = [
        f
        for f in of_type(facts, "SanctionImposed")
        if any("not hesitate" in e.quote for e in f.evidence)
    ]
    assert threatened and all(f.modality == "hypothetical" for f in threatened)


def test_an_accord_signed_years_ago_is_not_merged_into_today_s_signing() -> None:
    signed = of_type(facts_of(WIRE), "AgreementSigned")
    assert sorted(f.modality for f in signed) == ["asserted", "historical"]


def test_a_claim_of_responsibility_is_a_statement() -> None:
    facts = facts_of(WIRE)
    assert quoting(facts, "StatementMade", "claimed responsibility").modality == "asserted"


def test_being_deeply_concerned_about_something_is_criticism() -> None:
    concern = quoting(facts_of(WIRE), "CriticismExpressed", "deeply concerned")
    assert roles(concern) == {"Poland": "speaker"}


def test_an_agreement_a_country_reached_with_an_organisation_is_signed() -> None:
    text = document(
        "Lender approves programme",
        "2023-05-10",
        (
            "The finance minister welcomed the agreement Ghana reached with the "
            "International Monetary Fund on Monday."
        ),
    )
    signed = quoting(facts_of(text), "AgreementSigned", "reached")
    assert "International Monetary Fund" in roles(signed)


PARTNERSHIP = document(
    "Statement from President Joe Biden on the Partnership with Indonesia",
    "2023-11-13",
    (
        "Today the United States and Indonesia are upgrading our relationship. Our two "
        "countries will work together on clean energy, and our peoples share many ties."
    ),
    (
        "I expressed concern about the situation in Myanmar. I thank President Joko "
        "Widodo for his leadership."
    ),
)


def test_i_in_a_signed_statement_is_its_author_even_when_we_are_two_countries() -> None:
    facts = facts_of(PARTNERSHIP)
    concern = quoting(facts, "CriticismExpressed", "I expressed concern")
    assert roles(concern)["Joe Biden"] == "speaker"
    thanks = quoting(facts, "PraiseExpressed", "I thank President Joko Widodo")
    assert roles(thanks) == {"Joe Biden": "speaker", "Joko Widodo": "target"}


STATEMENT_WITH_THANKS = document(
    "Statement from President Joe Biden on his visit to Kenya",
    "2024-05-06",
    (
        "Today I am in Nairobi. I want to thank President William Ruto for his warm "
        "hospitality, and I would like to thank the people of Kenya for their welcome."
    ),
)


def test_i_want_to_thank_in_a_leader_s_statement_is_his_praise() -> None:
    facts = facts_of(STATEMENT_WITH_THANKS)
    thanks = quoting(facts, "PraiseExpressed", "thank President William Ruto")
    assert roles(thanks) == {"Joe Biden": "speaker", "William Ruto": "target"}
    assert thanks.modality == "asserted"


BLOC_REPORT = document(
    "EU widens measures against Minsk",
    "2024-05-06",
    ("The European Union condemned the crackdown on protesters in Belarus on Monday."),
    (
        "Diplomats said the bloc would impose new sanctions on Belarus next week. The "
        "27-nation bloc also called on Minsk to release political prisoners."
    ),
)


def test_the_bloc_is_the_union_named_before() -> None:
    facts = facts_of(BLOC_REPORT)
    demand = quoting(facts, "DemandMade", "also called on Minsk")
    assert roles(demand)["European Union"] == "speaker"
    sanction = quoting(facts, "SanctionImposed", "impose new sanctions")
    assert roles(sanction) == {"European Union": "imposer", "Belarus": "target"}


def test_the_bloc_with_no_grouping_named_before_is_nobody() -> None:
    text = document(
        "Ministers meet",
        "2024-05-06",
        ("The bloc called on Minsk to release political prisoners on Monday."),
    )
    assert not [f for f in facts_of(text) if f.type == "DemandMade"]


PRAISE_READOUT = document(
    "Readout of President Joe Biden's Call with President William Ruto",
    "2024-05-06",
    (
        "President Biden spoke today with President William Ruto. President Biden "
        "welcomed Kenya's decision to lead the security mission in Haiti and commended "
        "President Ruto for his leadership in the region."
    ),
)


def test_welcoming_a_country_s_decision_and_commending_its_leader_are_two_remarks() -> None:
    facts = facts_of(PRAISE_READOUT)
    welcomed = quoting(facts, "PraiseExpressed", "welcomed Kenya's decision")
    assert roles(welcomed) == {"Joe Biden": "speaker", "Kenya": "target"}
    assert "commended" not in welcomed.evidence[0].quote
    commended = quoting(facts, "PraiseExpressed", "commended President Ruto")
    assert roles(commended) == {"Joe Biden": "speaker", "William Ruto": "target"}
