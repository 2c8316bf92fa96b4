"""The rule-based extractor: sentences written for these tests, the seed, the corpus."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from support import SEED, SHARED

from timeline.document import parse
from timeline.extraction import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract
from timeline.ontology import FACT_TYPES
from timeline.values import ExtractedFact

CORPUS = SHARED / "corpus"
# An empty list would make pytest skip the corpus tests; a missing corpus must fail instead.
CORPUS_FILES = sorted(CORPUS.glob("[0-9]*.txt")) or [CORPUS / "missing-corpus.txt"]


def facts_of(text: str, published: date | None = date(2023, 3, 5)) -> list[ExtractedFact]:
    return extract(text, published, "doc-1")


def only(facts: list[ExtractedFact], fact_type: str) -> ExtractedFact:
    found = [f for f in facts if f.type == fact_type]
    assert len(found) == 1, [(f.type, f.summary) for f in facts]
    return found[0]


def roles(fact: ExtractedFact) -> dict[str, str]:
    return {actor.name: actor.role for actor in fact.actors}


def check_evidence(body: str, facts: list[ExtractedFact]) -> None:
    for fact in facts:
        assert fact.evidence, fact
        for evidence in fact.evidence:
            assert body[evidence.start : evidence.end] == evidence.quote
            assert evidence.quote == evidence.quote.strip()
            assert evidence.quote


# --- one sentence, one fact --------------------------------------------------------------------


def test_the_extractor_names_itself() -> None:
    assert EXTRACTOR_NAME == "timeline-rules"
    assert re.fullmatch(r"\d+\.\d+\.\d+", EXTRACTOR_VERSION)


def test_a_meeting_in_one_participants_capital_makes_that_participant_the_host() -> None:
    body = "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris."
    meeting = only(facts_of(body), "MeetingHeld")
    assert meeting.modality == "asserted"
    assert roles(meeting) == {"Emmanuel Macron": "host", "Olaf Scholz": "visitor"}
    assert meeting.location is not None and meeting.location.name == "Paris"
    assert meeting.rule == "meeting.verb"
    assert (meeting.plover, meeting.cameo) == ("CONSULT", "040")
    assert meeting.summary == "Olaf Scholz met Emmanuel Macron in Paris"


def test_an_explicit_date_in_the_clause_dates_the_fact() -> None:
    body = "Olaf Scholz met Emmanuel Macron in Paris on 3 March 2023."
    when = only(facts_of(body), "MeetingHeld").when
    assert (when.best, when.precision, when.derivation) == ("2023-03-03", "day", "explicit")


def test_a_fact_without_a_time_of_its_own_takes_the_publication_day() -> None:
    when = only(facts_of("Olaf Scholz met Emmanuel Macron in Paris."), "MeetingHeld").when
    assert (when.best, when.derivation) == ("2023-03-05", "document")


def test_without_a_publication_date_times_stay_unresolved() -> None:
    meeting = only(facts_of("Olaf Scholz met Emmanuel Macron in Paris.", None), "MeetingHeld")
    assert meeting.when.derivation == "unresolved"
    assert meeting.when.best is None


def test_a_refrained_mention_is_negated_not_asserted() -> None:
    body = "Indian Prime Minister Narendra Modi refrained from criticising Japan."
    criticism = only(facts_of(body), "CriticismExpressed")
    assert criticism.modality == "negated"
    assert roles(criticism) == {"Narendra Modi": "speaker", "Japan": "target"}
    assert criticism.summary == "Narendra Modi did not criticise Japan"


def test_negation_is_scoped_to_its_own_clause() -> None:
    body = "Fumio Kishida did not attend the dinner, but he met Narendra Modi in Tokyo."
    facts = facts_of(body)
    meeting = only(facts, "MeetingHeld")
    assert meeting.modality == "asserted"
    assert set(roles(meeting)) == {"Fumio Kishida", "Narendra Modi"}
    assert all(f.modality != "negated" for f in facts)


def test_a_future_visit_is_planned_and_hosted_by_the_visited_country() -> None:
    body = "Japanese Prime Minister Fumio Kishida will visit Ankara next week."
    visit = only(facts_of(body, date(2023, 1, 10)), "VisitMade")
    assert visit.modality == "planned"
    assert roles(visit) == {"Fumio Kishida": "visitor", "Turkey": "host"}
    assert visit.location is not None and visit.location.name == "Ankara"
    assert (visit.when.edtf, visit.when.precision) == ("2023-01-16/2023-01-22", "week")


def test_a_conditional_clause_is_hypothetical() -> None:
    body = "If Iran attacks Israel, the United States could impose sanctions on Iran."
    facts = facts_of(body)
    assert only(facts, "MilitaryActionTaken").modality == "hypothetical"
    sanction = only(facts, "SanctionImposed")
    assert sanction.modality == "hypothetical"
    assert roles(sanction) == {"United States": "imposer", "Iran": "target"}


def test_an_expectation_is_expected_and_keeps_its_quantity() -> None:
    body = "Russia is expected to deliver 2 million doses of vaccines to Serbia."
    aid = only(facts_of(body), "AidProvided")
    assert aid.modality == "expected"
    assert roles(aid) == {"Russia": "supplier", "Serbia": "recipient"}
    assert [(q.value, q.kind) for q in aid.quantities] == [(2_000_000.0, "count")]


def test_a_fact_someone_else_reports_is_reported_with_attribution() -> None:
    body = "The United Nations said that Canada imposed new sanctions on Iran."
    facts = facts_of(body)
    sanction = only(facts, "SanctionImposed")
    assert sanction.modality == "reported"
    assert sanction.attribution is not None
    assert sanction.attribution.name == "United Nations"
    assert roles(sanction) == {"Canada": "imposer", "Iran": "target"}
    assert only(facts, "StatementMade").actors[0].name == "United Nations"


def test_a_participant_telling_of_their_own_meeting_keeps_it_asserted() -> None:
    facts = facts_of("Emmanuel Macron said that he met Olaf Scholz in Berlin.")
    meeting = only(facts, "MeetingHeld")
    assert meeting.modality == "asserted"
    assert meeting.attribution is None
    assert roles(meeting) == {"Olaf Scholz": "host", "Emmanuel Macron": "visitor"}


def test_a_deal_carries_its_commodity_direction_and_quantity() -> None:
    body = "Canada agreed to supply 20 billion cubic meters of natural gas to Japan."
    deal = only(facts_of(body), "DealAnnounced")
    assert deal.modality == "planned"
    assert deal.extra["commodity"] == "gas"
    assert roles(deal) == {"Canada": "seller", "Japan": "buyer"}
    assert [(q.value, q.unit) for q in deal.quantities] == [(2e10, "m^3")]


def test_a_duration_attaches_to_the_visa_change() -> None:
    body = "Turkey will introduce visa-free travel for Japanese citizens for six months."
    visa = only(facts_of(body), "VisaPolicyChanged")
    assert visa.modality == "planned"
    assert visa.extra["direction"] == "eased"
    assert roles(visa) == {"Turkey": "issuer", "Japan": "beneficiary"}
    assert visa.when.duration == "P6M"


def test_an_agreement_is_signed_by_all_its_parties_where_it_was_signed() -> None:
    body = "Canada and Mexico signed a trade agreement in Ottawa on 12 May 2021."
    agreement = only(facts_of(body), "AgreementSigned")
    assert roles(agreement) == {"Canada": "party", "Mexico": "party"}
    assert agreement.location is not None and agreement.location.name == "Ottawa"
    assert agreement.when.best == "2021-05-12"


def test_a_capital_city_acting_as_subject_stands_for_its_country() -> None:
    criticism = only(facts_of("Beijing condemned the decision."), "CriticismExpressed")
    assert roles(criticism) == {"China": "speaker"}


def test_a_city_that_is_only_a_place_is_not_an_actor() -> None:
    meeting = only(facts_of("Olaf Scholz met Emmanuel Macron in Berlin."), "MeetingHeld")
    assert "Berlin" not in roles(meeting)
    assert meeting.location is not None and meeting.location.name == "Berlin"


def test_n_years_since_an_event_dates_a_historical_reference() -> None:
    body = "The ceremony marked 75 years since the founding of NATO."
    history = only(facts_of(body, date(2024, 4, 4)), "HistoricalEventReferenced")
    assert history.modality == "historical"
    assert (history.when.edtf, history.when.precision) == ("1949", "year")
    assert roles(history) == {"NATO": "participant"}


def test_an_event_in_a_named_war_is_historical() -> None:
    # A war-time invasion recalled as background is a referenced past event (gold guidelines).
    body = "Many people still resent the Japanese invasion of China during World War II."
    event = only(facts_of(body), "HistoricalEventReferenced")
    assert event.modality == "historical"
    assert roles(event) == {"Japan": "participant", "China": "participant"}
    assert event.when.edtf == "1939/1945"


# --- several mentions, one fact ------------------------------------------------------------------


def test_a_meeting_mentioned_twice_is_one_fact_with_two_evidence_items() -> None:
    body = (
        "Olaf Scholz held talks with Emmanuel Macron in Berlin on Monday. "
        "The talks focused on energy prices."
    )
    meeting = only(facts_of(body, date(2023, 3, 8)), "MeetingHeld")
    assert len(meeting.evidence) == 2
    assert meeting.evidence[1].quote.startswith("The talks")
    assert (meeting.when.best, meeting.when.derivation) == ("2023-03-06", "relative")


def test_two_peoples_statements_stay_two_facts() -> None:
    body = "Olaf Scholz said the talks were useful. Emmanuel Macron said they were frank."
    speakers = [roles(f) for f in facts_of(body) if f.type == "StatementMade"]
    assert speakers == [{"Olaf Scholz": "speaker"}, {"Emmanuel Macron": "speaker"}]


def test_the_eve_of_an_event_is_the_day_before_it() -> None:
    body = (
        "Emmanuel Macron met Olaf Scholz in Berlin on the eve of a military parade. "
        "The military parade will take place on 14 July 2023."
    )
    facts = facts_of(body, date(2023, 7, 15))
    meeting = only(facts, "MeetingHeld")
    assert (meeting.when.best, meeting.when.precision) == ("2023-07-13", "day")
    assert meeting.when.derivation == "anchored"
    parade = only(facts, "MilitaryParadeHeld")
    assert (parade.when.best, parade.modality, len(parade.evidence)) == ("2023-07-14", "planned", 2)


def test_an_anchor_on_a_week_prefers_the_publication_day_inside_it() -> None:
    # The parade is only known to the week; the day before it is a week too. An asserted past
    # meeting reported that week is dated to the publication day, keeping the expression.
    body = (
        "Narendra Modi met Fumio Kishida in Tokyo on the eve of a military parade. "
        "This week's military parade will showcase Japan's navy."
    )
    facts = facts_of(body, date(2023, 5, 10))
    when = only(facts, "MeetingHeld").when
    assert (when.best, when.precision, when.derivation) == ("2023-05-10", "day", "document")
    assert when.expression == "on the eve of a military parade"
    parade = only(facts, "MilitaryParadeHeld").when
    assert (parade.edtf, parade.precision) == ("2023-05-08/2023-05-14", "week")


def test_a_remark_made_during_talks_inherits_the_talks_date() -> None:
    body = (
        "Justin Trudeau met Recep Tayyip Erdoğan in Ankara on 2 June 2022. "
        "During the talks, Trudeau praised Turkey's role in NATO."
    )
    facts = facts_of(body, date(2022, 6, 4))
    praise = only(facts, "PraiseExpressed")
    assert roles(praise) == {"Justin Trudeau": "speaker", "Turkey": "target"}
    assert (praise.when.best, praise.when.derivation) == ("2022-06-02", "inherited")
    assert len(only(facts, "MeetingHeld").evidence) == 2


# --- whole documents -----------------------------------------------------------------------------

MIXED = (
    "Olaf Scholz met Emmanuel Macron in Paris on 3 March 2023. Macron said the talks were "
    "useful, and the two leaders reaffirmed their partnership.\n"
    "Canada agreed to supply natural gas to Japan. If Iran attacks Israel, the United States "
    "could impose sanctions on Iran."
)


def test_every_evidence_quote_is_the_exact_trimmed_body_slice() -> None:
    facts = facts_of(MIXED)
    assert len(facts) >= 5
    check_evidence(MIXED, facts)
    assert all(e.document_id == "doc-1" for f in facts for e in f.evidence)


def test_facts_come_in_document_order() -> None:
    starts = [f.evidence[0].start for f in facts_of(MIXED)]
    assert starts == sorted(starts)


def test_fact_types_and_codes_come_from_the_ontology() -> None:
    for fact in facts_of(MIXED):
        kind = FACT_TYPES[fact.type]
        assert (fact.plover, fact.cameo) == (kind.plover, kind.cameo)
        assert all(actor.role in kind.roles for actor in fact.actors)
        assert fact.as_dict()["type"] == fact.type


def test_extraction_is_deterministic() -> None:
    assert facts_of(MIXED) == facts_of(MIXED)


def test_an_empty_or_factless_body_yields_nothing() -> None:
    assert facts_of("") == []
    assert facts_of("The weather was mild and the markets were calm.") == []


# --- the seed ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[ExtractedFact]]:
    assert SEED.exists(), f"the seed document is missing: {SEED}"
    body = SEED.read_text(encoding="utf-8")
    return body, extract(body, date(2025, 9, 2), "seed")


def test_seed_evidence_is_exact(seed: tuple[str, list[ExtractedFact]]) -> None:
    check_evidence(*seed)


def test_seed_putin_met_xi_in_beijing_on_the_publication_day(
    seed: tuple[str, list[ExtractedFact]],
) -> None:
    meeting = only(seed[1], "MeetingHeld")
    assert meeting.modality == "asserted"
    assert roles(meeting) == {"Xi Jinping": "host", "Vladimir Putin": "visitor"}
    assert meeting.location is not None and meeting.location.name == "Beijing"
    assert (meeting.when.best, meeting.when.precision) == ("2025-09-02", "day")
    assert meeting.when.expression and "eve of" in meeting.when.expression
    assert len(meeting.evidence) >= 3  # the meeting, "the meeting", "the discussions", ...


def test_seed_gas_deal_is_one_fact_with_its_volume(seed: tuple[str, list[ExtractedFact]]) -> None:
    deal = only(seed[1], "DealAnnounced")
    assert deal.extra["commodity"] == "gas"
    assert roles(deal) == {"Russia": "supplier", "China": "recipient"}
    assert [(q.value, q.unit) for q in deal.quantities] == [(1.06e11, "m^3")]
    assert len(deal.evidence) == 2


def test_seed_visa_free_travel_is_piloted_for_a_year(seed: tuple[str, list[ExtractedFact]]) -> None:
    visa = only(seed[1], "VisaPolicyChanged")
    assert (visa.modality, visa.extra["direction"]) == ("planned", "eased")
    assert visa.when.duration == "P1Y"
    assert roles(visa)["Russia"] == "beneficiary"


def test_seed_xi_will_host_kim(seed: tuple[str, list[ExtractedFact]]) -> None:
    visit = only(seed[1], "VisitMade")
    assert visit.modality == "planned"
    assert roles(visit) == {"Kim Jong Un": "visitor", "Xi Jinping": "host"}
    assert len(visit.evidence) >= 2  # the hosting and the attendance


def test_seed_parade_is_dated_to_this_week(seed: tuple[str, list[ExtractedFact]]) -> None:
    parade = only(seed[1], "MilitaryParadeHeld")
    assert parade.modality == "planned"
    assert (parade.when.edtf, parade.when.precision) == ("2025-09-01/2025-09-07", "week")
    assert roles(parade) == {"China": "host"}


def test_seed_anniversary_is_historical(seed: tuple[str, list[ExtractedFact]]) -> None:
    history = only(seed[1], "HistoricalEventReferenced")
    assert (history.modality, history.when.edtf) == ("historical", "1945")
    assert "Japan" in roles(history)


def test_seed_putin_statements(seed: tuple[str, list[ExtractedFact]]) -> None:
    putin = [
        f
        for f in seed[1]
        if f.type == "StatementMade" and roles(f).get("Vladimir Putin") == "speaker"
    ]
    asserted = [f for f in putin if f.modality == "asserted"]
    negated = [f for f in putin if f.modality == "negated"]
    assert len(asserted) == 1 and asserted[0].when.best == "2025-09-02"
    assert len(negated) == 1 and "refrained" in negated[0].evidence[0].quote
    assert not any("refrained" in e.quote for f in asserted for e in f.evidence)


def test_seed_praise_of_xi(seed: tuple[str, list[ExtractedFact]]) -> None:
    praise = only(seed[1], "PraiseExpressed")
    assert roles(praise) == {"Vladimir Putin": "speaker", "Xi Jinping": "target"}


def test_product_code_holds_no_phrases_from_the_seed() -> None:
    phrases = (
        "unprecedented level",
        "cherished friend",
        "Great Hall of the People",
        "106 billion",
        "piloted for a year",
        "six decades",
        "exemplary",
    )
    package = Path(__file__).resolve().parent.parent / "timeline"
    for name in ("extraction.py", "lexicon.py"):
        source = (package / name).read_text(encoding="utf-8")
        assert not [p for p in phrases if p.lower() in source.lower()], name


# --- the corpus ----------------------------------------------------------------------------------

# INDEX.md words that promise a fact of one of these types.
PROMISES = {
    "meeting": {"MeetingHeld", "VisitMade"},
    "summit": {"MeetingHeld"},
    "visit": {"VisitMade", "MeetingHeld"},
    "deal": {"DealAnnounced", "AgreementSigned"},
    "acquisition": {"DealAnnounced"},
    "sanction": {"SanctionImposed", "SanctionLifted", "VisaPolicyChanged"},
}


def _promised(name: str) -> set[str]:
    index = CORPUS / "INDEX.md"
    if not index.exists():
        return set()
    for line in index.read_text(encoding="utf-8").splitlines():
        if f"`{name}`" in line:
            events = line.split("|")[6].lower()
            return {t for word, types in PROMISES.items() if word in events for t in types}
    return set()


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem[:3] for p in CORPUS_FILES])
def test_corpus_article_extracts_cleanly(path: Path) -> None:
    text = path.read_text(encoding="utf-8").replace("published: unknown\n", "")
    document = parse(text, path.name)
    facts = extract(document.body, document.published, path.name)
    check_evidence(document.body, facts)
    for fact in facts:
        assert fact.type in FACT_TYPES
        assert fact.actors or fact.type in ("HistoricalEventReferenced", "MilitaryParadeHeld")
    promised = _promised(path.name)
    if promised:
        assert promised & {f.type for f in facts}, (promised, [f.summary for f in facts])


# --- speed-ups that must not change what is found ------------------------------------------------

# Sentences that exercise the trigger rules, the cue patterns and their odd corners: digits,
# ordinals, capitals mid-sentence, apostrophes, dashes, non-ASCII letters.
_PROBES = [
    "On 3 May 2023 the presidents met in Brasília and signed 12 agreements worth $5bn.",
    "It is 50 years since the war; the fiftieth anniversary of the treaty and the 75th "
    "anniversary of independence fall in 2024.",
    "The Daily Press said the said ministers would not meet, but will meet next week.",
    "Iran's İstanbul-based envoy condemned the sanctions, which Germany lifted on Monday.",
    "Troops attacked positions near the border; Russia imposed a ban on grain exports.",
    "Ms. Doe – the foreign minister – visited Oslo after the Cold War-era summit in Lima.",
    "The acquisition of Acme by retailer Zenith Group A/S was completed in March 2021.",
    "They agreed to cooperate and pledged aid to Peru, seeking help with LNG and crude oil.",
]


def _corpus_texts() -> list[str]:
    texts = list(_PROBES)
    for path in [*CORPUS_FILES, SEED]:
        if path.is_file():
            texts.append(parse(path.read_text(encoding="utf-8"), path.name).body)
    return texts


def test_trigger_prefilter_finds_what_a_full_scan_finds() -> None:
    from timeline import extraction

    for text in _corpus_texts():
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        full = []  # every rule scanned over the whole text, as before the prefilter
        for rule in extraction._RULES:
            for m in rule.regex.finditer(lowered):
                start = m.start()
                if (
                    rule.trigger.form == "verb"
                    and rule.trigger.type
                    and text[start].isupper()
                    and extraction._NAME_CONTEXT.search(text, max(0, start - 4), start)
                ):
                    continue
                if rule.trigger.name_next and not extraction._NAME_NEXT.match(text, m.end()):
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v}
                full.append((rule, start, m.end(), groups))
        assert extraction._raw_matches(text) == full


def test_every_match_starts_with_a_listed_prefix() -> None:
    from timeline import extraction

    rules = [(rule.regex, True) for rule in extraction._RULES]  # matched on lowered text
    others = [(v, False) for v in vars(extraction).values() if isinstance(v, re.Pattern)]
    for text in _corpus_texts():
        for regex, lowered in rules + others:
            prefixes = extraction._pattern_prefixes(regex.pattern, 4, regex.flags)
            if prefixes is None:
                continue
            for m in regex.finditer(text.lower() if lowered else text):
                found = m.group()
                if regex.flags & re.IGNORECASE:
                    found = found.lower()
                assert any(
                    (p == extraction._DIGIT and found[:1].isdecimal())
                    or found.startswith(p.lower() if regex.flags & re.IGNORECASE else p)
                    for p in prefixes
                ), (regex.pattern[:60], found)


def test_gated_patterns_match_like_the_plain_ones() -> None:
    from timeline import extraction, lexicon

    plain = {
        "_COMMODITY": re.compile(rf"\b(?:{lexicon.COMMODITIES})\b", re.IGNORECASE),
        "_NEGATION": re.compile(lexicon.NEGATION_CUES, re.IGNORECASE),
        "_PLANNED": re.compile(lexicon.PLANNED_CUES, re.IGNORECASE),
        "_GOVERNMENT_BODY": re.compile(rf"\b{lexicon.GOVERNMENT_BODIES}\b"),
    }
    texts = [*_corpus_texts(), "ſanctions: the KELVIN \u212a and WİLL \u0131f oil"]
    for name, regex in plain.items():
        gated = getattr(extraction, name)
        assert gated.pattern != regex.pattern  # gated indeed
        for text in texts:
            assert [m.span() for m in gated.finditer(text)] == [
                m.span() for m in regex.finditer(text)
            ], name


def test_word_before_is_the_last_word_before_spaces() -> None:
    from timeline import extraction

    reference = re.compile(r"([\w’'.-]+)\s+$")
    for text in _PROBES:
        for position in range(len(text) + 1):
            m = reference.search(text, max(0, position - 60), position)
            expected = None if m is None else (m.start(1), m.group(1))
            assert extraction._word_before(extraction._LAST_WORD, text, position) == expected


# --- rules added in 1.1.0 (sentences written for these tests) ----------------------------------


def test_support_for_a_named_actor_is_praise_and_the_actor_its_target() -> None:
    body = "Chancellor Olaf Scholz conveyed his steadfast support for Moldova and its reforms."
    praise = only(facts_of(body), "PraiseExpressed")
    assert praise.rule == "praise.support-for"
    assert roles(praise) == {"Olaf Scholz": "speaker", "Moldova": "target"}


def test_support_for_a_policy_is_not_praise() -> None:
    body = "Chancellor Olaf Scholz expressed his support for stronger climate rules."
    assert not [f for f in facts_of(body) if f.type == "PraiseExpressed"]


def test_rejecting_an_actors_measure_is_criticism_but_rejecting_an_idea_is_not() -> None:
    body = "President Emmanuel Macron rejected China's new tariffs."
    criticism = only(facts_of(body), "CriticismExpressed")
    assert roles(criticism) == {"Emmanuel Macron": "speaker", "China": "target"}
    assert not facts_of("A Peru that rejects corruption will grow.")


def test_being_disappointed_by_a_decision_is_criticism() -> None:
    body = "Prime Minister Justin Trudeau was deeply disappointed by India's decision."
    criticism = only(facts_of(body), "CriticismExpressed")
    assert roles(criticism) == {"Justin Trudeau": "speaker", "India": "target"}


def test_a_price_to_pay_is_a_threat_by_whoever_makes_it_clear() -> None:
    body = "As Chancellor Olaf Scholz made clear, Belarus will pay a heavy price for the attack."
    threat = only(facts_of(body), "ThreatIssued")
    assert threat.modality == "asserted"
    assert roles(threat) == {"Olaf Scholz": "speaker", "Belarus": "target"}


def test_an_order_to_review_a_designation_is_a_hypothetical_lifting() -> None:
    body = "The decree directs the foreign minister to review Cuba's designation as a sponsor."
    lifted = only(facts_of(body), "SanctionLifted")
    assert lifted.modality == "hypothetical"
    assert roles(lifted) == {"Cuba": "target"}
    assert lifted.when.best == "2023-03-05"  # announced on the day of publication


def test_encouraging_someone_to_act_is_a_demand() -> None:
    body = "Chancellor Olaf Scholz encouraged Serbia to recognise the court's ruling."
    demand = only(facts_of(body), "DemandMade")
    assert roles(demand) == {"Olaf Scholz": "speaker", "Serbia": "target"}


def test_a_statement_that_someone_must_act_is_a_demand() -> None:
    body = "President Emmanuel Macron reiterated that Iran must free the detained aid workers."
    facts = facts_of(body)
    demand = only(facts, "DemandMade")
    assert roles(demand)["Emmanuel Macron"] == "speaker"
    assert not [f for f in facts if f.type == "StatementMade"]


def test_agreeing_to_keep_consulting_is_planned_cooperation() -> None:
    body = "Chancellor Olaf Scholz and Prime Minister Mark Rutte agreed to continue consulting."
    cooperation = only(facts_of(body), "CooperationAnnounced")
    assert cooperation.modality == "planned"
    assert cooperation.when.best == "2023-03-05"


def test_we_in_an_unsigned_joint_statement_are_the_countries_it_opens_with() -> None:
    body = (
        "We have gathered to renew our partnership between Chile, Peru, and Colombia. "
        "We share the same goals. We call on Venezuela to free political prisoners. "
        "Our ministers will meet in Lima."
    )
    demand = only(facts_of(body), "DemandMade")
    assert roles(demand) == {
        "Chile": "speaker",
        "Peru": "speaker",
        "Colombia": "speaker",
        "Venezuela": "target",
    }


def test_thanks_in_two_sentences_of_a_readout_are_two_facts() -> None:
    body = (
        "President Emmanuel Macron thanked Ghana for its hospitality. "
        "He then reviewed trade with the delegation. "
        "President Macron thanked Ghana for its support of the peace talks in Mali."
    )
    praise = [f for f in facts_of(body) if f.type == "PraiseExpressed"]
    assert len(praise) == 2


def test_an_opening_participle_shares_the_main_clauses_subject() -> None:
    body = "Thanking Chancellor Olaf Scholz for the visit, President Emmanuel Macron left Paris."
    praise = only(facts_of(body), "PraiseExpressed")
    assert roles(praise) == {"Emmanuel Macron": "speaker", "Olaf Scholz": "target"}


def test_a_statement_the_two_leaders_made_together_is_no_fact_of_its_own() -> None:
    body = (
        "Chancellor Olaf Scholz met President Emmanuel Macron in Paris. "
        "The two leaders underscored their commitment to the rule of law."
    )
    facts = facts_of(body)
    assert [f.type for f in facts] == ["MeetingHeld"]


def test_ties_between_two_countries_name_the_countries_not_the_speaker() -> None:
    body = "President Emmanuel Macron reaffirmed the strong partnership between France and Ghana."
    cooperation = only(facts_of(body), "CooperationAnnounced")
    assert set(roles(cooperation)) == {"France", "Ghana"}


def test_a_plan_does_not_merge_with_the_meeting_that_took_place() -> None:
    body = (
        "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin. "
        "Chancellor Scholz and President Macron will meet again in Rome in May."
    )
    meetings = [f for f in facts_of(body) if f.type == "MeetingHeld"]
    assert sorted(m.modality for m in meetings) == ["asserted", "planned"]


def test_an_explicitly_dated_event_months_before_publication_is_historical() -> None:
    body = "On 12 October 2022, Chancellor Olaf Scholz met President Emmanuel Macron in Paris."
    meeting = only(facts_of(body), "MeetingHeld")
    assert meeting.modality == "historical"
    recent = only(facts_of(body.replace("12 October 2022", "2 March 2023")), "MeetingHeld")
    assert recent.modality == "asserted"


def test_a_year_in_a_relative_clause_does_not_date_the_fact() -> None:
    body = "Today, Canada imposed sanctions on Iran that go beyond those of 2019."
    sanction = only(facts_of(body), "SanctionImposed")
    assert sanction.when.best == "2023-03-05"
    assert sanction.modality == "asserted"


def test_the_administration_is_the_government_of_the_department_named_before() -> None:
    body = (
        "The U.S. Department of State imposed visa restrictions on officials of Belarus. "
        "The Administration urges Belarus to free all political prisoners."
    )
    demand = only(facts_of(body), "DemandMade")
    assert roles(demand) == {"United States": "speaker", "Belarus": "target"}


def test_dismissing_a_claim_and_recognising_a_state_are_statements() -> None:
    dismissed = facts_of("The government of Serbia dismissed the report as a fabrication.")
    assert only(dismissed, "StatementMade").rule == "statement.dismissed"
    recognised = facts_of("Chancellor Olaf Scholz recognised the region as an independent state.")
    assert only(recognised, "StatementMade").rule == "statement.recognised"


def test_convening_to_do_something_is_a_meeting() -> None:
    body = "President Gabriel Boric and President Dina Boluarte convened to review the treaty."
    meeting = only(facts_of(body), "MeetingHeld")
    assert set(roles(meeting)) == {"Gabriel Boric", "Dina Boluarte"}


def test_labelling_an_act_a_violation_is_criticism() -> None:
    body = "The government of Peru described the raid as a flagrant violation of its borders."
    criticism = only(facts_of(body), "CriticismExpressed")
    assert criticism.rule == "criticism.labelled"
    assert roles(criticism)["Peru"] == "speaker"


# --- helper "talk": readout verbs, carried facts, joint commitments (extractor 1.2.0) -----------


def test_a_readout_that_names_its_speaker_again_states_a_new_point() -> None:
    body = (
        "President Emmanuel Macron met President Nana Akufo-Addo in Accra. "
        "President Macron emphasized his belief that trade must be fair to both sides. "
        "He also noted the role of farmers in that trade. "
        "President Macron reiterated the French position that the border dispute is settled."
    )
    statements = [f for f in facts_of(body) if f.type == "StatementMade"]
    assert len(statements) == 2
    first, second = sorted(statements, key=lambda f: f.evidence[0].start)
    assert [e.sentence for e in first.evidence] == [1, 2]  # "He also noted": the same point
    assert [e.sentence for e in second.evidence] == [3]


def test_a_pronoun_far_from_the_last_remark_starts_a_new_statement() -> None:
    body = (
        "Chancellor Olaf Scholz said the talks were useful. Trade rose in May. Exports fell. "
        "Imports were flat. He stressed that the budget is balanced."
    )
    statements = [f for f in facts_of(body) if f.type == "StatementMade"]
    assert len(statements) == 2


def test_support_for_replenishing_an_actors_stocks_is_planned_aid_not_a_statement() -> None:
    body = (
        "President Emmanuel Macron underscored France's full support for replenishing "
        "Ghana's grain reserves."
    )
    facts = facts_of(body)
    aid = only(facts, "AidProvided")
    assert aid.modality == "planned"
    assert aid.rule == "aid.support-for"
    assert "StatementMade" not in {f.type for f in facts}


def test_initiatives_to_support_a_people_are_aid() -> None:
    body = (
        "President Emmanuel Macron highlighted several initiatives France is funding to "
        "support the Haitian people."
    )
    aid = only(facts_of(body), "AidProvided")
    assert aid.rule == "aid.support-people"


def test_a_statement_verb_that_carries_criticism_is_recorded_as_the_criticism() -> None:
    body = "Chancellor Olaf Scholz commented on the Serbian decree, calling it illegal."
    facts = facts_of(body)
    assert [f.type for f in facts] == ["CriticismExpressed"]


def test_a_quote_he_added_continues_the_criticism_before_it() -> None:
    body = (
        "Chancellor Olaf Scholz condemned the blockade imposed by Serbia. "
        '"It hurts ordinary families on both sides of the border and helps nobody," he added.'
    )
    facts = facts_of(body)
    criticism = only(facts, "CriticismExpressed")
    assert [e.sentence for e in criticism.evidence] == [0, 1]
    assert "StatementMade" not in {f.type for f in facts}


def test_conveying_to_someone_that_it_is_important_to_act_is_a_demand() -> None:
    body = (
        "President Emmanuel Macron conveyed to President Nana Akufo-Addo that, to calm the "
        "region, it was important for both parties to avoid unilateral steps."
    )
    demand = only(facts_of(body), "DemandMade")
    assert roles(demand) == {"Emmanuel Macron": "speaker", "Nana Akufo-Addo": "target"}


def test_the_actor_that_must_act_is_the_target_of_the_demand() -> None:
    body = "President Emmanuel Macron reiterated that Venezuela must free all political prisoners."
    demand = only(facts_of(body), "DemandMade")
    assert roles(demand) == {"Emmanuel Macron": "speaker", "Venezuela": "target"}


def test_joint_commitments_on_different_topics_are_different_facts() -> None:
    body = (
        "Chile, Peru and Colombia will work to strengthen fisheries management in the Pacific. "
        "Chile, Peru and Colombia will begin cooperation on lithium mining standards. "
        "They will establish a fisheries working group to share catch data."
    )
    plans = [f for f in facts_of(body) if f.type == "CooperationAnnounced"]
    assert all(p.modality == "planned" for p in plans)
    assert sorted(len(p.evidence) for p in plans) == [1, 2]
    fisheries = next(p for p in plans if len(p.evidence) == 2)
    assert [e.sentence for e in fisheries.evidence] == [0, 2]


def test_one_country_working_to_strengthen_something_is_no_cooperation() -> None:
    body = "Peru will work to strengthen its tax collection."
    assert "CooperationAnnounced" not in {f.type for f in facts_of(body)}


def test_pledging_support_to_set_up_a_fund_is_planned_cooperation() -> None:
    body = "President Emmanuel Macron pledged French support to stand up the Sahel Water Fund."
    cooperation = only(facts_of(body), "CooperationAnnounced")
    assert cooperation.modality == "planned"


def test_confidence_in_a_partnership_is_cooperation_not_a_statement() -> None:
    body = (
        "President Emmanuel Macron expressed his confidence in the durability of the "
        "partnership with Ghana."
    )
    facts = facts_of(body)
    assert [f.type for f in facts] == ["CooperationAnnounced"]


def test_looking_forward_to_stronger_cooperation_is_a_plan() -> None:
    body = (
        "President Emmanuel Macron reaffirmed that France looks forward to strengthening "
        "bilateral cooperation with Ghana."
    )
    cooperation = only(facts_of(body), "CooperationAnnounced")
    assert cooperation.modality == "planned"


def test_being_committed_to_an_actors_security_is_support() -> None:
    praise = only(facts_of("Canada is committed to Ukraine’s security."), "PraiseExpressed")
    assert roles(praise) == {"Canada": "speaker", "Ukraine": "target"}
    stated = facts_of("Japan reaffirmed its unwavering commitment to Ukraine’s sovereignty.")
    assert roles(only(stated, "PraiseExpressed")) == {"Japan": "speaker", "Ukraine": "target"}
    assert "PraiseExpressed" not in {f.type for f in facts_of("Canada is committed to peace.")}


def test_not_hesitating_to_act_is_a_threat() -> None:
    body = "Canada will not hesitate to take all necessary action against Iran."
    threat = only(facts_of(body), "ThreatIssued")
    assert threat.modality == "asserted"
    assert roles(threat)["Canada"] == "speaker"


def test_discussing_something_with_someone_is_a_meeting() -> None:
    body = "President Emmanuel Macron discussed the grain corridor with Chancellor Olaf Scholz."
    meeting = only(facts_of(body), "MeetingHeld")
    assert set(roles(meeting)) == {"Emmanuel Macron", "Olaf Scholz"}
    alone = facts_of("President Emmanuel Macron discussed the budget with reporters.")
    assert "MeetingHeld" not in {f.type for f in alone}


def test_committing_to_act_collectively_is_cooperation() -> None:
    body = "Canada and Japan are committed to acting collectively to raise pressure on Iran."
    cooperation = only(facts_of(body), "CooperationAnnounced")
    assert set(roles(cooperation)) == {"Canada", "Japan"}


# --- helper "recall" (session 3) ---------------------------------------------------------------


def test_each_review_an_order_directs_is_its_own_possible_lifting() -> None:
    body = (
        "The decree directs the Foreign Minister to review Canada’s listing of the Tamil "
        "Tigers as a terrorist group. The decree directs the Foreign Minister to review "
        "the sanctions designation of Belarus."
    )
    lifted = [f for f in facts_of(body) if f.type == "SanctionLifted"]
    assert len(lifted) == 2
    assert {f.modality for f in lifted} == {"hypothetical"}
    assert {f.evidence[0].sentence for f in lifted} == {0, 1}


def test_two_demands_joined_by_and_are_two_demands_with_their_own_evidence() -> None:
    body = (
        "Chancellor Olaf Scholz reiterated that Russia must withdraw its troops, and asked "
        "for President Emmanuel Macron’s help in persuading Belarus to stay out of the war."
    )
    facts = facts_of(body)
    demands = sorted(
        (f for f in facts if f.type == "DemandMade"), key=lambda f: f.evidence[0].start
    )
    assert len(demands) == 2, [(f.type, f.summary) for f in facts]
    first, second = demands
    assert first.evidence[0].quote.endswith("withdraw its troops")
    assert second.evidence[0].quote.startswith("asked for")
    check_evidence(body, facts)


def test_would_after_announced_is_a_reported_future_not_a_condition() -> None:
    body = "On Monday, Chancellor Olaf Scholz announced he would be lifting sanctions on Cuba."
    lifted = only(facts_of(body), "SanctionLifted")
    assert lifted.modality == "planned"
    conditional = only(facts_of("Germany would lift sanctions on Cuba."), "SanctionLifted")
    assert conditional.modality == "hypothetical"


def test_the_fall_of_a_regime_is_a_referenced_past_event() -> None:
    body = "Trade resumed after the fall of the Gaddafi regime."
    event = only(facts_of(body), "HistoricalEventReferenced")
    assert event.modality == "historical"
    assert event.rule == "history.fall"


def test_a_disaster_with_its_year_is_a_referenced_past_event_of_that_year() -> None:
    body = "The relief fund was set up after the earthquake of 1999 in Turkey."
    event = only(facts_of(body), "HistoricalEventReferenced")
    assert event.when.edtf == "1999"
    assert event.modality == "historical"


def test_withdrawing_from_a_treaty_is_a_referenced_event() -> None:
    body = "In 2002 President George W. Bush withdrew the United States from the ABM Treaty."
    event = only(facts_of(body), "HistoricalEventReferenced")
    assert "United States" in roles(event)
    assert event.when.edtf == "2002"


def test_an_assassination_is_a_military_action_against_its_victim() -> None:
    body = (
        "Protesters gathered on Sunday to mark the assassination of Prime Minister Yitzhak Rabin."
    )
    action = only(facts_of(body), "MilitaryActionTaken")
    assert roles(action).get("Yitzhak Rabin") == "target"


def test_deploying_troops_into_a_country_is_a_military_action() -> None:
    body = "Russia deployed additional troops into Belarus on Tuesday."
    action = only(facts_of(body), "MilitaryActionTaken")
    assert roles(action)["Russia"] == "attacker"
    assert action.rule == "military.deployment-into"


def test_putting_an_actor_on_notice_is_a_threat() -> None:
    body = "Chancellor Olaf Scholz put Iran on notice over its drone exports."
    threat = only(facts_of(body), "ThreatIssued")
    assert roles(threat) == {"Olaf Scholz": "speaker", "Iran": "target"}


def test_ending_up_before_an_international_court_is_a_possible_legal_action() -> None:
    body = "Guyana and Venezuela could end up before the International Court of Justice."
    legal = only(facts_of(body), "LegalActionTaken")
    assert legal.modality == "hypothetical"
    assert set(roles(legal)) == {"Guyana", "Venezuela"}


def test_funding_studies_or_projects_is_aid() -> None:
    body = "Japan funded the construction of three schools in Cambodia."
    aid = only(facts_of(body), "AidProvided")
    assert roles(aid)["Japan"] == "supplier"


def test_issuing_an_alert_or_advisory_is_a_statement() -> None:
    body = "The Department of State issued a travel advisory for Haiti on Friday."
    statement = only(facts_of(body), "StatementMade")
    assert statement.rule == "statement.issued"
    assert statement.actors


def test_a_position_as_outlined_by_a_leader_is_that_leaders_statement() -> None:
    body = "Talks will follow the plan as outlined by Chancellor Olaf Scholz on Monday."
    statement = only(facts_of(body), "StatementMade")
    assert roles(statement) == {"Olaf Scholz": "speaker"}


def test_recommending_that_an_actor_withdraw_is_a_demand() -> None:
    body = "The parliament of Mali recommended the French troops withdraw from the country."
    demand = only(facts_of(body), "DemandMade")
    assert demand.rule == "demand.recommended"


def test_a_ministry_list_without_a_leader_belongs_to_the_texts_first_country() -> None:
    body = (
        "Canada is taking new steps against smuggling networks. "
        "The Departments of Finance, Justice, and Transport jointly issued an alert to airlines."
    )
    statement = only(facts_of(body), "StatementMade")
    assert roles(statement) == {"Canada": "speaker"}


def test_sanctions_on_a_counted_group_take_the_groups_country_as_target() -> None:
    body = "- Full blocking sanctions on three Iranian generals and their relatives."
    sanction = only(facts_of(body), "SanctionImposed")
    assert roles(sanction) == {"Iran": "target"}


def test_each_measure_of_a_bulleted_list_is_its_own_sanction() -> None:
    body = (
        "Today, the Administration is implementing new sanctions.\n\n"
        "- Full blocking sanctions on two Belarusian banks.\n"
        "- Full blocking sanctions on four Belarusian generals and their families.\n"
    )
    sanctions = [f for f in facts_of(body) if f.type == "SanctionImposed"]
    assert len(sanctions) >= 2
    quotes = [e.quote for f in sanctions for e in f.evidence]
    assert sum("banks" in q for q in quotes) == 1 and sum("generals" in q for q in quotes) == 1
    assert not any(
        any("banks" in e.quote for e in f.evidence)
        and any("generals" in e.quote for e in f.evidence)
        for f in sanctions
    )


def test_being_a_target_for_sanctions_is_a_sanction_on_the_subject() -> None:
    body = "Since Tuesday, Iran is a target for further sanctions."
    sanction = only(facts_of(body), "SanctionImposed")
    assert roles(sanction) == {"Iran": "target"}


def test_sanctioning_hundreds_of_entities_is_a_sanction_without_a_named_target() -> None:
    body = "Since 2021, Canada has sanctioned over 300 individuals and entities."
    sanction = only(facts_of(body), "SanctionImposed")
    assert roles(sanction) == {"Canada": "imposer"}


def test_inclusion_in_the_visa_waiver_program_names_its_beneficiary() -> None:
    body = "The two governments will work towards Poland’s inclusion in the Visa Waiver Program."
    visa = only(facts_of(body), "VisaPolicyChanged")
    assert roles(visa) == {"Poland": "beneficiary"}
    assert visa.rule == "visa.inclusion"


def test_a_date_aside_between_subject_and_verb_keeps_the_subject() -> None:
    body = "Canada had not, as of yesterday, announced any plans to recall its ambassador."
    statement = only(facts_of(body), "StatementMade")
    assert statement.modality == "negated"
    assert roles(statement) == {"Canada": "speaker"}


def test_our_experts_and_senior_officials_are_the_authors_of_a_joint_statement() -> None:
    body = (
        "We, the leaders of Canada and Mexico, met today in Ottawa.\n\n"
        "Our experts and senior officials will continue to meet regularly. "
        "We will hold a summit in Mexico City by the end of the year."
    )
    meetings = [f for f in facts_of(body) if f.type == "MeetingHeld" and f.modality == "planned"]
    assert len(meetings) == 2, [(f.summary, [e.quote for e in f.evidence]) for f in meetings]
    regular = next(f for f in meetings if "regularly" in f.evidence[0].quote)
    assert set(roles(regular)) == {"Canada", "Mexico"}


def test_it_is_time_to_in_a_joint_statement_is_the_authors_single_demand() -> None:
    body = (
        "Joint statement of the leaders of Canada and Mexico.\n\n"
        "We, the leaders of Canada and Mexico, met today in Ottawa. "
        "We reviewed our trade. Our ministers were present. "
        "It is time to end the blockade of the port. "
        "The time has come to reopen the border crossings."
    )
    demand = only(facts_of(body), "DemandMade")
    assert set(roles(demand)) == {"Canada", "Mexico"}
    assert len(demand.evidence) == 2


def test_it_is_time_with_no_author_in_view_is_no_demand() -> None:
    body = "It is time to end the blockade of the port."
    assert "DemandMade" not in {f.type for f in facts_of(body)}


def test_i_in_a_quotation_after_a_colon_is_the_person_who_opened_the_sentence() -> None:
    body = (
        "Foreign Minister Sergei Lavrov responded on Telegram: "
        '"I firmly reject the new Japanese measures against Russian banks."'
    )
    criticism = only(facts_of(body), "CriticismExpressed")
    assert roles(criticism)["Sergey Lavrov"] == "speaker"


def test_a_quoted_remark_that_calls_something_propaganda_is_a_criticism() -> None:
    body = 'Chancellor Olaf Scholz said, "The report is pure propaganda and nobody believes it."'
    criticism = only(facts_of(body), "CriticismExpressed")
    assert roles(criticism) == {"Olaf Scholz": "speaker"}
    plain = facts_of('Chancellor Olaf Scholz said, "The report is long and nobody read it."')
    assert [f.type for f in plain] == ["StatementMade"]


def test_a_sentence_opening_with_this_leaves_he_to_the_last_named_man() -> None:
    body = (
        'Envoy Brian Hook said, "The move is political." This has nothing to do with '
        'security. He added, "It is a stunt that no-one takes seriously."'
    )
    facts = facts_of(body)
    hook = [f for f in facts if any(a.name == "Brian Hook" for a in f.actors)]
    assert sum(len(f.evidence) for f in hook) == 2, [(f.type, f.evidence) for f in facts]


def test_an_accord_which_had_been_negotiated_by_parties_is_their_agreement() -> None:
    body = "Russia quit the grain corridor accord, which had been negotiated by Turkey and the UN."
    agreement = only(facts_of(body), "AgreementSigned")
    assert roles(agreement) == {"Turkey": "party", "United Nations": "party"}


def test_joining_talks_is_taking_part_in_a_meeting() -> None:
    body = "Germany and France joined the talks in Minsk on Monday."
    meeting = only(facts_of(body), "MeetingHeld")
    assert set(roles(meeting)) == {"Germany", "France"}
    assert meeting.rule == "meeting.joined"


def test_support_expressed_through_actions_is_no_statement() -> None:
    body = "Canada expressed its support through a loan to the Bank of Ghana."
    assert "StatementMade" not in {f.type for f in facts_of(body)}


def test_met_with_a_then_with_b_is_two_meetings_with_their_own_evidence() -> None:
    body = (
        "On Tuesday Chancellor Olaf Scholz met with the World Bank, "
        "then with President Emmanuel Macron."
    )
    meetings = [f for f in facts_of(body) if f.type == "MeetingHeld"]
    assert len(meetings) == 2
    by_quote = {f.evidence[0].quote: set(roles(f)) for f in meetings}
    assert by_quote["then with President Emmanuel Macron"] == {"Olaf Scholz", "Emmanuel Macron"}
    assert (
        "Emmanuel Macron"
        not in by_quote["On Tuesday Chancellor Olaf Scholz met with the World Bank"]
    )


def test_a_statement_that_carries_a_condemnation_is_not_a_statement_of_its_own() -> None:
    body = "Chile was condemned in a joint statement by Peru and Bolivia on Monday."
    facts = facts_of(body)
    assert [f.type for f in facts] == ["CriticismExpressed"]
    assert set(roles(facts[0])) >= {"Peru", "Bolivia"}


def test_a_closing_attribution_of_a_reported_measure_is_no_statement() -> None:
    body = (
        "The Civil Aviation Authority of Norway has revoked the airline’s permit, officials said."
    )
    assert "StatementMade" not in {f.type for f in facts_of(body)}
    quoted = facts_of('"We have revoked the permit," Chancellor Olaf Scholz said.')
    assert "StatementMade" in {f.type for f in quoted}


# --- helper "roles" (session 3) ---------------------------------------------------------------


def test_aid_a_leader_provides_is_given_by_the_leaders_country() -> None:
    aid = only(facts_of("Chancellor Olaf Scholz provided aid to Kenya."), "AidProvided")
    assert roles(aid) == {"Germany": "supplier", "Kenya": "recipient"}


def test_cooperation_pledged_by_one_leader_is_the_leaders_countrys() -> None:
    body = "Chancellor Olaf Scholz said he would strengthen bilateral cooperation with Kenya."
    cooperation = only(facts_of(body), "CooperationAnnounced")
    assert roles(cooperation) == {"Germany": "party", "Kenya": "party"}


def test_we_of_a_statement_is_its_opening_subject_not_the_country_it_defended() -> None:
    body = (
        "Together with our partners, France defended Chad against the raid. "
        "We condemn the attack on Chad. We will impose sanctions on the militia leaders."
    )
    criticism = only(facts_of(body), "CriticismExpressed")
    assert roles(criticism)["France"] == "speaker"
    assert "Chad" not in {a.name for a in criticism.actors if a.role == "speaker"}


def test_i_of_a_statement_whose_we_is_a_country_is_not_that_country() -> None:
    body = (
        "Together with our partners, France defended Chad. As I discussed with my "
        "colleagues, we will impose sanctions on the militia. We condemn the raid."
    )
    assert all(
        a.name != "France" or a.role != "participant" for f in facts_of(body) for a in f.actors
    )


def test_the_leader_in_an_as_clause_is_whose_administration_follows() -> None:
    body = (
        "Yesterday, President Vladimir Putin of Russia recognized two regions of Georgia. "
        "As President Joe Biden has made clear, we will respond. "
        "Today, the Administration imposed sanctions on Belarus."
    )
    sanction = only(facts_of(body), "SanctionImposed")
    assert roles(sanction) == {"United States": "imposer", "Belarus": "target"}


def test_the_summit_a_meeting_happens_at_is_its_setting_not_a_participant() -> None:
    body = (
        "Chancellor Olaf Scholz met with President Emmanuel Macron "
        "on the margins of the G20 Summit in Rome."
    )
    meeting = only(facts_of(body), "MeetingHeld")
    assert set(roles(meeting)) == {"Olaf Scholz", "Emmanuel Macron"}


def test_the_subject_of_a_reported_clause_is_what_the_statement_is_about() -> None:
    body = "Chancellor Olaf Scholz said Kenya is a strategic partner in Africa."
    statement = only(facts_of(body), "StatementMade")
    assert roles(statement) == {"Olaf Scholz": "speaker", "Kenya": "target"}


def test_the_banks_listed_after_a_colon_are_the_targets_not_the_demonym() -> None:
    body = (
        "The United Kingdom will impose sanctions on two large Russian banks: "
        "Sberbank and VTB Bank."
    )
    sanction = only(facts_of(body), "SanctionImposed")
    assert roles(sanction) == {
        "United Kingdom": "imposer",
        "Sberbank": "target",
        "VTB Bank": "target",
    }


def test_a_heading_before_a_colon_is_no_list_of_targets() -> None:
    body = "SANCTIONS ON IRAN: Today, the United Kingdom imposed sanctions on Iran."
    sanction = only(facts_of(body), "SanctionImposed")
    assert roles(sanction) == {"United Kingdom": "imposer", "Iran": "target"}


def test_a_tally_of_sanctions_including_named_targets_is_its_own_measure() -> None:
    body = (
        "Today, we are imposing new sanctions on Iran. We will keep at it.\n\n"
        "Since 2020, the United Kingdom has sanctioned over 300 individuals and entities, "
        "including Iran, Hamas, and Hezbollah. We will continue. We stand together."
    )
    sanctions = [f for f in facts_of(body) if f.type == "SanctionImposed"]
    assert len(sanctions) == 2
    assert roles(sanctions[1])["Hamas"] == "target"
    assert "Hamas" not in roles(sanctions[0])


def test_the_states_of_a_multilateral_meeting_stay_beside_the_leaders_who_attended() -> None:
    body = (
        "The delegations of Cyprus, Greece and Israel met in Athens on Monday. The meeting was "
        "attended by Israeli prime minister Benjamin Netanyahu and Greek prime minister "
        "Kyriakos Mitsotakis."
    )
    meeting = only(facts_of(body), "MeetingHeld")
    assert set(roles(meeting)) == {
        "Cyprus",
        "Greece",
        "Israel",
        "Benjamin Netanyahu",
        "Kyriakos Mitsotakis",
    }


def test_whose_thing_the_aid_supports_is_the_recipient() -> None:
    body = (
        "Canada announced development financing to support the expansion of Kenya’s rail network."
    )
    aid = only(facts_of(body), "AidProvided")
    assert roles(aid) == {"Canada": "supplier", "Kenya": "recipient"}
    rebuilt = only(
        facts_of("Canada confirmed its support for rebuilding Kenya’s grain reserves."),
        "AidProvided",
    )
    assert roles(rebuilt)["Kenya"] == "recipient"


def test_the_speakers_own_country_giving_support_is_not_its_target() -> None:
    body = "Chancellor Olaf Scholz confirmed unwavering German support for Kenya."
    praise = only(facts_of(body), "PraiseExpressed")
    assert roles(praise) == {"Olaf Scholz": "speaker", "Kenya": "target"}


def test_an_actor_a_few_words_into_the_statement_is_its_target() -> None:
    body = "Chancellor Olaf Scholz stated that relations with President Emmanuel Macron are good."
    statement = only(facts_of(body), "StatementMade")
    assert roles(statement) == {"Olaf Scholz": "speaker", "Emmanuel Macron": "target"}
    recognised = only(
        facts_of("Chancellor Olaf Scholz recognized two regions of Georgia as independent states."),
        "StatementMade",
    )
    assert roles(recognised)["Georgia"] == "target"


def test_a_demonym_in_the_statement_is_not_its_target() -> None:
    body = "Chancellor Olaf Scholz emphasized his belief that the Kenyan people deserve peace."
    statement = only(facts_of(body), "StatementMade")
    assert roles(statement) == {"Olaf Scholz": "speaker"}


def test_a_name_qualifying_a_conflict_is_not_the_statements_target() -> None:
    body = "Chancellor Olaf Scholz stated his views on the Ukraine conflict."
    statement = only(facts_of(body), "StatementMade")
    assert roles(statement) == {"Olaf Scholz": "speaker"}


def test_a_participle_after_a_dash_shares_the_subject_before_it() -> None:
    body = "Today, Canada is holding Libya accountable—imposing new sanctions on Libya."
    sanction = only(facts_of(body), "SanctionImposed")
    assert roles(sanction) == {"Canada": "imposer", "Libya": "target"}


def test_whose_help_a_leader_asks_for_is_the_target_of_the_demand() -> None:
    body = (
        "President Emmanuel Macron asked for Chancellor Olaf Scholz’s assistance "
        "in ending the strike."
    )
    demand = only(facts_of(body), "DemandMade")
    assert roles(demand) == {"Emmanuel Macron": "speaker", "Olaf Scholz": "target"}


def test_the_allies_named_after_such_as_are_the_objects() -> None:
    body = (
        "The United Kingdom has been encouraging allies such as Germany "
        "to restrict the airline’s operations."
    )
    demand = only(facts_of(body), "DemandMade")
    assert roles(demand) == {"United Kingdom": "speaker", "Germany": "target"}


def test_a_leader_reporting_his_countrys_support_is_its_speaker() -> None:
    body = "Chancellor Olaf Scholz said Germany supports Kenya in its effort to join the council."
    praise = only(facts_of(body), "PraiseExpressed")
    assert roles(praise) == {"Olaf Scholz": "speaker", "Kenya": "target"}
    assert praise.modality == "asserted"


def test_an_appositive_or_a_place_between_subject_and_verb_keeps_the_subject() -> None:
    body = "NATO, the western military alliance, underlined that the treaty is only a framework."
    statement = only(facts_of(body), "StatementMade")
    assert roles(statement) == {"NATO": "speaker"}
    praise = only(
        facts_of("The African Union in Ethiopia praised the agreement as an advance."),
        "PraiseExpressed",
    )
    assert roles(praise) == {"African Union": "speaker"}


def test_a_meeting_at_a_seat_of_government_is_hosted_by_its_countrys_leader() -> None:
    body = "President Emmanuel Macron met today at the Élysée Palace with Chancellor Olaf Scholz."
    meeting = only(facts_of(body), "MeetingHeld")
    assert roles(meeting) == {"Emmanuel Macron": "host", "Olaf Scholz": "visitor"}


def test_whose_designation_is_reviewed_is_the_target_of_the_review() -> None:
    body = "The decree directs the minister to review Hezbollah’s designation as a terrorist group."
    review = only(facts_of(body), "SanctionLifted")
    assert roles(review) == {"Hezbollah": "target"}


def test_a_name_and_its_abbreviation_in_brackets_stay_one_actor() -> None:
    body = "Canada condemned Hay’at Tahrir al-Sham’s (HTS) attacks on Monday."
    criticism = only(facts_of(body), "CriticismExpressed")
    assert roles(criticism) == {"Canada": "speaker", "Hayat Tahrir al-Sham": "target"}


def test_who_will_attend_a_summit_is_its_participant_with_the_organisation() -> None:
    body = "Chancellor Olaf Scholz will travel to Rome on Monday and attend the G20 summit."
    meeting = only(facts_of(body), "MeetingHeld")
    assert roles(meeting) == {"Olaf Scholz": "participant", "G20": "participant"}


# --- coordinated plans (session 3) ---------------------------------------------------------


def test_a_verb_coordinated_with_a_planned_one_is_planned_too() -> None:
    text = "President Lula will fly to Tokyo and attend the annual meeting of the BRICS leaders."
    assert only(facts_of(text), "MeetingHeld").modality == "planned"


def test_a_new_clause_after_and_keeps_its_own_modality() -> None:
    text = (
        "President Lula will fly to Tokyo, and the annual meeting of the BRICS leaders "
        "opened in Kazan."
    )
    assert only(facts_of(text), "MeetingHeld").modality == "asserted"


def test_the_author_a_statement_s_title_names_is_its_first_person_speaker() -> None:
    body = (
        "Today I directed my administration to impose new sanctions on Iran. "
        "I condemn the attack on Israel in the strongest terms."
    )
    untitled = extract(body, date(2024, 4, 18), "d")
    titled = extract(body, date(2024, 4, 18), "d", "Statement from President Joe Biden on Iran")
    assert [[a.name for a in f.actors] for f in untitled] == [["Iran"]]
    assert [(f.type, [(a.name, a.role) for a in f.actors]) for f in titled] == [
        ("SanctionImposed", [("Joe Biden", "imposer"), ("Iran", "target")]),
        ("CriticismExpressed", [("Joe Biden", "speaker")]),
    ]
    # The title is context, never evidence.
    assert all(e.start >= 0 and e.quote in body for f in titled for e in f.evidence)


def test_states_a_later_mention_adds_beside_their_leaders_do_not_join_the_meeting() -> None:
    body = (
        "President Lula met President Roh Moo-hyun of South Korea in Brasilia on Tuesday. "
        "Brazil and South Korea also discussed energy cooperation."
    )
    [meeting] = extract(body, date(2004, 11, 17), "d")
    assert {a.name for a in meeting.actors} == {"Luiz Inácio Lula da Silva", "Roh Moo-hyun"}
    assert len(meeting.evidence) == 2


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Iran has refused to meet American negotiators.", "negated"),
        ("Iran declined to meet the American envoy.", "negated"),
        ("Japan and South Korea agreed to meet in May.", "planned"),
        ("President Macron went to Berlin to meet Chancellor Scholz.", "asserted"),
    ],
)
def test_an_infinitive_takes_the_modality_its_to_completes(sentence: str, modality: str) -> None:
    [meeting] = [f for f in extract(sentence, date(2024, 4, 15), "d") if f.type == "MeetingHeld"]
    assert meeting.modality == modality


def test_a_counterpart_s_nationality_is_the_person_not_a_third_party() -> None:
    text = "Wang Yi met his Russian counterpart Sergei Lavrov in Moscow on Tuesday."
    [meeting] = extract(text, date(2024, 4, 15), "d")
    assert {a.name for a in meeting.actors} == {"Wang Yi", "Sergey Lavrov"}
    unnamed = extract("Blinken met his Chinese counterpart in Beijing.", date(2024, 4, 15), "d")
    assert {a.name for a in unnamed[0].actors} == {"Antony Blinken", "China"}


def test_a_place_the_leaders_discussed_is_a_topic_not_the_meeting_s_venue() -> None:
    body = (
        "President Biden met King Abdullah II at the White House on Monday. "
        "Biden and King Abdullah II discussed the situation in Syria."
    )
    [meeting] = extract(body, date(2024, 4, 16), "d")
    assert meeting.location is not None and meeting.location.name == "White House"
    assert {(a.name, a.role) for a in meeting.actors} == {
        ("Joe Biden", "host"),
        ("Abdullah II", "visitor"),
    }


def test_a_sentence_stated_many_times_is_one_fact_with_each_statement_as_evidence() -> None:
    sentence = "Germany on Monday banned Iranian airline Mahan Air from flying in the country. "
    (fact,) = extract(sentence * 300, date(2019, 1, 23))
    assert fact.type == "SanctionImposed"
    starts = [e.start for e in fact.evidence]
    assert starts == [i * len(sentence) for i in range(300)]  # each once, in order
    assert {e.quote for e in fact.evidence} == {sentence.strip()}
