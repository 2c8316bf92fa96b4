"""Phrasings the 1.6 extractor got wrong (round 11c): a partner after a time or place set off
by commas, "the parties", possessive targets, threats and offers of aid in speech, offers to
host talks, and denials.

Every sentence was written for its test, none taken from a gold text; the negative cases
keep what must not become a fact.
"""

from __future__ import annotations

from datetime import date

from support import only, roles

from timeline.extraction import extract
from timeline.values import ExtractedFact

PUBLISHED = date(2024, 3, 14)  # a Thursday


def facts_of(text: str) -> list[ExtractedFact]:
    return extract(text, PUBLISHED, "doc-1")


def types_of(text: str) -> list[str]:
    return [fact.type for fact in facts_of(text)]


# --- 1. "met today in Washington, D.C., with X": the partner after a comma-set adverbial --


def test_a_partner_after_a_place_with_a_comma_inside_it_is_still_met() -> None:
    text = "President Biden met today in Washington, D.C., with President Macron of France."
    fact = only(facts_of(text), "MeetingHeld")
    assert {"Joe Biden", "Emmanuel Macron"} <= set(roles(fact))


def test_a_partner_after_a_day_and_a_place_set_off_by_commas_is_still_met() -> None:
    text = "Chancellor Scholz met on Tuesday, in Vienna, with President Zelensky."
    fact = only(facts_of(text), "MeetingHeld")
    assert set(roles(fact)) == {"Olaf Scholz", "Volodymyr Zelensky"}
    assert fact.location is not None and fact.location.name == "Vienna"


def test_the_country_after_a_city_is_part_of_the_place_not_a_participant() -> None:
    text = "Chancellor Scholz met Thursday in Geneva, Switzerland, with President Zelensky."
    fact = only(facts_of(text), "MeetingHeld")
    assert set(roles(fact)) == {"Olaf Scholz", "Volodymyr Zelensky"}


def test_a_phone_call_dated_with_commas_still_finds_the_other_caller() -> None:
    text = "Secretary Blinken spoke by phone on Monday, March 11, with Foreign Minister Wang Yi."
    fact = only(facts_of(text), "MeetingHeld")
    assert set(roles(fact)) == {"Antony Blinken", "Wang Yi"}
    assert fact.when is not None and fact.when.edtf == "2024-03-11"


def test_a_call_placed_from_a_city_set_off_by_commas_still_finds_the_other_caller() -> None:
    text = "Chancellor Scholz spoke on Tuesday, from Berlin, with President Zelensky."
    fact = only(facts_of(text), "MeetingHeld")
    assert set(roles(fact)) == {"Olaf Scholz", "Volodymyr Zelensky"}


def test_a_partner_after_talks_on_a_summits_sidelines_set_off_by_commas_is_still_met() -> None:
    for text in (
        "Secretary Blinken held talks on Monday, in Geneva, with Foreign Minister Lavrov.",
        "Prime Minister Modi met on the sidelines of the G20 summit in New Delhi, India, with "
        "President Biden.",
        "Chancellor Scholz met during a visit to Kyiv, with President Zelensky.",
        "Chancellor Scholz met on March 4, 2024, in Paris, with President Macron.",
    ):
        fact = only(facts_of(text), "MeetingHeld")
        assert len(roles(fact)) == 2, text
        assert "India" not in roles(fact) and "G20" not in roles(fact), text


def test_an_absolute_phrase_after_a_comma_set_meeting_place_adds_nobody() -> None:
    text = "The leaders met during the summit, with protesters gathering outside."
    assert types_of(text) == []


def test_a_country_left_out_of_a_meeting_in_an_absolute_phrase_is_no_participant() -> None:
    text = "The foreign ministers of France and Germany met in Paris on Monday, with Russia absent."
    fact = only(facts_of(text), "MeetingHeld")
    assert set(roles(fact)) == {"France", "Germany"}


def test_an_absolute_phrase_after_a_meeting_adds_no_partner() -> None:
    text = "Putin and Xi met in Moscow on Monday, with both leaders saying ties were strong."
    fact = only(facts_of(text), "MeetingHeld")
    assert set(roles(fact)) == {"Vladimir Putin", "Xi Jinping"}


def test_discussing_ways_to_advance_cooperation_is_the_topic_of_talks_not_cooperation() -> None:
    text = (
        "Chancellor Scholz met today in Berlin, Germany, with President Zelensky. They "
        "discussed ways to advance bilateral cooperation on energy."
    )
    assert "CooperationAnnounced" not in types_of(text)
    assert "CooperationAnnounced" not in types_of(
        "France and Germany discussed how to deepen cooperation on energy."
    )


def test_agreeing_to_advance_cooperation_is_still_cooperation() -> None:
    text = "France and Germany agreed to advance bilateral cooperation on energy."
    assert "CooperationAnnounced" in types_of(text)


# --- 2. "the parties", "both parties", "the two sides": the pair just named ---------------


def test_the_parties_after_an_agreement_of_two_states_are_those_states() -> None:
    text = (
        "Armenia and Azerbaijan signed a peace agreement in Washington on Monday. "
        "The parties agreed to hold further talks in May."
    )
    fact = only(facts_of(text), "MeetingHeld")
    assert fact.modality == "planned"
    assert set(roles(fact)) == {"Armenia", "Azerbaijan"}


def test_both_parties_two_sentences_after_the_talks_are_their_two_sides() -> None:
    text = (
        "Representatives of Serbia and Kosovo held talks in Brussels on Monday under EU "
        "mediation. The talks lasted six hours. Both parties agreed to meet again in April."
    )
    planned = [f for f in facts_of(text) if f.type == "MeetingHeld" and f.modality == "planned"]
    assert len(planned) == 1
    assert set(roles(planned[0])) == {"Serbia", "Kosovo"}


def test_both_sides_after_a_signed_deal_pledge_cooperation_together() -> None:
    text = (
        "Serbia signed a trade agreement with Kosovo on Monday. The agreement covers tariffs. "
        "Both sides pledged to cooperate on customs."
    )
    fact = only(facts_of(text), "CooperationAnnounced")
    assert set(roles(fact)) == {"Serbia", "Kosovo"}


def test_the_parties_of_mediated_talks_are_the_two_sides_not_the_mediator() -> None:
    text = (
        "The United States hosted talks between Serbia and Kosovo on Monday. "
        "The parties condemned the attack on the convoy."
    )
    fact = only(facts_of(text), "CriticismExpressed")
    assert roles(fact) == {"Serbia": "speaker", "Kosovo": "speaker"}


def test_the_two_sides_after_a_hosted_visit_are_host_and_guest() -> None:
    text = (
        "Chancellor Scholz hosted President Macron in Berlin on Monday. "
        "The parties signed a memorandum on energy."
    )
    fact = only(facts_of(text), "AgreementSigned")
    assert set(roles(fact)) == {"Olaf Scholz", "Emmanuel Macron"}


def test_two_states_defined_as_the_parties_are_the_parties_later_on() -> None:
    text = (
        "On Monday, delegations of Ethiopia (ETH) and Eritrea (the Parties) met in Nairobi "
        "with Kenyan mediators. Kenya presented a plan for the border. The parties requested "
        "that the African Union consider the plan."
    )
    fact = only(facts_of(text), "DemandMade")
    assert roles(fact) == {
        "Ethiopia": "speaker",
        "Eritrea": "speaker",
        "African Union": "target",
    }


def test_the_parties_with_no_pair_named_before_are_nobody() -> None:
    text = (
        "Elections were held in Serbia on Sunday. The parties condemned the attack on the convoy."
    )
    assert types_of(text) == []


def test_the_parties_after_a_meeting_of_three_are_no_earlier_pair() -> None:
    text = (
        "Serbia and Kosovo signed a deal on Monday. France, Germany and Italy met in Rome on "
        "Tuesday. The parties condemned the attack on the convoy."
    )
    assert "CriticismExpressed" not in types_of(text)


def test_the_parties_long_after_the_talks_are_nobody() -> None:
    text = (
        "Serbia and Kosovo held talks in Brussels on Monday. The weather was cold. Traffic "
        "was heavy. Schools were closed. The parties condemned the attack on the convoy."
    )
    assert "CriticismExpressed" not in types_of(text)


# --- 3. targets held by a possessive object -----------------------------------------------


def test_the_owner_of_frozen_assets_is_the_target() -> None:
    for text in (
        "The European Union froze the assets of Russia's central bank.",
        "Japan froze the assets of the central bank of Russia.",
        "The EU froze Russia's assets.",
        "Canada froze the assets of the Russian central bank.",
    ):
        fact = only(facts_of(text), "SanctionImposed")
        assert roles(fact).get("Russia") == "target", text


def test_frozen_reserves_of_a_central_bank_target_its_country() -> None:
    fact = only(facts_of("The US froze the Afghan central bank's reserves."), "SanctionImposed")
    assert roles(fact) == {"United States": "imposer", "Afghanistan": "target"}


def test_a_blocked_membership_targets_the_country_that_applied() -> None:
    for text in (
        "Turkey will block Sweden's membership in NATO.",
        "Hungary is blocking Ukraine's bid to join the European Union.",
        "Turkey blocked Sweden's membership of NATO.",
    ):
        fact = only(facts_of(text), "SanctionImposed")
        assert "Sweden" in roles(fact) or "Ukraine" in roles(fact), text
        assert "imposer" in roles(fact).values()


def test_the_owner_of_a_sanctioned_persons_post_is_the_target() -> None:
    for text, target in (
        ("The US sanctioned the head of Russia's central bank.", "Russia"),
        ("Britain imposed sanctions on the daughters of Russia's president.", "Russia"),
        ("Britain sanctioned 50 members of the Russian parliament.", "Russia"),
        ("Britain sanctioned the son of President Lukashenko.", "Alexander Lukashenko"),
    ):
        fact = only(facts_of(text), "SanctionImposed")
        assert roles(fact).get(target) == "target", text


def test_an_expelled_envoy_of_a_state_makes_the_state_the_target() -> None:
    fact = only(facts_of("Poland expelled the ambassador of Russia."), "LegalActionTaken")
    assert roles(fact) == {"Poland": "imposer", "Russia": "target"}


def test_seized_or_immobilised_assets_target_their_owner() -> None:
    for text in (
        "Canada seized the assets of Russia's state airline.",
        "The G7 immobilised Russia's central bank reserves.",
    ):
        fact = only(facts_of(text), "SanctionImposed")
        assert roles(fact).get("Russia") == "target", text


def test_a_power_to_impose_sanctions_is_no_sanction_imposed() -> None:
    text = (
        "The order provides authority to the Treasury to impose sanctions on key sectors of "
        "Iran's economy."
    )
    assert "SanctionImposed" not in types_of(text)


def test_the_reason_for_sanctions_names_no_second_target() -> None:
    text = "Britain imposed sanctions on Russia over its invasion of Ukraine."
    fact = only(facts_of(text), "SanctionImposed")
    assert roles(fact) == {"United Kingdom": "imposer", "Russia": "target"}


def test_blocking_a_road_is_no_sanction() -> None:
    assert types_of("Protesters tried to block the road to the airport.") == []


def test_a_threatened_block_is_not_recorded_as_imposed() -> None:
    text = "Hungary threatened to block Ukraine's accession."
    fact = only(facts_of(text), "SanctionImposed")
    assert fact.modality == "hypothetical"
    assert only(facts_of(text), "ThreatIssued").modality == "asserted"


def test_welcoming_a_states_offer_is_praise_not_a_visit() -> None:
    text = "The EU welcomed Armenia's offer."
    assert types_of(text) == ["PraiseExpressed"]
    assert roles(only(facts_of(text), "PraiseExpressed")) == {
        "European Union": "speaker",
        "Armenia": "target",
    }


def test_welcoming_a_leaders_visit_is_still_a_visit() -> None:
    fact = only(facts_of("Chancellor Scholz welcomed Zelensky's visit."), "VisitMade")
    assert roles(fact) == {"Olaf Scholz": "host", "Volodymyr Zelensky": "visitor"}


# --- 4. a warning made clear is a threat; "stand ready to send" is planned aid -----------


def test_making_clear_a_state_will_not_tolerate_something_is_a_threat() -> None:
    for text in (
        "President Biden made clear the United States will not tolerate attacks on its forces.",
        "Secretary Blinken made clear Washington would not tolerate any interference by Iran.",
        "Prime Minister Kishida said Japan will not tolerate any attempt to change the status "
        "quo by force.",
    ):
        assert types_of(text) == ["ThreatIssued"], text


def test_making_it_clear_that_a_state_will_not_stand_by_is_a_threat() -> None:
    for text in (
        "President Biden made it clear that the United States will not tolerate attacks on "
        "its forces.",
        "Chancellor Scholz made it clear to reporters that Germany will not stand idly by.",
    ):
        fact = only(facts_of(text), "ThreatIssued")
        assert fact.modality == "asserted", text
        assert list(roles(fact).values()) == ["speaker"], text


def test_a_quoted_refusal_to_tolerate_is_a_threat_by_the_speaker() -> None:
    fact = only(facts_of('"We will not tolerate this," President Macron said.'), "ThreatIssued")
    assert roles(fact) == {"Emmanuel Macron": "speaker"}
    assert fact.modality == "asserted"


def test_a_warning_that_any_attack_will_be_answered_is_a_threat_and_no_attack() -> None:
    for text in (
        "Chancellor Scholz said any attack on Lithuania will be met with a decisive response.",
        "Germany made clear it would respond to any attack on Lithuania.",
    ):
        assert types_of(text) == ["ThreatIssued"], text
        # Lithuania is the one protected, not the one warned
        assert "Lithuania" not in roles(only(facts_of(text), "ThreatIssued")), text


def test_a_quoted_negative_remark_is_said_not_a_negated_statement() -> None:
    fact = only(facts_of('"We will not accept this," President Macron said.'), "StatementMade")
    assert fact.modality == "asserted"


def test_making_clear_a_plan_is_no_threat() -> None:
    text = "President Macron said that France will host the summit in June."
    assert "ThreatIssued" not in types_of(text)
    assert types_of("The army made clear gains in the east.") == []


def test_standing_ready_to_send_aid_is_planned_aid() -> None:
    for text in (
        "Japan stands ready to provide emergency aid to Turkey.",
        "Canada is ready to deliver more military equipment to Ukraine.",
    ):
        fact = only(facts_of(text), "AidProvided")
        assert fact.modality == "planned", text
        assert "DemandMade" not in types_of(text)


def test_aid_offered_to_the_people_of_a_state_goes_to_that_state() -> None:
    text = "France stands ready to send further humanitarian assistance to the people of Sudan."
    fact = only(facts_of(text), "AidProvided")
    assert fact.modality == "planned"
    assert roles(fact) == {"France": "supplier", "Sudan": "recipient"}


def test_aid_already_provided_stays_asserted() -> None:
    fact = only(facts_of("Japan provided emergency aid to Turkey."), "AidProvided")
    assert fact.modality == "asserted"


# --- 5. offers to host talks; agreeing to resume visits or dialogue ------------------------


def test_an_offer_to_host_talks_is_a_planned_meeting_with_the_offerer_as_host() -> None:
    text = "Turkey offered to host talks between Russia and Ukraine."
    fact = only(facts_of(text), "MeetingHeld")
    assert fact.modality == "planned"
    assert roles(fact) == {"Turkey": "host", "Russia": "participant", "Ukraine": "participant"}


def test_offers_to_host_in_other_wordings_are_planned_and_hosted() -> None:
    for text, host in (
        ("Qatar has offered to host a meeting of the two sides.", "Qatar"),
        ("Switzerland offers to host peace talks.", "Switzerland"),
        ("President Erdogan offered to host a summit between Putin and Zelensky.", None),
    ):
        fact = only(facts_of(text), "MeetingHeld")
        assert fact.modality == "planned", text
        assert "host" in roles(fact).values(), text
        if host:
            assert roles(fact)[host] == "host", text


def test_a_welcomed_offer_to_host_names_the_offerer_as_host_and_the_welcomer_praises() -> None:
    text = "Germany welcomed Poland's offer to host the talks."
    meeting = only(facts_of(text), "MeetingHeld")
    assert meeting.modality == "planned"
    assert roles(meeting) == {"Poland": "host"}
    assert roles(only(facts_of(text), "PraiseExpressed")) == {
        "Germany": "speaker",
        "Poland": "target",
    }


def test_the_owner_of_a_decision_or_offer_is_who_acts_on_it_not_who_welcomes_it() -> None:
    text = "Norway welcomed Finland's decision to join NATO."
    joined = only(facts_of(text), "AgreementSigned")
    assert joined.modality == "planned"
    assert "Norway" not in roles(joined) and "Finland" in roles(joined)
    lifted = only(
        facts_of("Japan welcomed China's decision to lift sanctions on Japanese seafood."),
        "SanctionLifted",
    )
    assert roles(lifted) == {"China": "imposer", "Japan": "target"}
    talks = only(facts_of("Japan welcomed China's willingness to resume talks."), "MeetingHeld")
    assert talks.modality == "planned"
    assert roles(talks) == {"China": "participant"}


def test_a_decision_without_an_owner_is_taken_by_the_clause_subject() -> None:
    text = "France and Germany welcomed the decision to hold talks."
    fact = only(facts_of(text), "MeetingHeld")
    assert set(roles(fact)) == {"France", "Germany"}


def test_talks_actually_hosted_stay_asserted() -> None:
    fact = only(facts_of("Turkey hosted talks between Russia and Ukraine."), "MeetingHeld")
    assert fact.modality == "asserted"


def test_agreeing_to_resume_regular_visits_plans_visits_of_both_sides() -> None:
    for text in (
        "China and Japan agreed to resume high-level visits.",
        "China and Australia agreed to resume regular leaders' visits.",
        "China and Japan agreed to resume regular exchanges of visits.",
    ):
        fact = only(facts_of(text), "VisitMade")
        assert fact.modality == "planned", text
        assert len(roles(fact)) == 2, text


def test_agreeing_to_resume_a_dialogue_plans_talks() -> None:
    fact = only(
        facts_of("Greece and Turkey agreed to resume their strategic dialogue."), "MeetingHeld"
    )
    assert fact.modality == "planned"
    assert set(roles(fact)) == {"Greece", "Turkey"}


def test_a_refusal_to_resume_visits_is_negated_and_a_museum_reopening_is_nothing() -> None:
    fact = only(facts_of("Greece and Turkey did not agree to resume visits."), "VisitMade")
    assert fact.modality == "negated"
    assert types_of("The museum resumed visits after the pandemic.") == []


# --- 6. denials: a negated fact of the type denied (docs/ontology.md, "Modality") ----------


def test_denying_that_ones_forces_fired_first_is_a_negated_attack_by_them() -> None:
    fact = only(facts_of("Russia denied that its forces fired first."), "MilitaryActionTaken")
    assert fact.modality == "negated"
    assert roles(fact) == {"Russia": "attacker"}


def test_denying_that_troops_opened_fire_on_a_neighbour_is_a_negated_attack() -> None:
    text = "The Indian army denied that its troops opened fire on Pakistani positions."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert fact.modality == "negated"
    assert roles(fact) == {"India": "attacker", "Pakistan": "target"}


def test_denying_claims_of_shelling_is_a_negated_attack() -> None:
    for text in (
        "Russia denied claims that its forces had shelled Kharkiv.",
        "Russia's defence ministry denied that its forces had shelled Kharkiv.",
    ):
        fact = only(facts_of(text), "MilitaryActionTaken")
        assert fact.modality == "negated", text
        assert roles(fact) == {"Russia": "attacker", "Ukraine": "target"}, text


def test_rejecting_accusations_of_an_attack_is_a_denial_of_it() -> None:
    for text in (
        "Moscow rejected accusations that its forces shelled Kharkiv.",
        "Russia denied the allegation that its troops had fired on civilians in Bucha.",
    ):
        fact = only(facts_of(text), "MilitaryActionTaken")
        assert fact.modality == "negated", text
        assert roles(fact).get("Russia") == "attacker", text


def test_confirming_reports_of_an_attack_is_no_denial() -> None:
    text = "Russia confirmed reports that its forces shelled Kharkiv."
    assert only(facts_of(text), "MilitaryActionTaken").modality != "negated"


def test_a_claim_that_the_other_side_fired_first_is_reported_not_negated() -> None:
    fact = only(facts_of("Ukraine said Russian forces fired first."), "MilitaryActionTaken")
    assert fact.modality == "reported"


def test_a_denial_does_not_reach_a_later_clause_of_its_own() -> None:
    text = "Russia denied that Ukraine had been attacked, saying its troops shelled Kharkiv."
    fact = only(facts_of(text), "MilitaryActionTaken")
    assert fact.modality != "negated"


# --- around 5: talks asked for, and "discussion" ------------------------------------------


def test_talks_a_state_urges_others_to_resume_are_theirs_and_not_held() -> None:
    text = "France urged Russia and Ukraine to resume talks."
    fact = only(facts_of(text), "MeetingHeld")
    assert fact.modality == "hypothetical"
    assert roles(fact) == {"Russia": "participant", "Ukraine": "participant"}
    summit = only(facts_of("France urged Russia to attend the summit."), "MeetingHeld")
    assert roles(summit) == {"Russia": "participant"}
    assert summit.modality == "hypothetical"


def test_talks_asked_of_unnamed_sides_are_not_the_askers_talks() -> None:
    text = "France called on both sides to resume talks in Geneva."
    assert "MeetingHeld" not in types_of(text)


def test_agreeing_to_resume_a_discussion_plans_a_meeting() -> None:
    text = "Egypt and Qatar agreed to resume urgent discussion on Thursday in Doha."
    fact = only(facts_of(text), "MeetingHeld")
    assert fact.modality == "planned"
    assert set(roles(fact)) == {"Egypt", "Qatar"}


def test_as_a_leader_made_clear_in_a_speech_is_his_statement() -> None:
    text = "As President Trump made clear in his speech, the United States will defend its allies."
    fact = only(facts_of(text), "StatementMade")
    assert roles(fact) == {"Donald Trump": "speaker"}


def test_two_states_agreeing_to_advance_initiatives_announce_cooperation() -> None:
    text = "Chad and Niger agreed to advance three initiatives to secure their shared border."
    fact = only(facts_of(text), "CooperationAnnounced")
    assert roles(fact) == {"Chad": "party", "Niger": "party"}


def test_hosting_negotiations_is_a_meeting_its_host_holds() -> None:
    text = "Egypt thanked Qatar for hosting the negotiations in Doha."
    fact = only(facts_of(text), "MeetingHeld")
    assert roles(fact) == {"Qatar": "host"}
