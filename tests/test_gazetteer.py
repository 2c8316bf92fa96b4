"""The actor gazetteer: data, recognition in text and within-document coreference."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.gazetteer import Actor, DocumentActors, Gazetteer, Mention
from timeline.sentences import split

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIRS = [ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus")]

PUTIN, XI, BIDEN, TRUMP, MACRON = "Q7747", "Q15031", "Q6279", "Q22686", "Q3052772"
KIM_JONG_UN, ABDULLAH, MAY = "Q56226", "Q57464", "Q264766"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


def actor(gz: Gazetteer, actor_id: str) -> Actor:
    found = gz.get(actor_id)
    assert found is not None, actor_id
    return found


def found(gz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.id) for m in gz.find(text)]


def read_along(gz: Gazetteer, *sentences: str, year: int | None = None) -> list[Mention]:
    doc = DocumentActors(gz, year=year)
    return [m for s in sentences for m in doc.mentions(s)]


def only(mentions: list[Mention], text: str) -> Mention:
    hits = [m for m in mentions if m.text == text]
    assert len(hits) == 1, (text, [(m.text, m.actor.id) for m in mentions])
    return hits[0]


# --------------------------------------------------------------------------- the data


def test_the_packaged_gazetteer_is_loaded_once_and_cached(gz: Gazetteer) -> None:
    assert Gazetteer.default() is gz


def test_importing_the_module_reads_no_data() -> None:
    code = "import timeline.gazetteer as g; print(g._default.cache_info().currsize)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


def test_ids_follow_the_documented_scheme_and_are_unique(gz: Gazetteer) -> None:
    ids = [a.id for a in gz]
    assert len(ids) == len(set(ids))
    scheme = re.compile(r"Q\d+|iso:[A-Z]{3}|x:[a-z0-9-]+")
    assert [i for i in ids if not scheme.fullmatch(i)] == []
    countries = [a for a in gz if a.kind == "country"]
    assert all(a.id.startswith("iso:") for a in countries)
    for actor in gz:
        if actor.country is not None:
            assert gz.get(actor.country) is not None, actor


def test_every_iso_country_is_there_with_its_common_name(gz: Gazetteer) -> None:
    assert sum(1 for a in gz if a.kind == "country") >= 249
    assert gz.get("iso:RUS") == gz.resolve("Russia")
    assert actor(gz, "iso:KOR").name == "South Korea"
    assert gz.resolve("Türkiye") == gz.get("iso:TUR")


def test_people_carry_their_country_and_titles(gz: Gazetteer) -> None:
    putin = actor(gz, PUTIN)
    assert (putin.name, putin.kind, putin.country) == ("Vladimir Putin", "person", "iso:RUS")
    assert {"President", "Prime Minister"} <= set(putin.titles)
    assert "Putin" in putin.aliases
    offices = gz.offices(putin)
    assert any(o.title == "Prime Minister" and o.start == 2008 and o.end == 2012 for o in offices)
    kinds = {a.kind for a in gz}
    assert kinds == {"person", "country", "organisation", "city"}


def test_the_data_covers_heads_foreign_ministers_bodies_and_cities(gz: Gazetteer) -> None:
    counts = {kind: sum(1 for a in gz if a.kind == kind) for kind in ("person", "organisation")}
    assert counts["person"] > 600 and counts["organisation"] > 90
    assert sum(1 for a in gz if a.kind == "city") > 350
    for name in ("Sergey Lavrov", "Wang Yi", "Antony Blinken", "Annalena Baerbock", "Penny Wong"):
        person = gz.resolve(name)
        assert person is not None and any("Foreign" in t or "State" in t for t in person.titles)
    assert gz.resolve("Keir Starmer") is not None and gz.resolve("Lula") == gz.get("Q37181")


def test_resolve_takes_ids_names_aliases_and_codes_in_any_case(gz: Gazetteer) -> None:
    assert gz.resolve("putin") == gz.get(PUTIN)
    assert gz.resolve(PUTIN) == gz.get(PUTIN)
    assert gz.resolve("VLADIMIR PUTIN") == gz.get(PUTIN)
    assert gz.resolve("us") == gz.get("iso:USA")
    assert gz.resolve("rus") == gz.get("iso:RUS")
    assert gz.resolve("nato") == gz.get("Q7184")
    assert gz.resolve("no such actor") is None


def test_search_ranks_exact_then_prefix_matches(gz: Gazetteer) -> None:
    assert gz.search("Merkel")[0].id == "Q567"
    assert gz.search("merk")[0].id == "Q567"
    korea = [a.id for a in gz.search("korea")[:3]]
    assert {"iso:KOR", "iso:PRK"} <= set(korea)
    assert gz.search("") == []


def test_country_of_gives_the_country_of_a_person_city_or_national_body(gz: Gazetteer) -> None:
    moscow = gz.resolve("Moscow")
    assert moscow is not None and moscow.kind == "city"
    assert gz.country_of(moscow) == gz.get("iso:RUS")
    assert gz.country_of(actor(gz, XI)) == gz.get("iso:CHN")
    assert gz.country_of(actor(gz, "x:hezbollah")) == gz.get("iso:LBN")
    assert gz.country_of(actor(gz, "iso:FRA")) == gz.get("iso:FRA")
    assert gz.country_of(actor(gz, "Q1065")) is None


def test_office_holders_are_known_by_year(gz: Gazetteer) -> None:
    assert [a.id for a in gz.holders("President", "iso:RUS", 2010)] == ["x:dmitry-medvedev"]
    assert [a.id for a in gz.holders("Russian leader", "iso:RUS", 2015)] == []
    assert PUTIN in [a.id for a in gz.holders("leader", "iso:RUS", 2015)]


# --------------------------------------------------------------------------- names in text


def test_a_leader_introduced_with_nationality_and_title_is_one_mention(gz: Gazetteer) -> None:
    text = "Russian leader Vladimir Putin phoned Chinese President Xi Jinping on Friday."
    assert found(gz, text) == [
        ("Russian leader Vladimir Putin", PUTIN),
        ("Chinese President Xi Jinping", XI),
    ]


def test_spans_index_the_text_given(gz: Gazetteer) -> None:
    text = "Talks between Emmanuel Macron and Olaf Scholz ended."
    for m in gz.find(text):
        assert text[m.start : m.end] == m.text
    assert [m.via for m in gz.find(text)] == ["name", "name"]


def test_a_royal_title_and_country_are_part_of_the_mention(gz: Gazetteer) -> None:
    text = "On Monday His Majesty King Abdullah II of Jordan arrived in Paris."
    assert found(gz, text) == [
        ("His Majesty King Abdullah II of Jordan", ABDULLAH),
        ("Paris", "x:paris"),
    ]


def test_a_formal_name_with_initial_and_suffix_resolves(gz: Gazetteer) -> None:
    assert found(gz, "President Joseph R. Biden, Jr. signed the order.") == [
        ("President Joseph R. Biden, Jr.", BIDEN)
    ]


def test_a_country_after_a_titled_name_extends_the_mention(gz: Gazetteer) -> None:
    assert found(gz, "Prime Minister Naftali Bennett of Israel flew home.") == [
        ("Prime Minister Naftali Bennett of Israel", "x:naftali-bennett")
    ]


def test_a_lowercase_title_still_introduces_a_name(gz: Gazetteer) -> None:
    text = "Later the Greek prime minister Kyriakos Mitsotakis spoke to students."
    assert found(gz, text) == [
        ("Greek prime minister Kyriakos Mitsotakis", "x:kyriakos-mitsotakis")
    ]


def test_a_title_with_a_country_complement_and_comma_resolves(gz: Gazetteer) -> None:
    text = "It hosted the Prime Minister of the Republic of Iraq, Mohammed Shia al-Sudani, today."
    assert found(gz, text) == [
        (
            "Prime Minister of the Republic of Iraq, Mohammed Shia al-Sudani",
            "x:mohammed-shia-al-sudani",
        )
    ]


def test_a_surname_that_is_a_common_word_needs_a_title(gz: Gazetteer) -> None:
    assert found(gz, "In May the talks resumed.") == []
    assert found(gz, "Prime Minister May said no.") == [("Prime Minister May", MAY)]
    assert found(gz, "Ms. Brown and Mr. Johnson arrived.") == []


def test_a_titled_unknown_person_gets_a_derived_id(gz: Gazetteer) -> None:
    mentions = gz.find("Prime Minister Jane Doe of Freedonia met Foreign Minister Ali Baba.")
    assert [(m.text, m.actor.id, m.via) for m in mentions] == [
        ("Prime Minister Jane Doe", "x:jane-doe", "derived"),
        ("Foreign Minister Ali Baba", "x:ali-baba", "derived"),
    ]
    jane = mentions[0].actor
    assert (jane.kind, jane.name, jane.titles) == ("person", "Jane Doe", ("Prime Minister",))


def test_a_derived_person_takes_the_country_of_the_title(gz: Gazetteer) -> None:
    (spokesperson,) = gz.find("NSC Spokesperson Maria Gomez declined to comment.")
    assert spokesperson.text == "NSC Spokesperson Maria Gomez"
    assert (spokesperson.actor.id, spokesperson.actor.country) == ("x:maria-gomez", "iso:USA")
    (envoy,) = gz.find("the Japanese ambassador to Peru Kenji Sato said")
    assert (envoy.actor.id, envoy.actor.country) == ("x:kenji-sato", "iso:JPN")


def test_a_name_followed_by_a_title_in_apposition_is_a_person(gz: Gazetteer) -> None:
    mentions = gz.find("Maria Lopez, the foreign minister of Freedonia, resigned.")
    assert [(m.text, m.actor.id, m.via) for m in mentions] == [
        ("Maria Lopez", "x:maria-lopez", "derived")
    ]


def test_a_plural_title_introduces_each_person(gz: Gazetteer) -> None:
    text = "Presidents Cyril Ramaphosa and Bola Tinubu met in Abuja."
    assert found(gz, text) == [
        ("Presidents Cyril Ramaphosa", "x:cyril-ramaphosa"),
        ("Bola Tinubu", "x:bola-tinubu"),
        ("Abuja", "x:abuja"),
    ]


def test_a_demonym_alone_is_a_mention_of_the_country(gz: Gazetteer) -> None:
    (m,) = gz.find("Chinese media criticised the decision.")
    assert (m.text, m.actor.id, m.via) == ("Chinese", "iso:CHN", "demonym")


def test_coordinated_countries_are_separate_mentions(gz: Gazetteer) -> None:
    assert found(gz, "the United States and China signed") == [
        ("United States", "iso:USA"),
        ("China", "iso:CHN"),
    ]


def test_a_possessive_country_before_a_name_is_its_own_mention(gz: Gazetteer) -> None:
    # Spans never include the possessive 's.
    assert found(gz, "North Korea's Kim Jong Un's sister spoke.") == [
        ("North Korea", "iso:PRK"),
        ("Kim Jong Un", KIM_JONG_UN),
    ]


def test_a_possessive_country_before_a_title_and_name_belongs_to_the_person(
    gz: Gazetteer,
) -> None:
    assert found(gz, "Iran's President Masoud Pezeshkian spoke.") == [
        ("Iran's President Masoud Pezeshkian", "x:masoud-pezeshkian")
    ]


def test_names_are_case_sensitive(gz: Gazetteer) -> None:
    assert found(gz, "She served turkey on fine china and asked us to chad.") == []
    assert found(gz, "Turkey, China and the US") == [
        ("Turkey", "iso:TUR"),
        ("China", "iso:CHN"),
        ("US", "iso:USA"),
    ]


def test_a_name_inside_a_longer_word_is_not_matched(gz: Gazetteer) -> None:
    (m,) = gz.find("Iranian officials")
    assert (m.text, m.via) == ("Iranian", "demonym")
    assert found(gz, "a visit to Xi'an") == [("Xi'an", "x:xi-an")]
    assert found(gz, "the Chadian army") == [("Chadian", "iso:TCD")]


def test_accents_and_capitals_are_folded(gz: Gazetteer) -> None:
    assert found(gz, "in BRASILIA, in Brasília, in Brasilia") == [
        (w, "x:brasilia") for w in ("BRASILIA", "Brasília", "Brasilia")
    ]
    assert found(gz, "Recep Tayyip Erdogan and Erdoğan") == [
        ("Recep Tayyip Erdogan", "Q39259"),
        ("Erdoğan", "Q39259"),
    ]


def test_a_capital_is_the_city_after_a_preposition_and_the_government_otherwise(
    gz: Gazetteer,
) -> None:
    mentions = gz.find("Moscow warned Kyiv after talks in Moscow and Beijing.")
    assert [(m.text, m.actor.id, m.via) for m in mentions] == [
        ("Moscow", "iso:RUS", "capital"),
        ("Kyiv", "iso:UKR", "capital"),
        ("Moscow", "x:moscow", "name"),
        ("Beijing", "x:beijing", "name"),
    ]


def test_seats_of_government_are_mentions_of_their_country(gz: Gazetteer) -> None:
    assert found(gz, "The Kremlin and Downing Street replied; Brussels objected.") == [
        ("Kremlin", "iso:RUS"),
        ("Downing Street", "iso:GBR"),
        ("Brussels", "Q458"),
    ]


def test_organisations_are_found_by_name_and_abbreviation(gz: Gazetteer) -> None:
    text = "NATO, the EU, the IMF, the African Union and the UN Security Council met."
    assert found(gz, text) == [
        ("NATO", "Q7184"),
        ("EU", "Q458"),
        ("IMF", "x:imf"),
        ("African Union", "x:african-union"),
        ("UN Security Council", "x:un-security-council"),
    ]


def test_place_phrases_that_contain_a_country_name_are_not_mentions(gz: Gazetteer) -> None:
    assert found(gz, "ships in the South China Sea and a visit to New Mexico") == []
    assert found(gz, "Latin American leaders") == []


def test_an_organisation_the_data_lacks_is_found_by_its_organisation_word(gz: Gazetteer) -> None:
    mentions = gz.find(
        "Lenders cut ties with the Central Bank of Freedonia, the Narnian Export Credit Agency "
        "and a Russian Naval Training Center."
    )
    assert [(m.text, m.actor.kind, m.actor.country, m.via) for m in mentions] == [
        ("Central Bank of Freedonia", "organisation", None, "derived"),
        ("Narnian Export Credit Agency", "organisation", None, "derived"),
        ("Russian Naval Training Center", "organisation", "iso:RUS", "derived"),
    ]
    assert mentions[0].actor.id == "x:central-bank-of-freedonia"


def test_a_derived_organisation_takes_the_country_it_is_of(gz: Gazetteer) -> None:
    [bank] = gz.find("Bonds issued by the Development Bank of Peru rallied.")
    assert (bank.text, bank.actor.country) == ("Development Bank of Peru", "iso:PER")
    [police] = gz.find("The Chilean National Police denied it.")
    assert (police.text, police.actor.country) == ("Chilean National Police", "iso:CHL")


def test_a_phrase_that_does_not_open_with_the_organisation_is_not_one(gz: Gazetteer) -> None:
    assert found(gz, "Members of Parliament walked out.") == []
    assert found(gz, "Friends of the Earth Council replied.") == []


def test_a_ministry_the_data_lacks_stays_its_country(gz: Gazetteer) -> None:
    # A department speaks for its government: the country is the actor.
    assert found(gz, "The Foreign Ministry of Chile protested.") == [("Chile", "iso:CHL")]
    assert found(gz, "The Federal Transport Office of Austria agreed.") == [("Austria", "iso:AUT")]


def test_a_known_organisation_with_a_country_after_it_stays_known(gz: Gazetteer) -> None:
    assert found(gz, "the Islamic Revolutionary Guard Corps of Iran said") == [
        ("Islamic Revolutionary Guard Corps", "x:irgc"),
        ("Iran", "iso:IRN"),
    ]


def test_armed_services_and_state_banks_are_organisations(gz: Gazetteer) -> None:
    assert found(gz, "The U.S. Army and the US Navy trained with Bank of Russia staff.") == [
        ("U.S. Army", "Q9212"),
        ("US Navy", "x:us-navy"),
        ("Bank of Russia", "x:bank-of-russia"),
    ]
    assert actor(gz, "x:vnesheconombank").country == "iso:RUS"


def test_designations_that_end_in_an_organisation_word_are_not_organisations(
    gz: Gazetteer,
) -> None:
    assert found(gz, "It was listed as a Foreign Terrorist Organization last year.") == []


def test_heads_of_government_added_to_the_data_hold_their_offices(gz: Gazetteer) -> None:
    assert [a.name for a in gz.holders("prime minister", "iso:VNM", 2024)] == ["Pham Minh Chinh"]
    assert [a.name for a in gz.holders("emir", "iso:KWT", 2024)] == [
        "Mishal Al-Ahmad Al-Jaber Al-Sabah"
    ]
    assert found(gz, "Slovak Prime Minister Robert Fico met President Maia Sandu.") == [
        ("Slovak Prime Minister Robert Fico", "x:robert-fico"),
        ("President Maia Sandu", "x:maia-sandu"),
    ]


# --------------------------------------------------------------------------- documents


def test_a_derived_person_is_found_again_by_surname_in_the_same_document(gz: Gazetteer) -> None:
    mentions = read_along(
        gz,
        "Prime Minister Jane Doe of Freedonia arrived on Tuesday.",
        "Doe told reporters the visit went well.",
        "Later Ms. Doe left for the airport.",
    )
    assert [(m.text, m.actor.id, m.via) for m in mentions] == [
        ("Prime Minister Jane Doe", "x:jane-doe", "derived"),
        ("Doe", "x:jane-doe", "coref"),
        ("Ms. Doe", "x:jane-doe", "coref"),
    ]


def test_a_common_surname_resolves_once_the_person_is_in_the_document(gz: Gazetteer) -> None:
    mentions = read_along(gz, "Boris Johnson called.", "Johnson said little.")
    assert only(mentions, "Johnson").actor.id == "Q180589"
    assert found(gz, "Johnson said little.") == []


def test_a_short_name_prefers_the_person_already_in_the_document(gz: Gazetteer) -> None:
    assert found(gz, "Kim said nothing.") == [("Kim", KIM_JONG_UN)]
    mentions = read_along(gz, "President Kim Dae-jung flew to Tokyo.", "Kim said nothing.")
    assert only(mentions, "Kim").actor.id == "x:kim-dae-jung"


def test_an_organisations_short_name_resolves_once_it_is_in_the_document(gz: Gazetteer) -> None:
    assert found(gz, "Mahan denied it.") == []
    mentions = read_along(gz, "Germany banned Mahan Air on Monday.", "Mahan denied it.")
    assert [(m.text, m.actor.id, m.via) for m in mentions] == [
        ("Germany", "iso:DEU", "name"),
        ("Mahan Air", "x:mahan-air", "name"),
        ("Mahan", "x:mahan-air", "coref"),
    ]


def test_an_organisations_short_name_is_never_a_person(gz: Gazetteer) -> None:
    mentions = read_along(gz, "Mahan Air flew.", "Chairman Mahan said so.")
    assert [(m.text, m.actor.kind) for m in mentions] == [
        ("Mahan Air", "organisation"),
        ("Chairman Mahan", "person"),  # someone named Mahan, not the airline
    ]


def test_a_title_description_resolves_to_the_latest_holder_in_the_document(
    gz: Gazetteer,
) -> None:
    mentions = read_along(
        gz,
        "President Joe Biden received Prime Minister Naftali Bennett.",
        "The President thanked the Prime Minister for the visit.",
    )
    president = only(mentions, "The President")
    assert (president.actor.id, president.via) == (BIDEN, "title")
    assert only(mentions, "the Prime Minister").actor.id == "x:naftali-bennett"


def test_a_nationality_description_resolves_to_that_countrys_leader(gz: Gazetteer) -> None:
    mentions = read_along(
        gz,
        "Chinese President Xi Jinping hosted French President Emmanuel Macron.",
        "The Chinese leader praised the French president.",
    )
    assert only(mentions, "The Chinese leader").actor.id == XI
    assert only(mentions, "the French president").actor.id == MACRON


def test_his_majesty_resolves_to_the_monarch_in_the_document(gz: Gazetteer) -> None:
    mentions = read_along(
        gz,
        "President Donald Trump met King Abdullah II on Tuesday.",
        "The President praised His Majesty for the talks.",
    )
    assert only(mentions, "His Majesty").actor.id == ABDULLAH
    assert only(mentions, "The President").actor.id == TRUMP


def test_the_two_leaders_is_a_group_of_the_people_just_mentioned(gz: Gazetteer) -> None:
    mentions = read_along(
        gz,
        "Chinese President Xi Jinping hosted French President Emmanuel Macron.",
        "The two leaders discussed trade, and both leaders praised the talks.",
    )
    group = only(mentions, "The two leaders")
    assert group.via == "coref"
    assert group.actor == Actor(
        f"group:{XI}+{MACRON}",
        "Xi Jinping and Emmanuel Macron",
        "group",
        None,
        (XI, MACRON),
    )
    assert only(mentions, "both leaders").actor.id == group.actor.id


def test_the_leaders_of_someone_else_are_not_a_group(gz: Gazetteer) -> None:
    mentions = read_along(
        gz,
        "Joe Biden met Emmanuel Macron.",
        "They urged the leaders of the region to act.",
    )
    assert all(m.actor.kind != "group" for m in mentions)


def test_a_description_without_an_antecedent_is_not_a_person(gz: Gazetteer) -> None:
    mentions = read_along(gz, "The Russian leader did not comment.")
    assert [(m.text, m.actor.id) for m in mentions] == [("Russian", "iso:RUS")]


def test_the_publication_year_resolves_an_office_holder_not_yet_named(gz: Gazetteer) -> None:
    mentions = read_along(gz, "The Russian president did not comment.", year=2019)
    assert [(m.text, m.actor.id, m.via) for m in mentions] == [
        ("The Russian president", PUTIN, "title")
    ]
    mentions = read_along(gz, "The Russian president did not comment.", year=2010)
    assert [m.actor.id for m in mentions] == ["x:dmitry-medvedev"]


def test_an_offset_makes_spans_index_the_whole_body(gz: Gazetteer) -> None:
    body = "Prime Minister Jane Doe landed. Doe met King Charles III in London."
    doc = DocumentActors(gz)
    mentions = [m for s in split(body) for m in doc.mentions(s.text, s.start)]
    assert [(m.text, m.actor.id) for m in mentions] == [
        ("Prime Minister Jane Doe", "x:jane-doe"),
        ("Doe", "x:jane-doe"),
        ("King Charles III", "x:charles-iii"),
        ("London", "x:london"),
    ]
    assert all(body[m.start : m.end] == m.text for m in mentions)
    assert [a.id for a in doc.people] == ["x:jane-doe", "x:charles-iii"]


# --------------------------------------------------------------------------- real texts


def corpus_files() -> list[Path]:
    for folder in CORPUS_DIRS:
        if folder.is_dir():
            return sorted(folder.glob("*.txt"))
    return []


def corpus_body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[lines.index("---") + 1 :])


def test_the_shared_corpus_is_beside_the_repository() -> None:
    assert corpus_files(), "shared/corpus is not beside the repository"


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_every_corpus_text_yields_actors_with_exact_spans(gz: Gazetteer, path: Path) -> None:
    body = corpus_body(path)
    plain = gz.find(body)
    assert plain, "no actor found"
    doc = DocumentActors(gz)
    in_doc = [m for s in split(body) for m in doc.mentions(s.text, s.start)]
    assert in_doc
    for m in plain + in_doc:
        assert body[m.start : m.end] == m.text
        assert m.via in ("name", "alias", "demonym", "capital", "title", "derived", "coref")


def test_find_is_fast_enough_for_bulk_ingest(gz: Gazetteer) -> None:
    sentences = [
        "Russian leader Vladimir Putin phoned Chinese President Xi Jinping on Friday.",
        "The talks in Geneva between the United States and Iran ended without a deal.",
        "Prime Minister Jane Doe of Freedonia said the IMF loan would be signed in May.",
        "Officials in Brussels said the EU would impose new sanctions on Belarus next week.",
    ] * 50
    start = time.perf_counter()
    for sentence in sentences:
        gz.find(sentence)
    per_sentence = (time.perf_counter() - start) / len(sentences)
    assert per_sentence < 0.002  # typically ~0.1 ms; generous for slow CI machines


def test_odd_input_never_breaks_recognition(gz: Gazetteer) -> None:
    text = (
        "the The President Prime Minister of Israel Jane Doe , . 's ' - – Mr. HH His Majesty King "
        "Abdullah II and both two leaders Kim Jong Un U.S. Moscow in Presidents Jr. R. el-Sisi "
        "Chief Executive Officer Sheikh ( ) ; \n Ms. Doe former President-elect BRASÍLIA NSC"
    )
    pieces = text.split(" ")
    rng = random.Random(3)
    for _ in range(500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        doc = DocumentActors(gz)
        for mentions in (gz.find(text), doc.mentions(text)):
            ends = [0]
            for m in mentions:
                assert text[m.start : m.end] == m.text and m.start >= ends[-1]
                ends.append(m.end)


def test_tokens_are_the_token_pattern_with_glue() -> None:
    from timeline import gazetteer

    text = "Moo-hyun's visit—to Xi'an, “São Paulo”  and  U.S.-Iraq talks…  (2023)  "
    toks = gazetteer._tokenize(text)
    expected = [(m.start(), m.end(), m.group()) for m in gazetteer._TOKEN.finditer(text)]
    assert [(t.start, t.end, t.text) for t in toks] == expected
    glued = [i > 0 and toks[i - 1].end == t.start for i, t in enumerate(toks)]
    assert [t.glued for t in toks] == glued
    assert [t.key for t in toks] == [gazetteer._fold(t.text) for t in toks]


def test_trie_entries_are_in_rank_order(gz: Gazetteer) -> None:
    # Readers take the first entry of a node as the best one: no sorting at scan time.
    stack = [gz._root]
    while stack:
        node = stack.pop()
        ranks = [e.rank for e in node.entries]
        assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
        stack.extend(node.kids.values())


def test_the_start_flags_of_a_token_never_skip_a_reader_that_finds_something(
    gz: Gazetteer,
) -> None:
    from timeline import gazetteer

    text = (
        "the The THE President president Prime prime Minister of Israel Jane Doe , . 's ' - "
        "Mr. HH His Her Majesty King Abdullah II and And both Both two leaders Kim Jong Un U.S. "
        "Moscow in Presidents Jr. R. el-Sisi Chief Executive Officer Sheikh ( ) ; Ms. Doe "
        "former President-elect BRASÍLIA NSC Central Bank of Peru Russian Naval Academy Center "
        "security economic Foreign Ministry foreign minister Mahan Air Mahan Yesterday"
    )
    pieces = text.split(" ")
    readers = [
        (gazetteer._GROUP, "_group"),
        (gazetteer._TITLED, "_titled"),
        (gazetteer._DESCRIPTION, "_description"),
        (gazetteer._HONORIFIC, "_honorific"),
        (gazetteer._BODY, "_body"),
        (gazetteer._PLAIN, "_plain"),
        (gazetteer._APPOSITIVE, "_appositive"),
    ]
    rng = random.Random(5)
    for _ in range(300):
        sample = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        doc = DocumentActors(gz)
        doc.mentions("Jane Doe, the foreign minister of Freedonia, and Kim Jong Un met.")
        doc.mentions("Germany banned Mahan Air.")
        scan = gazetteer._Scan(sample, gazetteer._tokenize(sample), doc)
        for i, tok in enumerate(scan.toks):
            kind = gz._start_kind(tok)
            for flag, name in readers:
                if kind & flag:
                    continue
                if name == "_description":
                    result = gz._description(scan, i, [])
                else:
                    result = getattr(gz, name)(scan, i)
                if name == "_plain" and kind & gazetteer._LOCAL:
                    continue  # _scan asks the document's short names directly
                assert result is None, (sample, tok.text, name)
            if not kind & (gazetteer._PLAIN | gazetteer._LOCAL):
                assert doc._local(scan.toks, i) is None, (sample, tok.text)
            if not kind & gazetteer._MAY_TITLE:
                assert gz._read_title(scan, i) is None, (sample, tok.text)


# --- helper "roles" (session 3) ---------------------------------------------------------------


def test_the_cypriot_parties_are_known_organisations_of_cyprus(gz: Gazetteer) -> None:
    hits = found(gz, "The Democratic Rally and AKEL disagreed.")
    assert hits == [("Democratic Rally", "x:democratic-rally"), ("AKEL", "x:akel")]
    assert actor(gz, "x:akel").name == "Progressive Party of Working People"
    assert actor(gz, "x:democratic-rally").country == "iso:CYP"


def test_the_bare_title_of_a_portfolio_holder_resolves_to_them(gz: Gazetteer) -> None:
    mentions = read_along(
        gz,
        "Commissioner Albert Muchanga opened the forum in Kigali.",
        "The commissioner said the rules would follow.",
    )
    assert only(mentions, "The commissioner").actor.id == "x:albert-muchanga"


def test_major_companies_are_actors_with_their_home_country(gz: Gazetteer) -> None:
    text = "Boeing will sell aircraft to Turkey, and Saudi Aramco will supply crude to China."
    found = {m.actor.name: m.actor.country for m in gz.find(text)}
    assert found["Boeing"] == "iso:USA"
    assert found["Saudi Aramco"] == "iso:SAU"


def test_the_ascii_tokenizer_splits_ascii_text_as_the_general_one_does() -> None:
    # The scanner tokenises ASCII sentences with a simpler pattern (speed); both must agree
    # on every ASCII text, control characters and underscores included.
    from timeline.gazetteer import _SPACED_ASCII_TOKEN, _SPACED_TOKEN

    rng = random.Random(5)
    alphabet = [chr(c) for c in range(128)]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _SPACED_ASCII_TOKEN.findall(text) == _SPACED_TOKEN.findall(text), repr(text)


def test_readers_skipped_for_want_of_a_word_find_the_same_mentions(gz: Gazetteer) -> None:
    # Sentence-level gates skip the title, group, description, appositive and body readers
    # when the sentence lacks a word they need; where it has one, they still read.
    doc = DocumentActors(gz, year=2021)
    doc.mentions("President Joe Biden met Prime Minister Naftali Bennett.")
    found = doc.mentions(
        "The two leaders spoke; the President thanked the Central Bank of Freedonia."
    )
    assert [(m.text, m.via) for m in found] == [
        ("The two leaders", "coref"),
        ("the President", "title"),
        ("Central Bank of Freedonia", "derived"),
    ]
    found = doc.mentions("Jane Roe, the foreign minister of Freedonia, said Biden agreed.")
    assert [(m.text, m.actor.id) for m in found] == [
        ("Jane Roe", "x:jane-roe"),
        ("Biden", BIDEN),
    ]


def test_organisations_the_news_names_carry_their_country(gz: Gazetteer) -> None:
    for name, country in [
        ("Rapid Support Forces", "iso:SDN"),
        ("M23", "iso:COD"),
        ("CJNG", "iso:MEX"),
        ("OFAC", "iso:USA"),
        ("Shin Bet", "iso:ISR"),
        ("SBU", "iso:UKR"),
    ]:
        found = gz.resolve(name)
        assert found is not None and found.kind == "organisation", name
        assert found.country == country, name
    for name in ("Quintet", "Five Eyes", "OPCW", "OCHA", "IOM", "ECOWAS", "Arab League"):
        found = gz.resolve(name)
        assert found is not None and found.kind == "organisation" and found.country is None
