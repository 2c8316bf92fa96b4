"""Trigger lexicons and modality cues for the rule-based extractor, as data.

Each :class:`Trigger` is a case-insensitive regular expression for a verb or a
nominalisation (with its inflections) in the spirit of the CAMEO/PLOVER verb
dictionaries, plus what the words around it mean: which role the actor before
the trigger plays, which role the actors after it play, and whether the event
is joint (every actor is a party). ``type == ""`` marks a phrase that *looks*
like a trigger but is not one ("attack submarine"): it claims its span so no
real trigger matches inside it.

Nothing here is keyed to particular articles: the lists are general English
news vocabulary. ``extraction`` compiles them once at import time.
"""

from __future__ import annotations

from dataclasses import dataclass

# A lazily skipped run of up to N ordinary words (no punctuation): lets a pattern say
# "signed <a few words> agreement" without crossing a clause boundary.
_W = r"[\w’'.$%()-]+"
# Auxiliaries whose negation contracts to "-n’t" ("ca" for "can’t", "wo" for "won’t").
_NEGATED_AUXILIARIES = (
    "ca", "wo", "did", "do", "does", "has", "have", "had", "is", "are", "was", "were",
    "could", "would", "should", "must",
)  # fmt: skip
# Contracted auxiliaries, matched where the word after the apostrophe starts ("I’m grateful",
# "we’re concerned", "they’ll work together", "she’s committed"): a trigger that opens with
# "am|is|are" or "will" takes them as one more alternative.
_BE_CONTRACTED = r"(?<=[’'])(?:m|re|s)"
_WILL_CONTRACTED = r"(?<=[’'])ll"


def gap(n: int) -> str:
    return rf"(?:{_W}\s+){{0,{n}}}?"


# The -ing forms of the verbs of giving aid ("is announcing $5 million in aid").
_GIVING_ING = (
    "extending|approving|allocating|disbursing|earmarking|contributing|airlifting|"
    "dispatching|offering|committing|channel+ing|announcing|unveiling|sending|shipping|"
    "providing|delivering|donating|giving|granting|pledging|devoting|mobili[sz]ing"
)
# An amount of money: "$1.5 billion", "US$300 million", "€20m", "5 million dollars".
MONEY_AMOUNT = (
    r"(?:(?:over|more than|nearly|almost|about|around|some|up to|at least|roughly|"
    r"an additional|another|a further|an extra) )?"
    r"(?:(?:US|A|C|NZ|HK)?[$€£¥]\s?\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|m)\b)?|"
    r"\d[\d.,]*\s(?:million|billion|trillion)\s(?:dollars|euros|pounds|yen))"
)


# Events a text names by their year ("the tsunami of 2004", "the 1991 coup").
_DATED_EVENTS = (
    "tsunami|earthquake|famine|genocide|massacre|revolution|civil war|floods?|"
    "hurricane|cyclone|typhoon|coup|uprising|partition|war|bombings?|assassination|"
    "hijacking|revolt"
)


def name_gap(n: int) -> str:
    """Like :func:`gap`, for a long name ("the Treaty of ... agreement"), but never across a
    conjunction or a relative pronoun, where another clause starts."""
    return rf"(?:(?!(?:and|or|that|which|who|but|while|to)\s){_W}\s+){{0,{n}}}?"


# "Sanctions on X were (not) lifted": a measure, its target, an auxiliary; then the verb.
_LIFTED_PASSIVE_HEAD = (
    rf"(?:sanctions?|(?:an |the )?embargo(?:es)?|export controls|restrictions|(?:travel )?bans?|"
    rf"tariffs|curbs|asset freezes)(?:\s+(?:on|against)\s+{name_gap(3)}[\w’'.-]+)?\s+"
    r"(?:were|was|have|has|had|will|would|are|is)"
)
_LIFTED_PASSIVE_VERB = (
    r"(?:\w+ly )?(?:lifted|eased|removed|relaxed|scrapped|suspended|waived|loosened|"
    r"rolled back|revoked|rescinded|terminated)\b"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str  # a fact type; "" = a decoy that only claims its span
    rule: str
    pattern: str
    form: str = "verb"  # verb | noun (a nominalisation: its actors are its modifiers)
    subject: str = ""  # role of the actor(s) before a verb trigger
    object: str = ""  # role of the actor(s) after it
    joint: bool = False  # symmetric event: every actor gets ``subject``'s role
    extra: tuple[tuple[str, str], ...] = ()
    objects: str = "direct"  # direct: an object NP and its PPs | pp: PPs only | none
    preps: str = ""  # "to=recipient from=supplier": roles of actors after these prepositions
    modality: str = ""  # a modality the phrase itself carries ("historical")
    requires: str = ""  # a regex that must also match in the sentence
    needs_actor: bool = True  # without an actor the mention can only corroborate a fact
    needs_object: bool = False  # an ambiguous verb ("ban", "attack") needs an actor object
    person_object: bool = False  # "welcomed <person>" is a visit, "welcomed <a decision>" not
    priority: int = 0  # breaks ties between overlapping matches of equal length
    name_next: bool = False  # the trigger must be followed by a capitalised name
    min_actors: int = 0  # a joint act needs this many parties ("A and B will work to ...")
    venue: bool = True  # a place after the trigger is where it happened (not "discussed X in Y")


NUMBER_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"a hundred|one hundred)"
)
COMMODITIES = (
    r"natural gas|liquefied natural gas|LNG|gas|crude oil|oil|petroleum|coal|grain|wheat|corn|"
    r"soybeans|fertili[sz]ers?|electricity|power|uranium|nuclear fuel|arms|weapons|"
    r"fighter jets?|jets|warplanes?|aircraft|helicopters|warships|frigates|submarines|"
    r"missiles|drones|tanks|ammunition|vaccines?|doses|"
    r"semiconductors|chips|rare earths|minerals|lithium|copper|iron ore|steel|aluminium|"
    r"aluminum|timber|rice|beef|pork|fish|cars|vehicles"
)
# What a company or a state sells or buys that is not a commodity.
ASSETS = (
    r"stores|shops|outlets|business|businesses|operations?|branch|branches|division|unit|"
    r"units|subsidiary|subsidiaries|stake|shares|company|companies|firm|assets|chain|"
    r"network|plant|factory|factories|airline|bank|port|mine|refinery|franchise"
)
# Named wars, for "the occupation of X during World War II".
_WARS = (
    r"world war (?:ii|two|2|i|one|1)|second world war|first world war|wwii|ww2|wwi|ww1|"
    r"cold war|korean war|vietnam war|gulf war|great war|civil war"
)
_FLOW = r"shipments?|supplies|supply|exports?|imports?|deliveries|delivery|sales|purchases|flows?"

# Words that report another's speech: a sentence with one is not its author's own call.
REPORT_VERB_WORDS = r"said|says|told|tells|stated|added|warned|urged|according to"

TRIGGERS: tuple[Trigger, ...] = (
    # --- decoys: words of a trigger used in another sense ---------------------------------
    Trigger("", "decoy.attack-craft", r"attack (?:submarines?|helicopters?|aircraft|dogs?)"),
    # "highlighted areas of shared interest": a readout's summary of the talks, no statement.
    Trigger(
        "",
        "decoy.areas-of-interest",
        r"(?:highlighted|highlights|highlighting|noted|notes|identified|identifies) "
        r"(?:several |many |numerous |key |the )?areas of (?:shared |common |mutual )?"
        r"(?:interests?|cooperation|concern|agreement)",
    ),
    Trigger(
        "",
        "decoy.attack-rights",
        r"attacks? on (?:human rights|democracy|freedoms?|the press|civil society|"
        r"fundamental freedoms|the rule of law)",
    ),
    # "discussed ways to advance cooperation": the topic of the talks, not an announcement.
    Trigger(
        "",
        "decoy.ways-to-cooperate",
        r"(?:(?<=discussed )|(?<=discuss )|(?<=discussing )|(?<=explored )|(?<=explore )|"
        r"(?<=exploring )|(?<=considered )|(?<=examined )|(?<=about ))"
        r"(?:the |possible |concrete |practical |new )?(?:ways|how|means|options|avenues) "
        r"(?:to |of |for )?(?:further )?(?:advance|advancing|deepen|deepening|expand|expanding|"
        r"strengthen|strengthening|boost|boosting|enhance|enhancing|increase|increasing|"
        r"broaden|broadening|bolster|bolstering|improve|improving|intensify|intensifying|"
        rf"promote|promoting|develop|developing) {gap(4)}(?:cooperation|co-operation|"
        r"partnership|ties|relations|relationship|collaboration)\b",
        priority=3,
    ),
    Trigger("", "decoy.sanctionable", r"sanctionable|sanctions? programs? review"),
    Trigger(
        "",
        "decoy.sanction-maintain",
        r"(?:maintain|maintains|maintaining|keep|keeps|keeping|while maintaining)\s+"
        r"sanctions",
    ),
    Trigger("", "decoy.security-council", r"(?:security council )?resolutions? \d+"),
    Trigger(
        "",
        "decoy.meeting-future",
        r"meet (?:the )?(?:challenges?|needs?|goals?|"
        r"demands?|expectations|requirements|targets?|obligations)",
    ),
    Trigger("", "decoy.strike-balance", r"strike (?:a|the) (?:balance|deal|chord|note)"),
    Trigger("", "decoy.said-adjective", r"the said"),
    Trigger("", "decoy.threat-noun", r"threats? (?:posed by|from|to)"),
    Trigger(
        "",
        "decoy.aid-in",
        r"(?:seeks?|sought|asks?|asked|requests?|requested) "
        r"(?:\w+[’']s )?(?:aid|help|assistance)",
    ),
    Trigger(
        "",
        "decoy.assistance-restriction",
        r"restrictions? on (?:\w+ )?(?:foreign )?(?:assistance|aid)",
    ),
    Trigger("", "decoy.attendance-record", r"attendance (?:record|figures?|rates?)"),
    # Sports fixtures and natural disasters use the words of meetings and attacks.
    Trigger(
        "",
        "decoy.sports-meeting",
        r"(?:met|meet|meets|play|played|plays|faced|face|faces|beat|beats|defeated) "
        r"(?:(?:in|at|for|during) )?(?:the |a |an |their |this )?(?:[\w-]+ ){0,2}?"
        r"(?:finals?|semi-finals?|semifinals?|quarter-finals?|quarterfinals?|match|"
        r"matches|game|games|derby|league|cup|tournament|championships?|playoffs?|"
        r"play-offs?|fixture|friendly|world cup|olympics)\b",
    ),
    Trigger(
        "",
        "decoy.disaster-struck",
        r"(?:storms?|earthquakes?|quakes?|typhoons?|hurricanes?|cyclones?|tsunamis?|floods?|"
        r"flooding|tornado(?:es)?|wildfires?|fires?|lightning|disasters?|pandemic|virus|"
        r"heatwaves?|droughts?|landslides?|avalanches?|blizzards?) (?:\w+ )?"
        r"(?:struck|strikes|strike|hit|hits|attacked|attacks|battered|batters|"
        r"ravaged|ravages|pounded|pounds)",
    ),
    # --- rules added in 1.1.0 ------------------------------------------------------------
    Trigger(
        "PraiseExpressed",
        "praise.support-for",
        r"(?:expressed|expresses|expressing|conveyed|conveys|conveying|confirmed|confirms|"
        r"affirmed|affirms|reaffirmed|reaffirms|reaffirm|reaffirming|reiterated|reiterates|voiced|voices|"
        r"offered|offers|pledged|pledges|declared|declares)\s+"
        r"(?:(?:his|her|their|our|its|the|a|an)\s+)?(?:[\w.’'-]+\s+){0,3}?"
        r"(?:support|backing|solidarity|appreciation|gratitude)\s+(?:for|with|to)",
        subject="speaker",
        object="target",
        preps="for=target with=target to=target",
        priority=3,
        name_next=True,
    ),
    # --- rules added for whole documents (1.4.0) ------------------------------------------
    Trigger(
        "StatementMade",
        "statement.claimed-responsibility",
        r"(?:claimed|claims|claim|claiming|accepted|admitted) (?:full )?responsibility"
        r"(?= for\b)",
        subject="speaker",
        object="target",
        priority=2,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.concerned",
        rf"(?:is|are|was|were|remains|remain|remained|am|{_BE_CONTRACTED}) (?:deeply |gravely |"
        r"seriously |"
        r"extremely |very |increasingly |particularly )?(?:concerned|alarmed|troubled|"
        r"worried)(?= (?:about|over|by|at)\b)",
        subject="speaker",
        object="target",
        preps="about=target over=target by=target at=target",
        priority=2,
    ),
    Trigger(
        "",
        "decoy.met-obligations",
        r"(?:met|meets|meet|meeting|had met|has met) (?:all |its |their |his |her |the |our |"
        r"these |those |key |most )?(?:\w+ )?(?:commitments|obligations|targets|goals|"
        r"requirements|conditions|criteria|demands|deadlines?|expectations|standards|needs)\b",
    ),
    Trigger(
        "PraiseExpressed",
        "praise.appreciation",
        r"(?:expressed|expresses|expressing|conveyed|conveys|voiced|reiterated) (?:his |her |"
        r"their |its |our |my |the |deep |sincere |great )*(?:appreciation|gratitude)"
        r"(?= (?:for|to)\b)",
        subject="speaker",
        object="target",
        preps="to=target",
        priority=2,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.measures-against",
        r"(?:announced|announces|announce|imposed|imposes|impose|adopted|adopts|adopt|"
        r"introduced|introduces|introduce|took|takes|take|unveiled|unveils|unveil) "
        r"(?:similar |new |further |additional |punitive |restrictive |retaliatory |"
        r"economic |coordinated |tough |tougher )*(?:measures|restrictions|penalties) "
        r"against",
        subject="imposer",
        object="target",
        priority=2,
        name_next=True,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.stands-with",
        r"(?:stands|stand|stood|standing) (?:firmly |resolutely |shoulder to shoulder |"
        r"side by side |united |together |squarely )?(?:with|by|behind)"
        r"(?= (?:the |its |our |their |his |her )?(?:[\w-]+ )?(?:ally|allies|partners?|"
        r"people|them|you|government|nation)\b)",
        subject="speaker",
        object="target",
        priority=1,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.stands-with-name",
        r"(?:stands|stand|stood|standing) (?:firmly |resolutely |shoulder to shoulder |"
        r"side by side |united |together |squarely )?(?:with|by|behind)",
        subject="speaker",
        object="target",
        priority=1,
        name_next=True,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.work-with",
        r"(?:continue|continues|continued|continuing) to work (?:closely |together |hand in "
        r"hand )?with",
        subject="party",
        object="party",
        joint=True,
        min_actors=2,
        priority=1,
        name_next=True,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.supports",
        r"(?:supports|supported)(?=\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
        r"\s+(?:in|on)\s+(?:its|their|his|her)\s+(?:effort|bid|quest|campaign|drive|"
        r"aspiration|ambition)s?\b)",
        subject="speaker",
        object="target",
        priority=1,
        name_next=True,
    ),
    # "We support the efforts of the UN envoy, X, to ...", "backs ongoing efforts by X":
    # support for an actor's efforts is support for the actor (a name must follow).
    Trigger(
        "PraiseExpressed",
        "praise.support-efforts",
        r"(?:support|supports|supported|backs|backed)\s+(?:the\s+)?(?:(?:ongoing|continued|"
        r"broader|tireless|diplomatic|mediation|peace|sincere)\s+)*efforts\s+(?:of|by)"
        r"(?=\s+(?:the\s+)?[A-Z])",
        subject="speaker",
        object="target",
        priority=1,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.letter",
        r"(?:sent|sends|send|wrote|writes|issued) (?:a |an )?(?:letter|message|note) of "
        r"(?:support|congratulations?|thanks|appreciation|gratitude)|"
        r"(?:sent|sends|send|wrote|writes|issued|conveyed|conveys|cabled|extended|extends) "
        r"(?:a |an |his |her |their |its )?(?:warm |cordial |personal )?"
        r"(?:congratulatory|condolence|thank-you) (?:letter|message|note|cable|telegram)s?",
        subject="speaker",
        object="target",
        priority=2,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.reject",
        r"(?:rejected|rejects|reject|rejecting)(?! claims)",
        subject="speaker",
        object="target",
        needs_object=True,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.disappointed",
        rf"(?:was|were|is|are|am|be|been|remains?|remained|{_BE_CONTRACTED})\s+(?:\w+ly\s+)?"
        r"(?:disappointed|dismayed|outraged|appalled)\s+(?:by|with|at|over)",
        subject="speaker",
        object="target",
        preps="by=target with=target at=target over=target",
        priority=2,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.alleged",
        r"(?<!\bthe )(?<!\ban )(?<!\ba )(?:alleged|alleges|allege)(?=,| that\b| \w+ (?:had|has|"
        r"was|is|were|are)\b)",
        subject="speaker",
        object="target",
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.labelled",
        rf"(?:considered|considers|consider|characteri[sz]ed|characteri[sz]es|described|"
        rf"describes|labell?ed|labels|branded|brands|termed|terms|calling|called)\s+"
        rf"{gap(6)}(?:as\s+)?[\"“]?(?:(?:a|an)\s+)?(?:(?:serious|grave|clear|flagrant|blatant|"
        r"gross|outright)\s+)?(?:act of (?:provocation|aggression|war|terrorism)|"
        r"provocation|violation of|breach of|null and void|illegal|unacceptable|"
        r"propaganda|terrorist (?:act|attack)|act of terror|war crimes?|crimes? against "
        r"humanity|aggression|provocative|irresponsible|reckless|hostile|interference|"
        r"baseless|groundless|unfounded|unjustified|absurd|hypocritical|threat to)",
        subject="speaker",
        object="target",
        objects="none",
        priority=2,
    ),
    Trigger(
        "ThreatIssued",
        "threat.costs",
        rf"(?:impose|imposes|imposed|imposing|inflict|inflicts|inflicted|inflicting)\s+"
        rf"{gap(3)}(?:costs|consequences|price)\b",
        subject="speaker",
        object="target",
        preps="on=target",
        modality="asserted",
        priority=3,
    ),
    Trigger(
        "ThreatIssued",
        "threat.price",
        rf"(?:will|would|shall|to) pay (?:a|an|the)\s+{gap(3)}price",
        subject="target",
        object="target",
        modality="asserted",
        priority=2,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.will",
        rf"(?:will|shall|{_WILL_CONTRACTED})\s+(?:\w+\s+){{0,1}}?(?:join forces|collaborate|"
        r"cooperate|co-operate|"
        r"work together|begin cooperation|launch cooperation|deepen cooperation|"
        r"expand cooperation|strengthen cooperation)\b",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.continue",
        r"(?:agreed|agree|agrees|decided|pledged|committed)\s+to\s+continue\s+"
        r"(?:(?:close|closely|their|the) )?(?:consulting|consultations|coordinating|"
        r"coordination|working (?:closely )?together|working closely|cooperating|cooperation|"
        r"talking|engaging)\b|"
        r"(?:agreed|agree|agrees) that (?:\w+ ){0,3}?(?:teams|officials|ministers|"
        r"governments|experts) would (?:remain|stay|keep) (?:\w+ )?(?:engaged|in touch|"
        r"in close contact)",
        subject="party",
        object="party",
        joint=True,
        modality="planned",
        priority=3,
    ),
    # "They confirmed they would continue to closely coordinate", "agreed to continue their
    # efforts to ...", "resolved to continue every effort to ...": two parties go on together.
    Trigger(
        "CooperationAnnounced",
        "cooperation.continue-jointly",
        r"(?:agreed|agree|agrees|decided|pledged|committed|resolved|vowed|promised|would|will|"
        r"shall)\s+(?:to\s+)?continue\s+(?:to\s+)?(?:(?:close|closely|their|joint|our|the|"
        r"every) ){0,2}(?:coordinate|coordinating|coordination|consult|consulting|cooperate|"
        r"cooperating|work (?:closely )?together|engage|efforts?|joint efforts)\b",
        subject="party",
        object="party",
        joint=True,
        modality="planned",
        priority=2,
        min_actors=2,
    ),
    Trigger(
        "StatementMade",
        "statement.made-clear",
        r"(?:made|makes|make) clear(?= (?:that|his|her|their|its|our|the|it|he|she|they|we|"
        r"i|in|on|during|at|to|again|repeatedly|publicly|today|yesterday)\b)|"
        r"(?:made|makes|make) it (?:very |abundantly |perfectly |crystal |quite )?"
        r"clear(?= (?:that|to)\b)",
        subject="speaker",
        object="target",
        objects="none",
        priority=1,
    ),
    Trigger(
        "StatementMade",
        "statement.made-clear",
        r"(?:made|makes|make) clear",  # "made clear Russia will pay ..." (not "clear gains")
        subject="speaker",
        object="target",
        objects="none",
        name_next=True,
    ),
    Trigger(
        "StatementMade",
        "statement.dismissed",
        r"(?:dismissed|dismisses|dismiss)(?= (?:[\w’'.-]+ ){1,6}?as\b)",
        subject="speaker",
        object="target",
        objects="none",
    ),
    Trigger(
        "StatementMade",
        "statement.recognised",
        r"(?:recogni[sz]ed|recogni[sz]es|recogni[sz]e)(?= (?:[\w’'.-]+ ){1,6}?as "
        r"(?:an? )?(?:independent|sovereign)\b)",
        subject="speaker",
        object="target",
        objects="none",
    ),
    Trigger(
        "SanctionLifted",
        "sanction.review",
        r"(?<=\bto )(?:review|evaluate|reconsider|reassess|explore)",
        requires=r"\b(?:directs?|directed|instructs?|instructed|orders?|ordered|tasks?|"
        r"tasked)\b.*\bto (?:review|evaluate|reconsider|reassess|explore)\b.*\b(?:"
        r"designations?|sanctions?|listings?)\b",
        subject="imposer",
        object="target",
        modality="hypothetical",
        needs_actor=False,
        priority=4,
    ),
    Trigger(
        "DemandMade",
        "demand.encourage",
        r"(?:encouraged|encourages|encourage|encouraging|recommended|recommends|"
        r"recommend)(?= (?:[\w’'.-]+ ){1,6}?to \w+)",
        subject="speaker",
        object="target",
    ),
    # --- background events, threats, legal steps and speech acts (recall pass) -----------
    Trigger(
        "HistoricalEventReferenced",
        "history.fall",
        rf"(?:fall|collapse|overthrow|ouster|toppling|downfall) of (?:the )?{name_gap(4)}"
        r"(?:regime|government|dictatorship|empire|monarchy|junta|wall)",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
        modality="historical",
        needs_actor=False,
        priority=2,
    ),
    Trigger(
        "HistoricalEventReferenced",
        "history.dated-event",
        rf"(?:{_DATED_EVENTS}) (?:of|in) (?P<year>1\d{{3}}|20\d{{2}})"
        # "the 1989 Velvet Revolution", "the 1988 Lockerbie bombing": a name may come between
        rf"|(?<=the )(?P<year2>1\d{{3}}|20\d{{2}}) (?:[\w’'-]+ ){{0,2}}?(?:{_DATED_EVENTS})",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
        modality="historical",
        needs_actor=False,
        priority=2,
    ),
    Trigger(
        "HistoricalEventReferenced",
        "history.wartime-action",
        r"(?:invasion|occupation|annexation|bombing|partition|liberation)"
        r"(?: and (?:invasion|occupation|annexation|bombing|partition|liberation))?"
        rf" of {name_gap(4)}during (?:the )?(?:{_WARS})",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
        modality="historical",
        needs_actor=False,
        priority=3,
    ),
    Trigger(
        "HistoricalEventReferenced",
        "history.withdrew-from",
        rf"(?:withdrew|withdrawn|pulled out|pulled) {gap(3)}(?:from|of) (?:the |a |an )?"
        rf"{name_gap(6)}(?:treaty|agreement|accord|deal|pact|convention)\b",
        subject="participant",
        object="participant",
        joint=True,
        priority=2,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.assassination",
        r"assassination of|assassinated",
        form="noun",
        subject="attacker",
        object="target",
        priority=2,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.deployment-into",
        rf"(?:deployment|deploying|sending|dispatch|dispatching|entry) of {gap(3)}"
        r"(?:forces|troops|soldiers|units) into|(?:deployed|deploys|deploy|sent|sends|send|"
        rf"dispatched|dispatches|moved|moves) {gap(3)}(?:forces|troops|soldiers) into",
        subject="attacker",
        object="target",
        priority=2,
    ),
    Trigger(
        "ThreatIssued",
        "threat.put-on-notice",
        r"(?:put|puts|putting|placed|places|placing) (?:[\w’'.-]+ ){1,6}?on notice",
        subject="speaker",
        object="target",
        modality="asserted",
        priority=2,
    ),
    Trigger(
        "LegalActionTaken",
        "legal.court",
        rf"(?:end up|ended up|ends up|take|takes|took|taken|taking|bring|brings|brought|"
        rf"bringing|haul|hauls|hauled|drag|drags|dragged)\s+{gap(3)}(?:before|to|in) (?:the )?"
        r"(?:international court of justice|icj|international criminal court|"
        r"(?:\w+ )?court|tribunal|arbitration)\b",
        subject="imposer",
        object="target",
        priority=2,
    ),
    Trigger(
        "AidProvided",
        "aid.funded",
        rf"(?:funded|funds|financed|finances|co-financed|co-funded|bankrolled|bankrolls)\s+"
        rf"{gap(3)}(?:studies|study|projects?|construction|programm?es?|reconstruction|"
        r"research|schools?|hospitals?|infrastructure|clinics?|shelters?)\b",
        subject="supplier",
        object="recipient",
        priority=1,
    ),
    Trigger(
        "StatementMade",
        "statement.issued",
        r"(?:issued|issues|issue|released|releases|published|publishes) (?:a |an |its |their "
        r"|the )?(?:joint |formal |official |public |new |policy |travel |security )*"
        r"(?:statement|alert|advisory|communiqu[eé]|notice|guidance|readout)s?",
        subject="speaker",
        object="target",
        objects="pp",
        preps="to=target",
        priority=1,
    ),
    Trigger(
        "StatementMade",
        "statement.outlined-by",
        r"(?<=as )(?:outlined|set out|laid out|stated|announced|described|articulated|"
        r"expressed|declared|proposed) by",
        subject="target",
        object="speaker",
        objects="pp",
        preps="by=speaker",
        modality="asserted",  # a past participle: the outlining has happened
        priority=1,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.is-target",
        r"(?:is|are|was|were|be|been|become|becomes|became) (?:a |an |the )?(?:\w+ )?"
        r"(?:subject|target|targets) (?:of|for) (?:\w+ ){0,3}?sanctions",
        subject="target",
        object="imposer",
        priority=3,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.count",
        r"(?:sanctioned|sanctions|sanction|sanctioning|blacklisted|designated|designates|"
        r"designating) (?:over |more than |nearly |almost |some |about |at least )?"
        r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of) "
        r"(?:[A-Z]?[a-z]+ )?(?:individuals|entities|people|persons|companies|firms|officials|"
        r"vessels|banks|nationals)",
        subject="imposer",
        object="target",
        priority=2,
    ),
    Trigger(
        "AgreementSigned",
        "agreement.agreed-under",
        r"(?<=, )(?:which|that) (?:had been|has been|was|were) (?:agreed|signed|concluded|"
        r"negotiated)(?= (?:under|by)\b)",
        requires=r"\b(?:treaty|agreement|accord|deal|pact|convention)(?: with [\w.-]+)?,? "
        r"(?:which|that) (?:had been|has been|was|were) (?:agreed|signed|concluded|negotiated) "
        r"(?:under|by)\b",
        subject="party",
        object="party",
        objects="pp",
        preps="under=party by=party",
        priority=2,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.joined",
        r"(?:join|joined|joins|joining) (?:the |a |an )?(?:[\w-]+ )?(?:meeting|talks|summit|"
        r"negotiations|consultations)",
        subject="participant",
        object="participant",
        joint=True,
        priority=1,
    ),
    Trigger(
        "",
        "decoy.support-via",
        r"(?:expressed|expresses|showed|shows|demonstrated|demonstrates) (?:its|his|her|their|"
        r"our) support (?:via|through|by)",
    ),
    # "They all must be released — now", "The detainees should be freed immediately": in a
    # signed statement, its author's demand.
    Trigger(
        "DemandMade",
        "demand.must-be-freed",
        r"(?:must|should) (?:all |each |immediately |now |also )?be (?:immediately |"
        r"unconditionally |safely )?(?:released|freed|set free|returned home)",
        subject="speaker",
        object="target",
        objects="none",
        needs_actor=False,
        priority=1,
    ),
    Trigger(
        "DemandMade",
        "demand.time-to",
        r"(?:it is|it’s|it's|now is) (?:high |past |now )?time to|the time has come to|"
        r"(?:there is )?no (?:further |more )?time to (?:waste|lose)",
        subject="speaker",
        object="target",
        objects="none",
        needs_actor=False,  # the speaker of an unsigned joint statement is its authors
        priority=1,
    ),
    Trigger(
        "DemandMade",
        "demand.recommended",
        r"(?:recommended|recommends|recommend)(?= (?:that )?(?:[\w’'.-]+ ){1,6}?(?:withdraw|"
        r"leave|stop|end|halt|cease|release|return|resign|reconsider|pull out|refrain|lift|"
        r"abandon|accept|hold|allow)\b)",
        subject="speaker",
        object="target",
        needs_object=True,
    ),
    # --- speech acts, cooperation and aid in readouts and joint statements (1.2.0) --------
    Trigger(
        "AidProvided",
        "aid.support-for",
        r"support (?:for|to) (?:the )?(?:replenish|resuppl|rebuild|restock|reconstruct|fund|"
        r"financ|equip|arm)\w*",
        form="noun",
        subject="supplier",
        object="recipient",
        modality="planned",
        priority=4,
    ),
    Trigger(
        "AidProvided",
        "aid.support-people",
        r"(?:to|will|would) (?:support|help|assist) the (?:[\w’'-]+ ){0,2}?(?:people|population|"
        r"refugees|civilians|victims)\b",
        subject="supplier",
        object="recipient",
        requires=r"\b(?:initiatives?|programm?es?|projects?|assistance|funding|aid|"
        r"contributions?|donations?)\b",
        priority=1,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.support-to",
        r"(?:pledged|pledges|pledge|pledging|offered|offers|committed|commits)\s+"
        r"(?:(?:his|her|their|its|our|the)\s+)?(?:[\w.’'-]+\s+){0,2}?support\s+to\s+"
        r"(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b",
        subject="party",
        object="party",
        joint=True,
        modality="planned",
        priority=3,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.foster",
        rf"(?:facilitate|facilitates|facilitated|facilitating|foster|fosters|fostered|"
        rf"fostering|promote|promotes|promoted|promoting|pursue|pursues|pursued|begin|"
        rf"begins|began|start|starts|started|initiate|initiates|initiated)\s+{gap(2)}"
        r"(?:cooperation|co-operation|collaboration)\b",
        subject="party",
        object="party",
        joint=True,
        priority=1,
        min_actors=2,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.work-to",
        rf"(?:will|shall|{_WILL_CONTRACTED})\s+(?:\w+\s+){{0,1}}?work (?:jointly |closely |"
        r"together )?to "
        r"(?:strengthen|deepen|expand|enhance|advance|promote|build|improve|boost|accelerate)",
        subject="party",
        object="party",
        joint=True,
        priority=2,
        min_actors=2,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.working-group",
        rf"(?:establish|establishes|established|establishing|launch|launches|launched|"
        rf"launching|set up|sets up|create|creates|created|form|forms|formed)\s+{gap(5)}"
        r"(?:working groups?|task forces?|joint (?:committee|commission|council)s?)\b",
        subject="party",
        object="party",
        joint=True,
        priority=2,
        min_actors=2,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.commitment-to",
        rf"(?:(?:is|are|was|were|remains?|remained|stays?|stayed|{_BE_CONTRACTED})\s+"
        r"(?:\w+ly\s+)?(?:committed|"
        r"dedicated)|(?:(?:reaffirmed|reaffirms|reiterated|reiterates|expressed|expresses|confirmed|"
        r"confirms|underscored|underscores|stressed|stresses|emphasi[sz]ed|emphasi[sz]es)\s+"
        r"(?:his|her|their|its|our|the)\s+(?:[\w-]+\s+){0,2}?)?(?:commitment|dedication))\s+to(?=\s+(?:the\s+)?[\w.-]+"
        r"(?:\s[\w.-]+)?[’']s (?:security|defen[cs]e|sovereignty|territorial integrity|"
        r"independence|right to))",
        subject="speaker",
        object="target",
        priority=2,
        name_next=True,
    ),
    # "... commitment to the safety and security of the Emirati people / of Israel".
    Trigger(
        "PraiseExpressed",
        "praise.commitment-to-security-of",
        r"(?:commitment|dedication) to the (?:safety and |physical )?(?:security|defen[cs]e|"
        r"sovereignty|territorial integrity|independence)(?: and (?:safety|stability|"
        r"prosperity|sovereignty|territorial integrity))? of",
        form="noun",
        subject="speaker",
        object="target",
        preps="of=target",
        priority=2,
        name_next=True,
    ),
    # "affirmed Israel's right to defend itself": support for that actor.
    Trigger(
        "PraiseExpressed",
        "praise.right-to-defend",
        r"(?:affirmed|affirms|affirm|reaffirmed|reaffirms|reaffirm|reaffirming|reiterated|"
        r"reiterates|recognized|recognised|recognizes|recognises|supported|supports|support|"
        r"upheld|upholds|uphold|backed|backs|back|defended|defends|underscored|underscores|"
        r"stressed|stresses|emphasi[sz]ed|emphasi[sz]es)(?= (?:the )?[a-z][\w.-]*"
        r"(?: [a-z][\w.-]*)?[’']s? (?:inherent |legitimate |sovereign )?"
        r"right (?:to defend|to self-defen[cs]e|of self-defen[cs]e|to protect|to exist))",
        subject="speaker",
        object="target",
        priority=2,
        name_next=True,
    ),
    # "will continue to support (the leaders of) Japan": support for an actor.
    Trigger(
        "PraiseExpressed",
        "praise.continue-to-support",
        r"(?:continue|continues|continued) to (?:support|back|stand by)"
        r"(?: the (?:leaders|people|peoples|government|governments) of)?(?= (?:the )?[a-z])",
        subject="speaker",
        object="target",
        priority=2,
        name_next=True,
    ),
    # "I am grateful to X for ...", "We are thankful for the work of ...".
    Trigger(
        "PraiseExpressed",
        "praise.grateful",
        rf"(?:am|is|are|was|were|remain|remains|remained|{_BE_CONTRACTED}) (?:deeply |so |"
        r"very |truly |"
        r"profoundly |especially |most )?(?:grateful|thankful) (?:to|for)",
        subject="speaker",
        object="target",
        preps="to=target for=target of=target",
        priority=2,
    ),
    Trigger(
        "ThreatIssued",
        "threat.not-hesitate",
        rf"(?:(?:will|would|shall|{_WILL_CONTRACTED}) not|won[’']t|wouldn[’']t) hesitate to",
        subject="speaker",
        object="target",
        modality="asserted",
        priority=2,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.discussed-with",
        r"(?:discussed|discusses|discuss|discussing)(?= (?:[\w’'.-]+ ){0,6}?with\b)",
        subject="participant",
        object="participant",
        joint=True,
        objects="pp",
        preps="with=participant",
    ),
    # --- MeetingHeld ----------------------------------------------------------------------
    Trigger(
        "MeetingHeld",
        "meeting.verb",
        r"(?:met|meets|meet|meeting)(?= with\b)|met|meets",
        subject="participant",
        object="participant",
        joint=True,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.verb",
        rf"(?:will|to|would|shall|and|or|{_WILL_CONTRACTED}) meet",
        subject="participant",
        object="participant",
        joint=True,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.held",
        rf"(?:held|hold|holds|holding|had|have|has|resume|resumed|resumes|resuming|"
        rf"began|begin|begins|opened|open|opens|launched|launch) {gap(4)}"
        r"(?:talks|meetings?|summit|discussions?|negotiations|consultations|"
        r"phone call|call|telephone conversation|conversation)",
        subject="participant",
        object="participant",
        joint=True,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.spoke",
        r"(?:spoke|speaks|spoken|speak|speaking|talked|talks|talk)"
        r"(?= (?:by|via|over|on) (?:the )?(?:(?:tele)?phone|video[- ]?(?:link|conference|call)|"
        r"videoconference)\b)|"
        r"(?:spoke|speaks|spoken|speak|speaking|talked|talks|talk)"
        r"(?= (?:by phone |by telephone |on the phone |over the phone )?"
        r"(?:(?:today|yesterday|tonight|again|separately|briefly|privately|directly|earlier|"
        r"later|this (?:morning|afternoon|evening|week)|on (?:mon|tues|wednes|thurs|fri|"
        r"satur|sun)day) )?with\b)|"
        # "spoke by phone on Monday, March 11, with X": a time or place set off by commas
        # (the clause is kept whole only when those words are a time or place)
        r"(?:spoke|speaks|spoken|speak|speaking|talked)(?= (?:by|on|in|from|at|over|via|today|"
        r"yesterday|tonight|earlier|later|this) (?:[\w.’'-]+,? ){0,8}?[\w.’'-]+, with\b)",
        subject="participant",
        object="participant",
        joint=True,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.noun",
        r"(?:bilateral |trilateral |quadrilateral |working |official |"
        r"leader-level |leaders[’']? |private |closed-door |face-to-face |in-person |"
        r"high-level |annual |extraordinary |emergency )*"
        r"(?:meetings?|talks|summits?|summit meeting|discussions|negotiations|"
        r"consultations|phone call|telephone call|discussion(?= (?:on|in|with|between)\b))",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.convened",
        # "agreed to reconvene next month": the same meeting held again.
        r"(?:re)?(?:convened|convene|convenes)",
        subject="participant",
        joint=True,
    ),
    # "agreed to a trilateral planning conference in October": a meeting the parties set up.
    Trigger(
        "MeetingHeld",
        "meeting.agreed-to",
        r"(?:agreed|agree|agrees) to (?:hold )?(?:a|an|another|a further|the next) "
        r"(?:[\w-]+ ){0,3}?(?:conference|meeting|summit|round of talks)\b",
        subject="participant",
        joint=True,
        modality="planned",
        priority=1,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.attended-by",
        r"(?:was|were|is|are|will be) attended by",
        subject="participant",
        object="participant",
        joint=True,
        objects="pp",
        preps="by=participant from=participant",
        priority=1,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.attended",
        rf"attended {gap(3)}(?:summit|meeting|talks|conference|forum)",
        subject="participant",
        object="participant",
        joint=True,
        priority=1,
    ),
    # A meal with someone is a meeting (CAMEO 040): "had lunch with X", "hosted a dinner for
    # X", "dined with X". A meal alone ("had lunch at a restaurant") names nobody to meet.
    Trigger(
        "MeetingHeld",
        "meeting.meal",
        r"(?:had|has|have|having|hosted|hosts|host|hosting|held|holds|hold|holding|gave|gives|"
        r"give|giving|joined|joins|join|joining|attended|attends|attend|attending|offered) "
        r"(?:a |an |the )?(?:private |working |state |official |informal |formal |joint |"
        r"family |small |lavish |traditional )*(?:lunch|luncheon|dinner|breakfast|banquet|"
        r"supper)(?= (?:with|for|in honou?r of|honou?ring)\b)|"
        r"(?:lunched|dined|dines|dine|dining|breakfasted)(?= (?:[\w’'.-]+ ){0,2}?with\b)",
        subject="participant",
        object="participant",
        joint=True,
        preps="with=participant for=participant of=participant",
        priority=2,
        min_actors=2,
    ),
    # --- VisitMade ------------------------------------------------------------------------
    Trigger(
        "VisitMade",
        "visit.verb",
        r"visited|visits|visit|visiting",
        subject="visitor",
        object="host",
    ),
    Trigger(
        "VisitMade",
        "visit.noun",
        r"(?:state |official |working |first |historic )*"
        r"(?:visit|visits|trip|trips|tour)(?= (?:of|to|by)\b)",
        form="noun",
        subject="visitor",
        object="host",
        priority=1,
    ),
    Trigger(
        "VisitMade",
        "visit.travel",
        r"(?:travel|travels|travelled|traveled|travelling|traveling|flew|fly|flies|"
        r"flying|went|go|goes|heads|headed|heading)(?= to\b)"
        r"|(?:arrived|arrives|arrive|arriving|landed|lands|land)(?= in\b| at\b)",
        subject="visitor",
        object="host",
    ),
    Trigger(
        "VisitMade",
        "visit.host",
        r"hosted|hosts|host|hosting",
        subject="host",
        object="visitor",
        extra=(("or", "MeetingHeld"),),
        person_object=True,
    ),
    Trigger(
        "VisitMade",
        "visit.welcome",
        r"welcomed|welcomes|welcome|welcoming|received|receives|receive|receiving"
        r"|greeted|greets|greet",
        subject="host",
        object="visitor",
        extra=(("or", "MeetingHeld"),),
        person_object=True,
    ),
    Trigger(
        "VisitMade",
        "visit.attendance",
        r"attendance|participation",
        form="noun",
        subject="visitor",
        object="host",
    ),
    # --- StatementMade ---------------------------------------------------------------------
    Trigger(
        "StatementMade",
        "statement.verb",
        r"said|says|say|saying|stated|stating|declared|declares|declaring|"
        r"noted|notes|noting|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|stressed|"
        r"stresses|stressing|underlined|underlines|underscored|underscores|"
        r"underscoring|highlighted|highlights|highlight|highlighting|reiterated|"
        r"reiterates|reiterating|added|adds|remarked|remarks|explained|explains|"
        r"asserted|asserts|insisted|insists|argued|argues|mentioned|mentions|mention|"
        r"mentioning|commented|comments|conveyed|conveys|"
        r"affirmed|affirms|affirm|reaffirmed|reaffirms|reaffirm|reaffirming|confirmed|confirms|"
        r"emphasi[sz]e|underscore|stress|reiterate|acknowledge|"
        r"expressed|expresses|expressing|voiced|echoed|echoes|announced|announces|"
        r"announcing|proclaimed|acknowledged|wrote|tweeted|referred to|replied|replies|"
        r"replying|retorted|retorts|laid out|lays out|"
        r"(?:responded|responds|countered|counters|maintained|maintains|observed)(?= that\b)|"
        r"posted(?= on (?:[A-Z\w.]+ ){0,2}that\b)",
        subject="speaker",
        object="target",
        objects="none",
    ),
    Trigger(
        "StatementMade",
        "statement.told",
        r"told|tells|tell|telling|informed|informs",
        subject="speaker",
        object="target",
        priority=1,
    ),
    Trigger(
        "StatementMade",
        "statement.noun",
        r"(?:joint |official |public |written )*(?:statement|declaration|speech|remarks|"
        r"address|communiqu[eé]|press conference)(?= (?:by|from|of|on|in which)\b)",
        form="noun",
        subject="speaker",
        object="target",
        needs_actor=True,
    ),
    # --- PraiseExpressed ------------------------------------------------------------------
    Trigger(
        "PraiseExpressed",
        "praise.verb",
        r"praised|praises|praise|praising|hailed|hails|hail|hailing|commended|commends|"
        r"commend|lauded|lauds|applauded|applauds|congratulated|congratulates|"
        r"congratulate|thanked|thanks|thank|thanking|paid tribute to|pays tribute to",
        subject="speaker",
        object="target",
    ),
    Trigger(
        "PraiseExpressed",
        "praise.called",
        rf"(?:called|calls|call|calling|referred to|refers to|described|describes|"
        rf"hailed|named|considers|considered)\s+(?:{_W}\s+){{1,6}}?(?:as\s+)?"
        r"(?:a|an|his|her|their|our|its)\s+(?:[\w-]+\s+){0,2}"
        r"(?:friends?|brothers?|partners?|allies|ally|comrades?)\b",
        subject="speaker",
        object="target",
        priority=2,
    ),
    # --- CriticismExpressed ---------------------------------------------------------------
    Trigger(
        "CriticismExpressed",
        "criticism.verb",
        r"criticized|criticised|criticizes|criticises|criticize|criticise|criticizing|"
        r"criticising|condemned|condemns|condemn|condemning|denounced|denounces|"
        r"denounce|denouncing|slammed|slams|blasted|rebuked|rebukes|censured|"
        r"accused|accuses|accuse|accusing|blamed|blames|blame|blaming|"
        r"deplored|deplores|lambasted|decried|decries|protested|protests against",
        subject="speaker",
        object="target",
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.complaint",
        r"(?:made|makes|make|lodged|lodges|lodge|filed|files|file|issued|registered|voiced)"
        r" (?:a |an )?(?:formal |official |strong |stern |diplomatic )?(?:complaint|protest)s?",
        subject="speaker",
        object="target",
        objects="pp",
        preps="with=target to=target against=target",
        priority=1,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.noun",
        r"(?:condemnation|criticism|denunciation)(?= (?:of|from|by)\b)",
        form="noun",
        subject="speaker",
        object="target",
    ),
    # --- AgreementSigned ------------------------------------------------------------------
    Trigger(
        "AgreementSigned",
        "agreement.signed",
        rf"(?:signed|signs|sign|signing|inked|inks|ink|inking|concluded|concludes|conclude|"
        rf"concluding|ratified|ratifies|ratify|ratifying)\s+(?:on\s+to\s+|onto\s+)?{name_gap(12)}"
        r"(?:agreements?|accords?|treaty|treaties|memorand(?:um|a)(?: of understanding)?|"
        r"MoUs?|pacts?|conventions?|protocols?|charters?|declarations?|letters? of intent|"
        r"framework|acts?|deals?|contracts?|(?:strategic )?partnerships?)\b",
        subject="party",
        object="party",
        joint=True,
        priority=1,
    ),
    Trigger(
        "AgreementSigned",
        "agreement.passive",
        r"(?:agreements?|accords?|treaty|memorand(?:um|a)(?: of understanding)?|pacts?|"
        r"declarations?)(?:\s+\w+){0,4}?\s+(?:was|were|has been|have been|had been)?\s*"
        r"(?:signed|concluded|ratified|inked)",
        subject="party",
        object="party",
        joint=True,
        preps="by=party",  # "the treaty was signed by A and B": the agents sign
        priority=1,
    ),
    Trigger(
        "AgreementSigned",
        "agreement.signing",
        r"signing(?: ceremony)?(?= (?:of|ceremony)\b)|signings|signing ceremony",
        form="noun",
        subject="party",
        object="party",
        joint=True,
    ),
    Trigger(
        "AgreementSigned",
        "agreement.signed-on",
        r"signed on to|signed onto",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    # --- CooperationAnnounced --------------------------------------------------------------
    Trigger(
        "CooperationAnnounced",
        "cooperation.reaffirmed",
        rf"(?:reaffirmed|reaffirms|reaffirm|reaffirming|renewed|renews|renew|"
        rf"reasserted|affirmed|affirms|strengthened|strengthen|strengthens|"
        rf"strengthening|deepen|deepened|deepens|deepening|expand|expanded|"
        rf"bolster|bolstered|enhance|enhanced|upgraded|upgrade|upgrading|cemented|cement|"
        rf"elevated|elevates|elevate|elevating|"
        rf"(?:expressed|expresses|voiced|reaffirmed) (?:\w+ )?(?:confidence|faith) in)\s+"
        # (not across "that": "reaffirmed that X looks forward to deepening cooperation")
        rf"(?:(?!that\s){_W}\s+){{0,7}}?"
        r"(?:partnership|cooperation|co-operation|ties|relationship|relations|alliance|"
        r"friendship|collaboration)\b",
        subject="party",
        object="party",
        joint=True,
        priority=1,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.pledged",
        r"(?:pledged|pledges|pledge|agreed|agree|agrees|committed|commit|commits|vowed|"
        r"vow|promised|decided|resolved|expressing a willingness|expressed a willingness|"
        r"willingness|ready|readiness)\s+(?:\w+\s+){0,2}?to\s+"
        r"(?:(?:continue|further)\s+)?(?:cooperate|co-operate|collaborate|work together|"
        r"working (?:closely(?: together)?|together|hand in hand)|cooperating|co-operating|"
        r"collaborating|"
        r"joining forces|coordinating closely|"
        r"jointly [a-z]+|"
        r"work closely|join forces|strengthen|deepen|expand|enhance|share|exchange|pool|"
        r"coordinate|co-ordinate|align|harmoni[sz]e|"
        r"act(?:ing)? (?:collectively|jointly|together|in concert|in unison))\b",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.launched",
        rf"(?:announced|announce|announces|launched|launch|launches|established|"
        rf"establish|establishes|formed|forged|created|unveiled)\s+{gap(4)}"
        r"(?:partnership|alliance|cooperation (?:framework|mechanism|initiative)|"
        r"strategic dialogue|coalition)\b",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    # --- DealAnnounced ---------------------------------------------------------------------
    Trigger(
        "DealAnnounced",
        "deal.flow",
        rf"(?P<commodity>{COMMODITIES})\s+(?:{_FLOW})",
        form="noun",
        subject="supplier",
        object="recipient",
        objects="pp",
        preps="to=recipient for=recipient from=supplier by=supplier",
    ),
    Trigger(
        "DealAnnounced",
        "deal.flow-of",
        rf"(?:{_FLOW}) of (?:\w+ ){{0,2}}?(?P<commodity>{COMMODITIES})\b",
        form="noun",
        subject="supplier",
        object="recipient",
        objects="pp",
        preps="to=recipient for=recipient from=supplier by=supplier",
    ),
    Trigger(
        "DealAnnounced",
        "deal.sell",
        rf"(?:sell|sells|sold|selling|sale of|exported|exports|export|supplied|supplies|"
        rf"supply|supplying)\s+{gap(8)}"
        rf"(?:(?P<commodity>{COMMODITIES})|{ASSETS})\b",
        subject="seller",
        object="buyer",
        objects="pp",
        preps="to=buyer by=seller",
        priority=1,
    ),
    Trigger(
        "DealAnnounced",
        "deal.supply",
        rf"(?:deliver|delivers|delivered|delivering|ship|ships|shipped|shipping)\s+{gap(8)}"
        rf"(?P<commodity>{COMMODITIES})\b",
        subject="supplier",
        object="recipient",
        objects="pp",
        preps="to=recipient for=recipient by=supplier",
        priority=1,
    ),
    Trigger(
        "DealAnnounced",
        "deal.buy",
        rf"(?:buy|buys|bought|buying|purchase|purchased|purchases|purchasing|acquire|"
        rf"acquired|acquires|acquiring|acquisition of|imported|imports|import)\s+"
        rf"{gap(8)}(?:(?P<commodity>{COMMODITIES})|{ASSETS})\b",
        subject="buyer",
        object="seller",
        objects="pp",
        preps="from=seller by=buyer",
        priority=1,
    ),
    Trigger(
        "DealAnnounced",
        "deal.acquisition",
        r"(?:the |this )?acquisition(?! of)",
        form="noun",
        subject="buyer",
        object="seller",
    ),
    Trigger(
        "DealAnnounced",
        "deal.noun",
        rf"(?:(?P<commodity>{COMMODITIES})|trade|business|energy|supply|purchase|sales?|"
        r"export|import|investment|takeover|merger|commercial|arms|\$[\d.,]+ ?\w*illion)"
        r"\s+(?:deal|deals|contract|contracts)",
        form="noun",
        subject="party",
        object="party",
        joint=True,
    ),
    Trigger(
        "DealAnnounced",
        "deal.anaphor",
        r"(?:the|this|that) (?:deal|sale|contract)",
        form="noun",
        subject="party",
        object="party",
        joint=True,
        extra=(("anaphor", "1"),),
    ),
    # --- VisaPolicyChanged -----------------------------------------------------------------
    Trigger(
        "VisaPolicyChanged",
        "visa.eased",
        r"visa[- ]free(?: travel| entry| regime| access| program(?:me)?)?|"
        r"visa[- ]waiver(?: program(?:me)?)?|visa exemptions?|"
        r"(?:eased|eases|ease|easing|relaxed|relaxes|relax|lifted|lifts|lift|waived|"
        r"waives|waive|scrapped|abolished) (?:\w+ ){0,2}visa (?:requirements|rules|"
        r"restrictions|regime)|visas? on arrival|(?:exempt|exempts|exempted|exempting) "
        r"(?:[\w’'-]+ ){1,6}?from (?:\w+ )?visa(?: requirements| rules| regime)?",
        form="noun",
        subject="issuer",
        object="beneficiary",
        extra=(("direction", "eased"),),
        priority=4,
    ),
    Trigger(
        "VisaPolicyChanged",
        "visa.inclusion",
        r"(?:inclusion|entry|admission|participation|membership) in(?:to)? the "
        r"visa[- ]waiver program(?:me)?",
        form="noun",
        subject="beneficiary",
        object="beneficiary",
        extra=(("direction", "eased"),),
        priority=5,  # beats visa.eased on "visa waiver program" inside it
    ),
    Trigger(
        "VisaPolicyChanged",
        "visa.restricted",
        r"visa (?:restrictions?|bans?|sanctions|suspensions?|restriction policy|"
        r"curbs?|limits)|(?:restricted|restricts|restrict|suspended|suspends|"
        r"suspend|revoked|revokes|revoke|halted|halts|cancel+ed|cancels) "
        r"(?:\w+ ){0,2}visas",
        form="noun",
        subject="issuer",
        object="target",
        extra=(("direction", "restricted"),),
        priority=4,
    ),
    # --- SanctionLifted (before SanctionImposed: longer phrases win ties) -------------------
    Trigger(
        "SanctionLifted",
        "sanction.lifted",
        rf"(?:lifted|lifts|lift|lifting|removed|removes|remove|removing|revoked|revokes|"
        rf"revoke|revoking|terminated|terminates|terminate|terminating|eased|eases|ease|"
        rf"easing|suspended|suspends|suspend|suspending|waived|waives|waive|waiving|"
        rf"relaxed|relaxing|ended|ends|end|ending|scrapped|dropped|rescinded|"
        rf"rescinds|rescind|rescinding)\s+{gap(5)}(?:sanctions?|embargo(?:es)?|export controls|"
        r"restrictions|bans?|tariffs|(?:punitive |anti-dumping )?duties|curbs|"
        r"designations?(?= as (?:an? |the )?(?:state sponsor|foreign terrorist|specially "
        r"designated|terrorist)))\b",
        subject="imposer",
        object="target",
        priority=3,
    ),
    # In the passive: "Sanctions on X were lifted by Y", "the embargo was eased"; and
    # "will not be lifted", whose negation sits inside the phrase.
    Trigger(
        "SanctionLifted",
        "sanction.lifted-passive",
        rf"{_LIFTED_PASSIVE_HEAD}(?: been| be| being| to be)? {_LIFTED_PASSIVE_VERB}",
        form="noun",
        subject="target",
        object="target",
        objects="pp",
        preps="on=target against=target by=imposer",
        priority=4,
    ),
    Trigger(
        "SanctionLifted",
        "sanction.not-lifted-passive",
        rf"{_LIFTED_PASSIVE_HEAD} (?:not|never)(?: been| be| being| to be)? "
        rf"{_LIFTED_PASSIVE_VERB}",
        form="noun",
        subject="target",
        object="target",
        objects="pp",
        preps="on=target against=target by=imposer",
        modality="negated",
        priority=4,
    ),
    Trigger(
        "SanctionLifted",
        "sanction.relief",
        r"sanctions? relief|(?:lifting|removal|revocation|termination|easing|"
        r"suspension|relaxation|waiver) of (?:\w+ ){0,3}?(?:sanctions?|embargo|"
        r"export controls|restrictions)",
        form="noun",
        subject="imposer",
        object="target",
        priority=3,
    ),
    # --- SanctionImposed -------------------------------------------------------------------
    Trigger(
        "SanctionImposed",
        "sanction.imposed",
        rf"(?:imposed|imposes|impose|imposing|slapped|slaps|slap|slapping|announced|announces|"
        rf"announcing|levies|levy|levying|"
        rf"introduced|introduces|introducing|issued|issues|issue|levied|extended|"
        rf"implementing|implemented|implements|implement|enacted|adopted|rolled out|"
        rf"expanded|tightened|tighten|toughened)\s+{gap(4)}"
        r"(?:sanctions|embargo(?:es)?|export controls|restrictions|bans?|"
        r"tariffs|prohibitions|(?:export |import |trade )?curbs|(?:anti-dumping |punitive )?"
        r"duties|quotas)\b",
        subject="imposer",
        object="target",
        preps="on=target against=target to=target",
        priority=2,
        # (not a power to impose them: "an order, which provides authority to ... impose")
        requires=r"^(?!.*\b(?:provides|provided|providing|grants|granted|granting|gives|gave|"
        r"giving|confers|conferred|delegates|delegated) (?:\w+ )?authority to\b)",
    ),
    Trigger(
        "SanctionImposed",
        "sanction.verb",
        r"sanctioned|sanctions|sanction|sanctioning|blacklisted|blacklists|blacklist|"
        r"banned|bans|ban|banning|embargoed|blocked|blocks|block|blocking|designated|designates",
        subject="imposer",
        object="target",
        needs_object=True,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.noun",
        r"(?:new |further |additional |blocking |full blocking |economic |financial |"
        r"trade |travel |secondary |targeted |tough |harsh |sweeping |fresh )*"
        r"(?:sanctions(?: packages?)?|embargo(?:es)?|export controls|bans?|"
        r"(?:debt |trade |travel |import |export |flight |investment )"
        r"(?:prohibitions|restrictions)|restrictions on (?:\w+ ){0,2}?"
        r"(?:flights|flying|trade|imports|exports|travel|investment|transactions))",
        form="noun",
        subject="imposer",
        object="target",
        priority=1,
    ),
    # "the sanctions that A and B imposed on C": the imposers are the relative clause's
    # subject, not whoever discusses the sanctions.
    Trigger(
        "SanctionImposed",
        "sanction.relative",
        r"(?<=sanctions )(?:that|which)\s+"
        r"(?:(?!(?:was|were|is|are|be|been|being|not|to|by|in|on|at)\s)[\w’'.,-]+\s+){0,8}?"
        r"(?:imposed|announced|levied|slapped|adopted|introduced)(?=\s+(?:on|against)\b)",
        form="noun",
        subject="imposer",
        object="imposer",
        preps="on=target against=target",
        priority=4,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.subject-of",
        r"(?:the )?(?:subject|target) (?:of|for) (?:\w+ ){0,3}?sanctions|under (?:\w+ ){0,2}?"
        r"sanctions|(?:face|faces|faced|facing) (?:new |further |more |tougher |fresh |"
        r"additional |western |u\.s\. |eu )*(?:sanctions|penalties|embargo)",
        form="noun",
        subject="target",
        object="imposer",
        priority=2,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.permit",
        r"(?:suspended|suspends|suspend|revoked|revokes|revoke|withdrew|withdrawn|"
        r"cancel+ed|cancels) (?:\w+[’']s |its |their |the )?(?:\w+ )?(?:operating )?"
        r"(?:permits?|licen[cs]es?|landing rights|accreditation)",
        subject="imposer",
        object="target",
        priority=1,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.freeze",
        # "froze Russia's assets", "froze the assets of Russia's central bank": the owner
        # of the assets is the target
        r"(?:froze|freeze|freezes|freezing|frozen|seized|seizes|seize|seizing|confiscated|"
        r"confiscates|confiscate|confiscating|immobili[sz]ed|immobili[sz]es|immobili[sz]e) "
        r"(?:[\w’'-]+ ){0,4}?(?:assets|reserves)",
        subject="imposer",
        object="target",
        preps="of=target",
    ),
    # --- MilitaryParadeHeld ----------------------------------------------------------------
    Trigger(
        "MilitaryParadeHeld",
        "parade.noun",
        r"(?:military|victory|army|naval|grand|national day|independence day|"
        r"anniversary) (?:parades?)|military (?:march(?:es)?|review)",
        form="noun",
        subject="host",
        object="attendee",
        needs_actor=False,
    ),
    Trigger(
        "MilitaryParadeHeld",
        "parade.bare",
        r"parades?",
        form="noun",
        subject="host",
        object="attendee",
        needs_actor=False,
        requires=r"\b(?:military|army|armed forces|troops|soldiers|veterans|tanks|"
        r"missiles|navy|air force|marines)\b",
    ),
    # --- MilitaryExerciseHeld --------------------------------------------------------------
    Trigger(
        "MilitaryExerciseHeld",
        "exercise.noun",
        r"(?:joint |naval |military |air |live-fire |large-scale |war |combat |"
        r"amphibious |nuclear )+(?:exercises?|drills?|games|manoeuvres|maneuvers)",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
    ),
    Trigger(
        "MilitaryExerciseHeld",
        "exercise.held",
        rf"(?:held|hold|holds|holding|staged|stage|stages|conducted|conduct|conducts|"
        rf"conducting|launched|began|begin) {gap(3)}(?:exercises?|drills?|war games|"
        r"manoeuvres|maneuvers)",
        subject="participant",
        object="participant",
        joint=True,
        priority=1,
    ),
    # --- MilitaryActionTaken ---------------------------------------------------------------
    Trigger(
        "MilitaryActionTaken",
        "military.verb",
        # ("the attack by X on Y": before "by", "attack" is the noun, whose agent "by" names)
        r"(?:attacks|attack|strikes|bombs|shells)(?! by\b)|"
        r"attacked|attacking|struck|bombed|bombing|shelled|"
        r"shelling|invaded|invades|invade|invading|raided|stormed|seized|"
        r"annexed|occupied|shot down|fired (?:missiles|rockets|shells) (?:at|on|into)",
        subject="attacker",
        object="target",
        needs_object=True,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.noun",
        r"(?:missile |drone |air |rocket |military |armed |terrorist |cyber |nuclear |"
        r"ground )*(?:attacks?|strikes?|airstrikes?|air strikes?|invasion|incursion|"
        r"intrusion|bombardment|shelling|occupation|assault)",
        form="noun",
        subject="attacker",
        object="target",
    ),
    # "Russia's unprovoked attack on Ukraine": after a possessive, "attack" is a noun whose
    # owner is the attacker, even with a qualifier or two before it.
    Trigger(
        "MilitaryActionTaken",
        "military.possessive",
        r"(?<=['’]s )(?:[a-z-]+ (?:and [a-z-]+ )?)?(?:attacks?|invasion|assault|aggression|"
        r"bombardment|incursion|offensive|shelling|strikes?|airstrikes?|air strikes?)"
        r"(?= (?:on|against|of|in|into)\b)",
        form="noun",
        subject="attacker",
        object="target",
        priority=2,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.entered",
        r"(?:entered|enters|enter|entering|violated|violates|violating|intruded into|"
        r"crossed into|penetrated) (?:\w+ ){0,3}?(?:waters|airspace|territory|"
        r"border|zone)",
        subject="attacker",
        object="target",
        priority=2,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.killing-of",
        r"killing of|assassination of|murder of",
        form="noun",
        subject="attacker",
        object="target",
        priority=1,
        requires=r"\b(?:strike|airstrike|drone|missile|troops|forces|military|army|"
        r"bomb|attack|raid|shelling)\b",
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.killing",
        r"killed|assassinated",
        subject="attacker",
        object="target",
        requires=r"\b(?:strike|airstrike|drone|missile|troops|forces|military|army|"
        r"bomb|attack|raid|shelling)\b",
    ),
    # "whose parents were killed by Hamas", "civilians were killed by Russian forces": the
    # agent of a passive killing attacks.
    Trigger(
        "MilitaryActionTaken",
        "military.killed-by",
        r"(?:were|was|have been|has been|had been|been|being) (?:\w+ly )?(?:killed|murdered|"
        r"massacred|slaughtered|abducted|kidnapped|taken hostage)(?= by\b)",
        subject="target",
        object="attacker",
        objects="pp",
        preps="by=attacker",
        priority=2,
    ),
    # --- ThreatIssued ----------------------------------------------------------------------
    Trigger(
        "ThreatIssued",
        "threat.verb",
        r"threatened|threatens|threaten|threatening|warned|warns|warn|"
        # "a new warning indicator", "despite this warning", "early warning systems": the
        # noun is no threat made
        r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bnew )(?<!\btravel )"
        r"(?<![”\"] )(?<!\bearly )warning(?! (?:indicators?|labels?|signs?|systems?|levels?|"
        r"lights?|shots?|signals?)\b)|warning(?= (?:to|against)\b)|vowed to retaliate|ultimatum",
        subject="speaker",
        object="target",
    ),
    # --- AidProvided -----------------------------------------------------------------------
    Trigger(
        "AidProvided",
        "aid.noun",
        r"(?:humanitarian|military|economic|financial|emergency|development|medical|"
        r"food|disaster|security) (?:aid|assistance|relief|financing|funding|support "
        r"package|package)",
        form="noun",
        subject="supplier",
        object="recipient",
    ),
    Trigger(
        "AidProvided",
        "aid.delivery",
        r"(?:delivery|deliveries|donation|donations|shipment|shipments|gift) of "
        r"(?:[\w,.-]+ ){0,4}?(?:vaccines?|doses|aid|supplies|food|medicine|medical supplies|"
        r"equipment|weapons|ammunition|(?:humanitarian|emergency|relief|life-?saving) "
        r"assistance)",
        form="noun",
        subject="supplier",
        object="recipient",
        priority=2,
    ),
    Trigger(
        "AidProvided",
        "aid.verb",
        rf"(?:donated|donates|donate|donating|delivered|delivers|deliver|delivering|"
        rf"provided|provides|provide|providing|sent|sends|send|gave|gives|give|"
        rf"granted|grants|pledged|pledges|shipped)\s+{gap(4)}"
        r"(?:aid|assistance|vaccines?|doses|relief|grants?|loans?|food|medicines?|"
        r"medical supplies)\b",
        subject="supplier",
        object="recipient",
        priority=1,
    ),
    # --- HistoricalEventReferenced ---------------------------------------------------------
    Trigger(
        "HistoricalEventReferenced",
        "history.years-since",
        rf"(?P<years>\d{{1,4}}|{NUMBER_WORDS}) years (?:since|after|after the end of)"
        r"|(?P<nth>\d{1,4})(?:st|nd|rd|th) (?:anniversary|birthday|jubilee) of"
        # The look-ahead finds nothing new; it makes a miss cheap at every other word.
        r"|(?=[a-z-]++ (?:anniversary|birthday) of)"
        r"(?P<nthw>[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd)) (?:anniversary|birthday) of",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
        modality="historical",
        needs_actor=False,
        priority=3,
    ),
    Trigger(
        "HistoricalEventReferenced",
        "history.commemoration",
        r"commemorat(?:ion|ions|ing|es|ed) (?:of )?(?:the )?(?=\w)|"
        r"(?:marks|marking|marked|celebrates|celebrating|celebrated) the "
        r"(?:anniversary|end|beginning|start|founding|birth) of",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
        modality="historical",
        needs_actor=False,
        priority=2,
    ),
    # --- DemandMade ------------------------------------------------------------------------
    Trigger(
        "DemandMade",
        "demand.verb",
        r"urged|urges|urge|urging|demanded|demands|demand|demanding|called on|calls on|"
        r"call on|calling on|called upon|calls upon|call upon|calling upon|called for|calls for|"
        r"call for|"
        r"calling for|pressed|presses|press|pressing|insisted that|appealed to|appeals to|"
        r"requested|requests|request|requesting|asking|asked",
        subject="speaker",
        object="target",
    ),
    Trigger(
        "DemandMade",
        "demand.noun",
        r"(?:calls|demands|appeals) (?:by|from)",
        form="noun",
        subject="speaker",
        object="target",
    ),
    # --- LegalActionTaken ------------------------------------------------------------------
    Trigger(
        "LegalActionTaken",
        "legal.noun",
        r"(?:indictment|prosecution|expulsion|extradition|arrest) of",
        form="noun",
        subject="imposer",
        object="target",
        priority=1,
    ),
    Trigger(
        "LegalActionTaken",
        "legal.warrant",
        r"(?:arrest )?warrants?(?: of arrest)?(?= (?:for|on|against)\b)|arrest warrants?|"
        r"red notices?",
        form="noun",
        subject="imposer",
        object="target",
        priority=1,
    ),
    Trigger(
        "LegalActionTaken",
        "legal.verb",
        r"charged|indicted|indicts|prosecuted|prosecutes|"
        r"sued|sues|expelled|expels|expel|expelling|"
        r"arrested|arrests|detained|detains|extradited|extradition of|convicted|"
        r"sentenced|deported|deports|declared persona non grata",
        subject="imposer",
        object="target",
        needs_object=True,
    ),
    # --- broad verb classes (1.3.0): CAMEO/PLOVER-style synonyms, light verbs, phrasal
    # forms and the reporting forms news uses for each type -------------------------------
    # Background events stated as plain past-tense history with a year: "X was founded in
    # 1991", "X gained independence in 1960". The year must be in the phrase.
    Trigger(
        "HistoricalEventReferenced",
        "history.founded-in",
        r"(?:was|were|had been|has been) (?:officially |formally |first )?"
        r"(?:founded|established|created|formed|set up|launched|inaugurated|dissolved|"
        r"abolished|disbanded|reunified|unified|partitioned|liberated|annexed|proclaimed|"
        r"incorporated|born|built)"
        rf" (?:in|on) (?:{gap(3)})?(?P<year>1[5-9]\d\d|20\d\d)\b",
        subject="participant",
        object="participant",
        joint=True,
        objects="pp",
        preps="by=participant",
        modality="historical",
        # (needs an actor: "It was founded in 1992" names nothing to record)
        priority=4,
    ),
    Trigger(
        "HistoricalEventReferenced",
        "history.founded-active",
        rf"(?:founded|established|co-founded|cofounded|created|formed|set up)\s+{gap(8)}"
        r"(?:in|on) (?:[\w,]+ ){0,2}?(?P<year>1[5-9]\d\d|20\d\d)\b",
        subject="participant",
        object="participant",
        joint=True,
        modality="historical",
        priority=1,
    ),
    Trigger(
        "HistoricalEventReferenced",
        "history.gained",
        r"(?:gained|won|achieved|declared|regained|proclaimed) (?:its |their |full )?"
        r"independence(?: from)?|(?:collapsed|dissolved|broke up|disintegrated|"
        r"fell|split|reunited|reunified|seceded) (?:in|on) (?:[\w,]+ ){0,2}?"
        r"(?P<year>1[5-9]\d\d|20\d\d)\b",
        subject="participant",
        object="participant",
        joint=True,
        modality="historical",
        priority=2,
    ),
    Trigger(
        "HistoricalEventReferenced",
        "history.founding-of",
        r"(?:founding|foundation|establishment|creation|independence|dissolution|"
        r"reunification|break-up|breakup) of (?:the )?"
        rf"{name_gap(5)}in (?P<year>1[5-9]\d\d|20\d\d)\b",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
        modality="historical",
        priority=2,
    ),
    # Attendance and participation: at a meeting it is taking part in the meeting; at a
    # ceremony, an inauguration, a funeral, a signing it is a visit (the guest came).
    Trigger(
        "MeetingHeld",
        "meeting.took-part",
        # (not "... to meet X and participate in the summit": that summit is its own fact)
        rf"(?<!and )(?:took part|take part|takes part|taking part|participated|participates|"
        rf"participate|participating|attended|attends|attend|attending|"
        rf"was present|were present|sat in)(?= (?:in |at )?(?:the |a |an |this |that )?"
        rf"{gap(5)}(?:summit|meetings?|talks|conference|forum|session|negotiations|"
        r"consultations|gathering|assembly|congress|convention|dialogue|round ?table|"
        r"video ?conference|videoconference|virtual meeting|ministerial)\b)",
        subject="participant",
        object="participant",
        joint=True,
        priority=2,
    ),
    Trigger(
        "VisitMade",
        "visit.attended",
        rf"(?:attended|attends|attend|attending|took part in|take part in|takes part in|"
        rf"taking part in|participated in|participates in|participate in|was present at|"
        rf"were present at|witnessed|witness|witnesses) (?:the |a |an |this |that )?{gap(5)}"
        r"(?:ceremony|ceremonies|inauguration|funeral|celebrations?|commemorations?|"
        r"signing|swearing-in|coronation|investiture|wedding|memorial|festivities)\b",
        subject="visitor",
        object="host",
        preps="of=host by=host",
        priority=2,
    ),
    Trigger(
        "VisitMade",
        "visit.attended-by",
        r"(?:ceremony|ceremonies|inauguration|funeral|celebrations?|signing|"
        r"swearing-in|coronation) (?:\w+ ){0,4}?"
        r"(?:was|were|is|are|will be) attended by",
        subject="host",
        object="visitor",
        objects="pp",
        preps="by=visitor",
        priority=2,
    ),
    # Meetings: light verbs and synonyms (CAMEO 040-046).
    Trigger(
        "MeetingHeld",
        "meeting.conferred",
        r"(?:conferred|confers|confer|conferring|consulted|consults|consult|consulting|"
        r"negotiated|negotiates|negotiate|negotiating|parleyed|huddled|"
        r"exchanged views|exchange views|exchanges views|exchanging views|"
        r"exchanged ideas|sat down|sit down|sits down|sitting down|"
        r"held consultations|hold consultations)"
        r"(?= (?:by (?:tele)?phone |by video(?:link)? |virtually |briefly |privately )?"
        r"(?:with|on|about)\b)",
        subject="participant",
        object="participant",
        joint=True,
        objects="pp",
        preps="with=participant",
        priority=1,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.call",
        rf"(?:held|hold|holds|holding|had|have|has|made|make|makes|placed|place|received|"
        rf"took|take) {gap(3)}(?:phone|telephone|video|virtual|online|zoom) "
        r"(?:call|conversation|conference|meeting|talks)s?",
        subject="participant",
        object="participant",
        joint=True,
        preps="from=participant with=participant",
        priority=2,
        needs_object=False,
    ),
    # "Xi and Putin discussed Ukraine", "Biden discussed trade with Lula": two named parties
    # discussing is a conversation between them, whether or not a meeting is named.
    # "NATO leaders gathered in Madrid for a two-day summit".
    Trigger(
        "MeetingHeld",
        "meeting.gathered",
        rf"(?:gathered|gathers|gather|gathering|assembled|assembles|assemble|converged|"
        rf"converge|converges|convened|convenes|convene) (?:in|at|on|for) {gap(5)}"
        r"(?:summit|meeting|talks|conference|session|assembly|forum)s?\b",
        subject="participant",
        object="participant",
        joint=True,
        objects="pp",
        priority=2,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.discussed",
        r"(?:discussed|discusses|discuss|discussing)(?= )",
        subject="participant",
        object="participant",
        joint=True,
        objects="none",  # "discussed X with Y" is meeting.discussed-with
        min_actors=2,
        venue=False,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.phoned",
        r"(?:phoned|telephoned|rang|called)(?= (?:[\w.’'-]+ ){1,4}?(?:on|to (?:discuss|"
        r"congratulate|express|thank|offer|review|coordinate)|about)\b)",
        subject="participant",
        object="participant",
        joint=True,
        priority=2,
        min_actors=2,  # both ends of the line named: "a group called Hamas on Friday" is no call
    ),
    # Visits: light verbs and phrasal forms (CAMEO 042).
    Trigger(
        "VisitMade",
        "visit.made",
        rf"(?:paid|pays|pay|paying|made|makes|make|making|began|begins|started|starts|"
        rf"embarked on|embarks on|embark on|concluded|wrapped up|ended|kicked off|"
        rf"undertook|undertakes) (?:a |an |his |her |their |its )?{gap(3)}"
        r"(?:visit|trip|tour|stop|stopover)s?(?= (?:to|of|in|at)\b)",
        subject="visitor",
        object="host",
        preps="to=host",
        priority=2,
    ),
    Trigger(
        "VisitMade",
        "visit.toured",
        r"(?:toured|tours|touring|(?:set off|set out|left|departed|leaves|leave|headed|"
        r"heads) for|stopped (?:over )?in|made a stop in|flew into|flies into|arrived for)",
        subject="visitor",
        object="host",
        preps="for=host into=host",
        needs_object=True,
    ),
    # Joint declarations: "the leaders agreed on the importance of working together".
    Trigger(
        "CooperationAnnounced",
        "cooperation.importance",
        rf"(?:agreed|agree|agrees|concurred|stressed|stresses|stress|underscored|"
        rf"underscores|underscore|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]e|highlighted|"
        rf"recogni[sz]ed|acknowledged|affirmed|reaffirmed|reiterated|noted) (?:on |upon )?"
        rf"(?:the )?(?:importance|need|value|necessity|benefits?|significance) "
        rf"(?:of|for|to) {gap(4)}(?:working together|work together|cooperation|"
        r"co-operation|cooperating|collaboration|collaborating|coordination|coordinating|"
        r"partnership|integration|ties|relations|dialogue|joint (?:efforts?|action|work))\b",
        subject="party",
        object="party",
        joint=True,
        priority=4,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.boost",
        rf"(?:agreed|agree|agrees|pledged|pledge|pledges|vowed|vow|vows|promised|"
        rf"committed|decided|resolved|undertook|sought|seek|seeks|aim|aims|aimed) "
        rf"(?:\w+ )?to (?:further )?(?:boost|increase|promote|develop|intensify|step up|"
        rf"broaden|upgrade|bolster|foster|advance|"
        rf"improve|widen|diversify|elevate|revitali[sz]e|double|triple|facilitate) "
        rf"{gap(3)}(?:trade|ties|cooperation|co-operation|relations|relationship|"
        r"investments?|exchanges|partnership|collaboration|links|connectivity|"
        r"commerce|dialogue|coordination|contacts|initiatives)\b",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.verbs",
        rf"(?:boosted|boosting|stepped up|stepping up|step up|intensified|intensify|"
        rf"intensifying|broadened|broaden|widened|revitali[sz]ed|revitali[sz]e|normali[sz]ed|"
        rf"normali[sz]e|normali[sz]ing|restored|restore|re-established|reestablished|"
        rf"elevated|elevate|upgrading|advanced|advance)\s+{gap(4)}"
        r"(?:partnership|cooperation|co-operation|ties|relationship|relations|"
        r"diplomatic relations|collaboration)\b",
        subject="party",
        object="party",
        joint=True,
        priority=1,
        min_actors=2,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.joint-initiative",
        rf"(?:launched|launch|launches|unveiled|unveil|unveils|announced|announce|"
        rf"announces|set up|sets up|established|establish|establishes|created|create|"
        rf"creates|agreed on|agreed to (?:set up|create|establish|launch))\s+"
        rf"(?:a |an |the )?(?:new )?joint\s+{gap(2)}(?:initiative|programm?e|project|"
        r"fund|mechanism|platform|plan|strategy|roadmap|road map|action plan|centre|center|"
        r"commission|committee|council|research|patrols?)\b",
        subject="party",
        object="party",
        joint=True,
        priority=3,
    ),
    # Agreements: reaching, striking, joining (CAMEO 057).
    Trigger(
        "AgreementSigned",
        "agreement.reached",
        rf"(?:reached|reach|reaches|reaching|struck|strikes|striking|clinched|clinch|"
        rf"sealed|seal|seals|hammered out|hammer out|finali[sz]ed|finali[sz]e|"
        rf"brokered|broker|initialled|initialed|forged) (?:a |an |the |their )?"
        rf"{gap(3)}(?:agreement|deal|accord|pact|treaty|truce|ceasefire|cease-fire|"
        r"settlement|compromise|consensus|understanding|armistice)s?\b",
        subject="party",
        object="party",
        joint=True,
        priority=6,  # beats the decoy "strike a deal" (a strike of another kind)
    ),
    # "Israel and Hamas agreed to a ceasefire": agreeing to an accord is concluding it.
    Trigger(
        "AgreementSigned",
        "agreement.agreed-to",
        rf"(?:agreed|agree|agrees|agreeing) (?:to|on|upon) (?:a |an |the |their )?"
        rf"{gap(2)}(?:ceasefire|cease-fire|truce|peace (?:deal|plan|agreement|accord)|"
        r"armistice|prisoner swap|hostage deal|deal|accord|agreement)s?\b",
        subject="party",
        object="party",
        joint=True,
        min_actors=2,
        priority=5,
    ),
    # "the ceasefire agreed between A and B", "the agreement A reached with B", "the truce
    # they agreed to in Doha": an accord named with the act that concluded it.
    Trigger(
        "AgreementSigned",
        "agreement.relative",
        r"(?:(?<=ceasefire )|(?<=cease-fire )|(?<=truce )|(?<=armistice )|(?<=agreement )|"
        r"(?<=accord )|(?<=deal )|(?<=pact )|(?<=treaty )|(?<=memorandum )|(?<=understanding ))"
        r"(?:(?:that|which)\s+)?"
        r"(?:(?!(?:was|were|is|are|be|been|being|has|have|had|not|to|by|in|on|at)\s)"
        r"[\w’'.-]+\s+){0,3}?(?:reached|agreed|signed|concluded|struck|"
        r"brokered)(?:\s+(?:to|on|upon))?(?=\s+(?:between|with|in|at|on|last|earlier)\b)",
        form="noun",
        subject="party",
        object="party",
        joint=True,
        preps="between=party with=party by=party",
        priority=4,
    ),
    # A body's resolution says what it says: "adopted a resolution demanding a ceasefire".
    Trigger(
        "DemandMade",
        "demand.resolution",
        rf"(?:adopted|adopts|adopt|passed|passes|pass|approved|approves|approve|"
        rf"unanimously adopted|unanimously passed) (?:a |an |the )?{gap(2)}"
        r"(?:resolution|motion|declaration)s? (?:demanding|calling for|calling on|urging)\b",
        subject="speaker",
        object="target",
        objects="pp",
        preps="on=target",
        priority=4,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.resolution",
        rf"(?:adopted|adopts|adopt|passed|passes|pass|approved|approves|approve) (?:a |an |the )?"
        rf"{gap(2)}(?:resolution|motion|declaration)s? (?:condemning|denouncing|deploring|"
        r"censuring)\b",
        subject="speaker",
        object="target",
        priority=4,
    ),
    # "open to talks", "ready for negotiations": a stance, not a meeting.
    Trigger(
        "",
        "decoy.open-to-talks",
        r"(?:open|ready|willing|prepared) (?:to|for) (?:new |direct |further |peace )?"
        r"(?:talks|negotiations|dialogue)\b",
        priority=5,
    ),
    Trigger(
        "AgreementSigned",
        "agreement.joined",
        rf"(?:joined|joins|join|joining|acceded to|accedes to|accede to|acceding to|"
        rf"signed up to|signs up to|sign up to|adhered to|became (?:a )?(?:party|"
        rf"signatory) to) (?:the |a |an )?{name_gap(8)}"
        r"(?:agreements?|accords?|treaty|treaties|conventions?|pacts?|protocols?|charter)\b",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    # Joining a bloc is an accession: "Finland joined NATO", "became a member of the WTO".
    Trigger(
        "AgreementSigned",
        "agreement.joined-bloc",
        r"(?:joined|joins|join|joining|(?:became|becomes|become|becoming) (?:a |an )?(?:full |"
        r"formal |permanent )?member (?:state )?of|(?:was|were|is|are|been) (?:formally )?"
        r"admitted (?:in)?to|acceded to|accedes to|accede to)"
        r"(?<!applied to join)(?<!apply to join)(?<!bid to join)(?<!seeks to join)"
        r"(?<!seek to join)(?<!hopes to join)(?<!hope to join)(?<!wants to join)"
        r"(?= (?:the )?(?:nato|brics|asean|opec\+?|wto|mercosur|quad|g20|g7|sco|eu)\b|"
        r" the (?:[\w’'-]+ ){0,4}?(?:union|alliance|organi[sz]ation|community|bloc|league|"
        r"partnership|coalition|commonwealth)\b)",
        subject="party",
        object="party",
        joint=True,
        preps="of=party to=party into=party",
        priority=2,
    ),
    # Praise: welcoming a decision, endorsing (CAMEO 051).
    Trigger(
        "PraiseExpressed",
        "praise.welcomed",
        rf"(?:welcomed|welcomes|welcome|welcoming|applauded|saluted|salutes|extolled|"
        rf"appreciated|appreciates|appreciate|"
        rf"lauded|endorsed|endorses|endorse|endorsing|hailed|praised) (?!by )(?:the |a |an |this |"
        rf"that |their |its |his |her )?{gap(4)}(?:decision|agreement|deal|move|"
        r"announcement|step|steps|progress|efforts?|initiative|release|ceasefire|"
        r"cease-fire|truce|election|outcome|results?|resolution|commitment|proposal|plan|"
        r"accord|talks|dialogue|reforms?|measures?|achievements?|contribution|role|"
        r"leadership|signing|adoption|return|launch|participation|package|offers?|"
        r"invitation|willingness|readiness)\b",
        subject="speaker",
        object="target",
        preps="by=target of=target",
        priority=2,
    ),
    # Criticism: synonyms, phrasal forms and expressions of disapproval (CAMEO 110-112).
    Trigger(
        "CriticismExpressed",
        "criticism.lashed",
        r"(?:lashed out|lashes out|lash out|lashing out|hit out|hits out|hitting out|"
        r"took aim|takes aim|take aim|railed|rails|rail) (?:at|against)|"
        r"bristled at|objected to|objects to|took issue with|takes issue with",
        subject="speaker",
        object="target",
        preps="at=target against=target with=target to=target",
        priority=1,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.rebuked",
        r"chastised|chastises|castigated|castigates|excoriated|excoriates|assailed|"
        r"assails|faulted|faults|scolded|scolds|reproached|reproaches|derided|derides|"
        r"ridiculed|ridicules|mocked|mocks|berated|berates|vilified|vilifies|"
        r"disparaged|disparages|admonished|admonishes|reprimanded|reprimands",
        subject="speaker",
        object="target",
        needs_object=True,
        priority=1,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.concern",
        r"(?:expressed|expresses|express|expressing|voiced|voices|voice|voicing|conveyed|"
        r"registered|raised|raises|reiterated|stated|shared|shares|share|underscored|"
        r"underscores|reaffirmed|reaffirms|restated|repeated|emphasi[sz]ed|stressed|"
        r"made clear|signalled|signaled) (?:its |his |her |their |our |the )?"
        r"(?:deep |grave |serious |strong |great |growing |profound |sharp |strongest |"
        r"firm |strenuous |vehement )?(?:concerns?|displeasure|dissatisfaction|"
        r"indignation|outrage|opposition|disapproval|objections?|anger|alarm|dismay|"
        r"regret|disappointment|condemnation|criticism|rejection|repudiation|protest)"
        r"(?= (?:over|about|at|with|to|regarding|against|on|toward|towards|that|of)\b)",
        subject="speaker",
        object="target",
        preps="over=target about=target at=target with=target to=target against=target of=target",
        priority=3,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.charged-that",
        r"(?:charged|charges|contended|contends|complained|complains|complain)"
        r"(?= that\b)|(?:complained|complains|complain) (?:about|of)\b",
        subject="speaker",
        object="target",
        priority=1,
    ),
    # Demands: appeals and pressure (CAMEO 100-109).
    Trigger(
        "DemandMade",
        "demand.appealed",
        r"(?:appealed|appeals|appeal|appealing|pressed|pushed|pushes|push|pushing|"
        r"lobbied|lobbies|petitioned|pleaded|pleads|clamou?red) for|"
        r"(?:insisted|insists|insist) on|(?:exhorted|exhorts|implored|implores|"
        r"beseeched|pleaded with|pleads with|prodded|nudged|challenged|ordered|orders|"
        r"instructed|instructs|told)(?= (?:[\w’'.-]+ ){1,5}?to (?!the\b|a\b|an\b)\w+)",
        subject="speaker",
        object="target",
        priority=1,
    ),
    Trigger(
        "DemandMade",
        "demand.noun-call",
        r"(?:renewed |repeated |fresh |urgent )?(?:calls?|appeals?|demands?|pleas?) "
        r"(?:for|to)(?= (?:an? |the )?(?:immediate |urgent |prompt |swift |full )?"
        r"(?:ceasefire|cease-fire|truce|halt|end|release|withdrawal|restraint|"
        r"de-escalation|dialogue|negotiations?|talks|investigation|inquiry|probe)\b)",
        form="noun",
        subject="speaker",
        object="target",
        preps="by=speaker from=speaker",
        priority=1,
    ),
    # Threats: retaliation and consequences (CAMEO 130-138).
    Trigger(
        "ThreatIssued",
        "threat.retaliate",
        r"(?:vowed|vows|vow|promised|promises|pledged|pledges|threatened|vowing|"
        r"warned it would|warned that it would|said (?:on \w+ |\w+ )?(?:that )?it would|will|"
        r"would) "
        r"(?:to )?(?:retaliate|respond in kind|respond firmly|respond decisively|"
        r"respond forcefully|hit back|strike back|take countermeasures|take retaliatory|"
        # "take military and technical "countermeasures""
        r"take (?:[\w-]+ ){0,4}?[\"“‘']?counter-?measures|take (?:all )?necessary measures|"
        r"take resolute measures|punish|avenge|exact revenge|seek revenge)",
        subject="speaker",
        object="target",
        preps="against=target",
        modality="asserted",
        priority=3,
    ),
    Trigger(
        "ThreatIssued",
        "threat.warned-of",
        r"(?:warned|warns|warning) (?:of|about) (?:\w+ ){0,3}?(?:consequences|retaliation|"
        r"reprisals?|countermeasures|a response|repercussions|military action|war|"
        r"sanctions|punishment)",
        subject="speaker",
        object="target",
        preps="to=target against=target for=target",
        modality="asserted",
        priority=3,
    ),
    # Military force: light verbs (CAMEO 190-195).
    # "Security forces conducted an operation to rescue hostages in X": an armed operation.
    Trigger(
        "MilitaryActionTaken",
        "military.operation",
        rf"(?:launched|launches|launch|launching|carried out|carries out|carry out|"
        rf"carrying out|conducted|conducts|conduct|conducting|mounted|mounts|staged) "
        rf"{gap(3)}(?:military |rescue |special |ground |counter-?terrorism |"
        r"counter-?terror |commando |security )?operations?\b"
        r"(?= (?:on|against|at|into|in|inside|targeting|to (?:rescue|free|recover|"
        r"liberate|retake|capture|destroy))\b)",
        subject="attacker",
        object="target",
        preps="on=target against=target at=target into=target from=target",
        requires=r"\b(?:forces|troops|army|military|soldiers|commandos|special forces|"
        r"navy|marines|air force)\b",
        priority=3,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.launched",
        rf"(?:launched|launches|launch|launching|carried out|carries out|carry out|"
        rf"carrying out|conducted|conducts|conduct|conducting|mounted|mounts|staged|"
        rf"unleashed|fired|fires|fire|firing|continued|continues|continuing|stepped up|"
        rf"steps up|escalated|escalates|intensified|intensifies|renewed|renews|resumed|"
        rf"resumes) {gap(3)}(?:air ?strikes?|airstrikes?|"
        r"strikes?|attacks?|raids?|offensives?|assaults?|bombardments?|missiles?|"
        r"rockets?|shells|drones?|incursions?|invasion|counter-?offensive|barrage)\b"
        r"(?= (?:on|against|at|into|in|inside|targeting)\b)",
        subject="attacker",
        object="target",
        preps="on=target against=target at=target into=target in=target inside=target",
        priority=3,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.verbs",
        r"(?:pounded|pounds|pound|pounding|targeted|targets|targeting|ambushed|"
        r"ambushes|bombarded|bombards|bombard|overran|overrun|recaptured|"
        r"retook|torpedoed|downed|rammed|rams|ramming)",
        subject="attacker",
        object="target",
        needs_object=True,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.fired-on",
        r"(?:opened fire|opens fire|open fire|opening fire|fired|fires|shot|"
        r"clashed|clashes|clash|clashing)(?= (?:on|at|with)\b)",
        subject="attacker",
        object="target",
        objects="pp",
        preps="on=target at=target with=target",
        priority=1,
    ),
    # "its forces fired first": who opened fire, the target unnamed.
    Trigger(
        "MilitaryActionTaken",
        "military.fired-first",
        r"(?:opened fire|opens fire|fired|fires|shot|struck|attacked|attacks|strikes) first\b",
        subject="attacker",
        object="target",
        objects="pp",
        preps="on=target at=target",
        priority=1,
    ),
    # Aid: more verbs of giving and more forms of aid (CAMEO 070-075).
    Trigger(
        "AidProvided",
        "aid.extended",
        rf"(?:extended|extends|extend|extending|approved|approves|approve|allocated|"
        rf"allocates|allocate|disbursed|disburses|disburse|earmarked|earmarks|earmark|"
        rf"contributed|contributes|contribute|airlifted|airlifts|dispatched|dispatches|"
        rf"dispatch|offered|offers|offer|committed|commits|commit|channel+ed|channels|"
        rf"announced|announces|unveiled|unveils|sent|sends|send|shipped|ships|flew in|"
        rf"provided|provides|provide|delivered|delivers|deliver|donated|donates|donate|"
        rf"gave|gives|give|granted|grants|grant|pledged|pledges|{_GIVING_ING}|"
        rf"devoted|devotes|devote|mobili[sz]ed|mobili[sz]es)\s+{gap(7)}"
        r"(?:loans?|credit lines?|lines? of credit|grants?|aid packages?|bailouts?|"
        r"rescue packages?|credit facilit(?:y|ies)|financing packages?|"
        r"assistance packages?|relief (?:supplies|goods|aid|materials?|items|consignments?)|"
        r"humanitarian (?:supplies|materials?|relief|consignments?)|"
        r"aid|assistance|humanitarian aid|food aid|food parcels|tents|blankets|"
        r"medical (?:teams?|equipment)|"
        r"rescue teams?|(?:in|of) (?:humanitarian|emergency|military|economic|financial|"
        r"development|budget|reconstruction) (?:aid|assistance|support|funding|relief))\b",
        subject="supplier",
        object="recipient",
        preps="to=recipient for=recipient from=supplier",
        priority=2,
    ),
    # Money given as aid: "will provide over $1.5 billion ... to support the people of X",
    # "is announcing $40 million in new funding for", "has devoted $3 billion in assistance".
    Trigger(
        "AidProvided",
        "aid.money",
        rf"(?:provided|provides|provide|donated|donates|donate|pledged|pledges|pledge|"
        rf"contributed|contributes|contribute|committed|commits|commit|devoted|devotes|"
        rf"devote|allocated|allocates|allocate|announced|announces|announce|redirected|"
        rf"redirects|redirect|redirecting|gave|gives|give|granted|grants|grant|offered|"
        rf"offers|offer|extended|extends|extend|approved|approves|approve|earmarked|"
        rf"earmarks|earmark|disbursed|disburses|disburse|{_GIVING_ING})\s+{MONEY_AMOUNT}"
        r"(?:\s+(?:in|of) (?:[\w’'-]+ ){0,3}?(?:assistance|aid|funding|funds|relief|grants)\b|"
        r"(?=\s+(?:[\w’'.,-]+ ){0,8}?to (?:support|help|assist|aid|bolster|rebuild)\b))",
        subject="supplier",
        object="recipient",
        preps="to=recipient for=recipient from=supplier",
        priority=2,
    ),
    # "the $100 million commitment from the GCC", "a $5 million donation to the Red Cross".
    Trigger(
        "AidProvided",
        "aid.money-noun",
        rf"{MONEY_AMOUNT}(?:-| )(?:(?:new|additional|humanitarian|emergency|initial) )?"
        r"(?:commitments?|contributions?|pledges?|donations?|aid packages?|"
        r"assistance packages?|relief packages?)\b",
        form="noun",
        subject="supplier",
        object="recipient",
        preps="from=supplier by=supplier to=recipient for=recipient",
        priority=2,
    ),
    # Sanctions: lists and bars (CAMEO 163).
    Trigger(
        "SanctionImposed",
        "sanction.listed",
        rf"(?:added|adds|add|adding|placed|places|place|placing|put|puts|putting|included|"
        rf"includes) {gap(6)}(?:to|on|in) (?:the |its |their |a )?{gap(2)}"
        r"(?:entity list|sanctions? lists?|blacklists?|black list|terror(?:ist)? list|"
        r"list of (?:sanctioned|designated) \w+)",
        subject="imposer",
        object="target",
        priority=3,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.barred",
        r"(?:barred|bars|bar|barring)(?= (?:[\w’'.-]+ ){1,5}?from\b)",
        subject="imposer",
        object="target",
        needs_object=True,
    ),
    # Legal action: more verbs and light verbs (CAMEO 173).
    Trigger(
        "LegalActionTaken",
        "legal.filed",
        rf"(?:filed|files|file|filing|brought|brings|bring|lodged|lodges|pressed|launched)\s+"
        rf"{gap(3)}(?:lawsuits?|suits?|charges|a case|cases|legal action|legal proceedings|"
        r"criminal proceedings|complaints?)(?= (?:against|with)\b)",
        subject="imposer",
        object="target",
        preps="against=target",
        priority=3,
    ),
    Trigger(
        "LegalActionTaken",
        "legal.jailed",
        r"jailed|jails|imprisoned|imprisons|put on trial|tried in absentia|convicted",
        subject="imposer",
        object="target",
        needs_object=True,
    ),
    # Business deals phrased as a company's steps: takeovers, mergers, orders, investment,
    # joint ventures (CAMEO 061).
    Trigger(
        "DealAnnounced",
        "deal.takeover",
        r"(?:completed|completes|complete|closed|closes|close|finali[sz]ed|finali[sz]es|"
        r"finali[sz]e|announced|announces|announce|agreed|sealed|launched|made) "
        r"(?:the |its |a |an |their )?(?:[\w$.,-]+ ){0,3}?(?:acquisition|purchase|takeover|"
        r"buyout|take-over)(?= (?:of|for|from)\b)|(?:bought|buys|buy|buying) out",
        subject="buyer",
        object="seller",
        preps="of=seller from=seller by=buyer",
        priority=2,
    ),
    Trigger(
        "DealAnnounced",
        "deal.completed-sale",
        r"(?:completed|completes|complete|closed|closes|close|finali[sz]ed|finali[sz]es|"
        r"announced|announces|agreed) (?:the |its |a |an )?(?:[\w$.,-]+ ){0,3}?"
        r"(?:sale|divestment|disposal)(?= of\b)",
        subject="seller",
        object="buyer",
        objects="pp",
        preps="to=buyer by=seller",
        priority=2,
    ),
    Trigger(
        "DealAnnounced",
        "deal.merger",
        r"(?:merged|merges|merge|merging) with|(?:agreed|agree|agrees|plans?|planned) to "
        r"merge|merger (?:with|between|of)|joint ventures?",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    Trigger(
        "DealAnnounced",
        "deal.order",
        rf"(?:ordered|orders|placed (?:an |a )?(?:\w+ )?orders? for)\s+"
        rf"{gap(4)}(?:(?P<commodity>{COMMODITIES})|ships|trains|locomotives|turbines|"
        r"reactors|satellites|submarines|frigates|helicopters|airliners|planes)\b",
        subject="buyer",
        object="seller",
        preps="from=seller",
        priority=2,
    ),
    Trigger(
        "DealAnnounced",
        "deal.won-order",
        rf"(?:won|wins|win|winning|secured|secures|landed|lands|clinched) (?:an |a |the )?"
        rf"(?:\w+ )?(?:orders?|contracts?|tenders?) (?:for|to (?:supply|build|deliver))\s+"
        rf"{gap(4)}(?:(?P<commodity>{COMMODITIES})|ships|trains|locomotives|turbines|"
        r"reactors|satellites|submarines|frigates|helicopters|airliners|planes|stations|"
        r"plants?|railways?|bridges?|ports?)\b",
        subject="supplier",
        object="recipient",
        preps="from=recipient to=recipient for=recipient",
        priority=2,
    ),
    Trigger(
        "DealAnnounced",
        "deal.invest",
        r"(?:invested|invests|invest|investing|pour|poured|pours|pouring|plough|ploughed|"
        r"plow|plowed|sink|sank) (?=(?:[\w$€£.,]+ ){0,4}?(?:into|in)\b)"
        r"(?=(?:about |around |some |nearly |more than |up to |over )?[$€£¥]|[\d.,]+ "
        r"(?:million|billion|trillion|bn|mn)|(?:\w+ )?(?:million|billion|trillion))",
        subject="party",
        object="party",
        joint=True,
        preps="in=party into=party",
        priority=1,
    ),
    # Military aid: arms given, not sold.
    Trigger(
        "AidProvided",
        "aid.arms",
        r"(?:provided|provides|provide|providing|sent|sends|send|sending|delivered|delivers|"
        r"deliver|delivering|donated|donates|donate|gave|gives|give|giving|transferred|"
        r"transfers|transfer|pledged|pledges|pledge|handed over)\s+"
        r"(?:(?!sale\b|sales\b|sold\b|purchase\b)[\w$.,-]+\s+){0,4}?"
        r"(?:weapons|arms|ammunition|tanks|missiles|rockets|artillery|howitzers|"
        r"air defen[cs]e(?: systems?)?|fighter jets|armou?red vehicles|drones|shells|"
        r"military equipment|military aid|munitions)\b(?= to\b)",
        subject="supplier",
        object="recipient",
        preps="to=recipient",
        priority=2,
    ),
    # Relief and protective goods given to a country: "will send 5,000 helmets to Ukraine".
    Trigger(
        "AidProvided",
        "aid.goods",
        r"(?:provided|provides|provide|providing|sent|sends|send|sending|delivered|delivers|"
        r"deliver|delivering|donated|donates|donate|gave|gives|give|giving|shipped|ships|"
        r"ship|shipping|airlifted|airlifts|airlift|handed over)\s+"
        r"(?:(?!sale\b|sales\b|sold\b|purchase\b|exports?\b)[\w$.,-]+\s+){0,6}?"
        r"(?:helmets|body armou?r|protective (?:vests|gear|equipment)|bulletproof vests|"
        r"generators|transformers|vaccines|vaccine doses|doses|medicines?|medical supplies|"
        r"food supplies|food|fuel|wheat|grain|rice|flour|tents|blankets|"
        r"water purification \w+)\b"
        r"(?=(?: of (?:[\w’'-]+ ){0,3}?[\w’'-]+)?(?: and (?:[\w-]+ ){0,2}?[\w-]+)? to\b)",
        subject="supplier",
        object="recipient",
        preps="to=recipient",
        priority=2,
    ),
    # Trade measures as sanctions: "restricted exports of gallium to X".
    Trigger(
        "SanctionImposed",
        "sanction.trade",
        r"(?:banned|bans|ban|banning|restricted|restricts|restrict|restricting|curbed|curbs|"
        r"curb|curbing|halted|halts|halt|halting|blocked|blocks|block|blocking|limited|"
        r"limits|limit|embargoed|cut off|"
        r"cuts off|cut) (?:all |the |most |further |its |their )?(?:[\w-]+ ){0,3}?"
        r"(?:exports|imports|shipments|flights|transactions)\b",
        subject="imposer",
        object="target",
        preps="to=target from=target of=target with=target",
        priority=2,
    ),
    # Export controls as a measure: "new export controls on chips to China" (not a sale).
    Trigger(
        "SanctionImposed",
        "sanction.export-controls",
        r"(?:export|import|trade) (?:controls|curbs|restrictions|bans?|embargo(?:es)?|"
        r"barriers)\b",
        form="noun",
        subject="imposer",
        object="target",
        preps="on=target to=target against=target for=target",
        priority=3,
    ),
    # Breaking off relations (CAMEO 16, reduce relations; PLOVER SANCTION).
    Trigger(
        "SanctionImposed",
        "sanction.relations-cut",
        r"(?:broke off|breaks off|break off|breaking off|severed|severs|sever|severing|"
        r"cut|cuts|cutting|suspended|suspends|suspend|suspending|downgraded|downgrades|"
        r"downgrade|downgrading|froze|freezes|freeze|freezing) (?:its |their |all |the )?"
        r"(?:diplomatic |economic |trade |military )?(?:relations|ties)\b(?= with\b)",
        subject="imposer",
        object="target",
        objects="pp",
        preps="with=target",
        priority=3,
    ),
    # Summoning an envoy is a diplomatic protest.
    Trigger(
        "CriticismExpressed",
        "criticism.summoned",
        r"(?:summoned|summons|summon|summoning|called in) (?:the |its |a |an )?"
        r"(?:[\w’'-]+ ){0,3}?(?:ambassador|envoy|charg[eé] d[’']affaires|diplomats?|"
        r"chief of mission)\b",
        subject="speaker",
        object="target",
        priority=3,
    ),
    # Statements: light-verb forms of saying (CAMEO 010).
    Trigger(
        "StatementMade",
        "statement.delivered",
        rf"(?:delivered|delivers|deliver|gave|gives|give|made|makes|make) (?:a |an |his |"
        rf"her |their |its )?{gap(2)}(?:speech|address|remarks|statement|keynote|"
        r"televised address|interview)\b|"
        r"(?:addressed|addresses|address) (?:the |a )?(?:\w+ ){0,2}?(?:nation|assembly|"
        r"parliament|congress|conference|summit|forum|session|reporters|journalists|"
        r"media|press|rally|crowds?|meeting|people|audience|supporters|students|lawmakers|"
        r"legislators|troops|gathering)\b|"
        r"(?:held|holds|hold|gave|gives|give) (?:a |an )?(?:joint )?(?:press|news) "
        r"(?:conference|briefing)|(?:pointed out|points out|point out)",
        subject="speaker",
        object="target",
        objects="pp",
        preps="to=target",
        priority=1,
    ),
    # --- 1.4.0: verb classes for unseen news (wire services, readouts, Wikinews) ------------
    # Visits: being on a trip, coming back from one.
    Trigger(
        "VisitMade",
        "visit.on-trip",
        rf"(?:is|was|are|were|arrived|arrives|remains|remained) (?:in (?:[\w’'.-]+ ){{1,3}})?"
        rf"on (?:a |an |his |her |their |its )?{gap(3)}(?:visit|trip|tour)\b|"
        rf"(?:returned|returns|return|returning|came back|back) (?:home )?from "
        rf"(?:a |an |his |her |their |its )?{gap(3)}(?:visit|trip|tour)s?(?= (?:to|of|in)\b)",
        subject="visitor",
        object="host",
        preps="to=host of=host",
        priority=3,
    ),
    # Statements withheld: "declined to comment" (a negated statement).
    Trigger(
        "StatementMade",
        "statement.comment",
        r"(?:declined|declines|decline|refused|refuses|refuse) (?:immediately )?to comment|"
        r"(?:(?:did|does|would|could) not|(?:did|does|would|could)n[’']t) (?:immediately )?"
        r"(?:comment|respond to (?:a )?"
        r"requests? for comment)",
        subject="speaker",
        object="target",
        objects="pp",
        preps="on=target",
        modality="negated",
        priority=2,
    ),
    # A summoned envoy, in the passive: the envoy's country is the target of the protest.
    Trigger(
        "CriticismExpressed",
        "criticism.summoned-passive",
        r"(?:ambassador|envoy|charg[eé] d[’']affaires|diplomats?|chief of mission)"
        r"(?: to [\w’'.-]+(?: [\w’'.-]+)?)? (?:was|were|has been|have been|had been|is being|"
        r"will be) (?:urgently )?(?:summoned|called in)",
        subject="target",
        object="speaker",
        objects="pp",
        preps="by=speaker to=speaker",
        priority=3,
    ),
    # Recalling one's envoy reduces relations (CAMEO 16, PLOVER SANCTION), as breaking them
    # off does; so does closing the other side's missions.
    Trigger(
        "SanctionImposed",
        "sanction.envoy-recalled",
        r"(?:recalled|recalls|recall|recalling|withdrew|withdraws|withdraw|withdrawing) "
        r"(?:its |their |the )?(?:\w+ )?(?:ambassadors?|envoys?|charg[eé] d[’']affaires)"
        r"(?= (?:to|from|in)\b)|"
        r"(?:ordered|orders|order|ordering|announced|announces) the closure of "
        r"(?:[\w’'-]+ ){0,3}?(?:consulates?|embass(?:y|ies)|(?:diplomatic )?missions?)",
        subject="imposer",
        object="target",
        preps="to=target from=target in=target of=target",
        priority=3,
    ),
    # Airspace closed to a country's aircraft.
    Trigger(
        "SanctionImposed",
        "sanction.airspace",
        r"(?:closed|closes|close|closing|shut|shuts|shutting) (?:its |their |the )?"
        r"(?:national )?airspace(?= to\b)",
        subject="imposer",
        object="target",
        objects="pp",
        preps="to=target",
        priority=3,
    ),
    # "opened its airspace to flights to and from Israel": the closure lifted.
    Trigger(
        "SanctionLifted",
        "sanction-lift.airspace",
        r"(?:opened|opens|open|opening|reopened|reopens|reopen|reopening) (?:its |their |the )?"
        r"(?:national )?airspace(?= to\b)",
        subject="imposer",
        object="target",
        objects="pp",
        preps="to=target",
        priority=3,
    ),
    # Removal from a sanctions or terrorism list: "removed X from the list of ...".
    Trigger(
        "SanctionLifted",
        "sanction.delisted",
        r"(?:removed|removes|remove|removing|took|takes|taking|struck|strikes|dropped|drops|"
        r"delisted|delists|delist)(?= (?:[\w’'.-]+ ){1,5}?(?:from|off) (?:the |its |their |a |"
        r"an )?(?:[\w’'-]+ ){0,3}?(?:list|blacklist|register|designation)\b)",
        subject="imposer",
        object="target",
        needs_object=True,
        priority=3,
    ),
    # Licences and waivers that allow dealings with a sanctioned party.
    Trigger(
        "SanctionLifted",
        "sanction.licence",
        r"(?:issued|issues|issue|issuing|granted|grants|grant|extended|extends) "
        r"(?:a |an |the |new |further )*(?:general )?licen[cs]es?(?= (?:[\w’'-]+ ){0,3}?"
        r"(?:allowing|authori[sz]ing|permitting|for)\b)|"
        r"(?:issued|issues|granted|grants|extended|extends) (?:a |an |the )?(?:new )?"
        r"sanctions? waivers?",
        subject="imposer",
        object="target",
        preps="with=target for=target to=target",
        priority=3,
    ),
    # Lending: "agreed to lend Egypt $8 billion".
    Trigger(
        "AidProvided",
        "aid.lend",
        r"(?:lend|lends|lent|lending|loaned|loaning)(?= (?:[\w’'.-]+ ){0,4}?(?:[$€£¥]|\d))",
        subject="supplier",
        object="recipient",
        preps="to=recipient",
        priority=2,
    ),
    # Deposits and injections into a country's reserves or central bank.
    Trigger(
        "AidProvided",
        "aid.deposit",
        r"(?:deposited|deposits|deposit|depositing|injected|injects|inject)"
        r"(?= (?:about |around |some |nearly |more than |up to |over |another |a further )?"
        r"(?:[$€£¥]|[\d.,]+ (?:million|billion|bn|mn)))",
        subject="supplier",
        object="recipient",
        objects="pp",
        preps="in=recipient into=recipient with=recipient to=recipient",
        priority=2,
    ),
    # A contract or deal to buy or to supply goods: a sale, not a treaty.
    Trigger(
        "DealAnnounced",
        "deal.contract-to-buy",
        rf"(?:signed|signs|sign|signing|inked|concluded|struck|strikes|reached|sealed|"
        rf"clinched|finali[sz]ed|awarded|placed) (?:a |an |the )?{gap(4)}"
        r"(?:contracts?|deals?|orders?) (?:worth (?:[\w$€£.,-]+ ){1,3})?"
        r"(?:to|for the) (?:buy|purchase|acquire|procure|import|lease|purchase of|"
        r"procurement of|acquisition of)\b"
        # what is bought is counted or named: "to buy 96 helicopters", "to buy gas"
        rf"(?=(?: [\w$€£.,-]+){{0,5}}? (?:\d|(?:{COMMODITIES}|{ASSETS})\b))",
        subject="buyer",
        object="seller",
        preps="from=seller with=seller",
        priority=7,  # beats agreement.reached on the same words
    ),
    Trigger(
        "DealAnnounced",
        "deal.contract-to-supply",
        rf"(?:signed|signs|sign|signing|inked|concluded|struck|strikes|reached|sealed|"
        rf"clinched|finali[sz]ed|won|wins|secured|secures) (?:a |an |the )?{gap(4)}"
        r"(?:contracts?|orders?) (?:worth (?:[\w$€£.,-]+ ){1,3})?"
        r"(?:to|for the) (?:supply|sell|deliver|export|provide|supply of|sale of|"
        r"delivery of|export of)\b"
        rf"(?=(?: [\w$€£.,-]+){{0,5}}? (?:\d|(?:{COMMODITIES}|{ASSETS})\b))",
        subject="supplier",
        object="recipient",
        preps="to=recipient with=recipient for=recipient",
        priority=7,  # beats agreement.reached on the same words
    ),
    # A deal "for" a commodity: "struck a deal with Qatar for LNG deliveries".
    Trigger(
        "DealAnnounced",
        "deal.for-commodity",
        rf"(?:signed|signs|sign|signing|inked|concluded|struck|strikes|reached|sealed|"
        rf"clinched|finali[sz]ed) (?:a |an |the )?{gap(4)}(?:deals?|contracts?|agreements?)"
        rf"(?= (?:with (?:[\w’'.-]+ ){{1,5}}?)?(?:for|on) (?:[\w$€£.,-]+ ){{0,4}}?"
        rf"(?:{COMMODITIES})\b)",
        subject="party",
        object="party",
        joint=True,
        preps="with=party",
        priority=7,  # beats agreement.reached on the same words
    ),
    # Cooperation bodies set up together: "agreed to set up a joint commission".
    Trigger(
        "CooperationAnnounced",
        "cooperation.body",
        rf"(?:launched|launch|launches|set up|sets up|setting up|established|establish|"
        rf"establishes|created|create|creates|formed|form|forms|inaugurated|"
        rf"agreed to (?:set up|create|establish|launch|form))\s+{gap(3)}"
        r"(?:initiative|task force|commission|committee|council|mechanism|hotline|"
        r"dialogue|consultation mechanism|coordination mechanism|fund)s?\b",
        subject="party",
        object="party",
        joint=True,
        preps="with=party between=party",
        priority=1,
        min_actors=2,
    ),
    # Restored links: embassies reopened, flights resumed, ambassadors exchanged.
    Trigger(
        "CooperationAnnounced",
        "cooperation.restored-links",
        r"(?:reopen|reopened|reopens|reopening|resume|resumed|resumes|resuming|restore|"
        r"restored|restores|restoring|exchange|exchanged|re-establish|re-established|"
        r"establish|established|establishes|establishing|"
        r"reestablish|reestablished) (?:their |its |the |direct |full |bilateral |diplomatic )*"
        r"(?:embassies|embassy|direct flights|flights|ambassadors|diplomatic relations|"
        r"diplomatic ties|relations|ties|consulates)\b",
        subject="party",
        object="party",
        joint=True,
        preps="with=party between=party",
        priority=1,
        min_actors=2,
    ),
    # Commitments stated as an agreed position: "A and B agreed that they would ...".
    Trigger(
        "CooperationAnnounced",
        "cooperation.agreed-that",
        r"(?:agreed|agree|agrees)(?= that (?:(?:[\w’'.,-]+ ){0,8}?(?:would|will|shall|need to|"
        r"needed to)|(?:their|both|the two|they|we|our) (?:[\w’'.,-]+ ){0,8}?"
        r"(?:must|should))\b)",
        subject="party",
        object="party",
        joint=True,
        objects="none",
        priority=1,
        min_actors=2,
    ),
    # "The leaders agreed that all hostages must be released", "... that Russia must
    # withdraw": what others must do is a joint demand, not cooperation.
    Trigger(
        "DemandMade",
        "demand.agreed-must",
        r"(?:agreed|agree|agrees)(?= that (?!(?:their|both|the two|they|we|our)\b)"
        r"(?:[\w’'.,-]+ ){0,8}?(?:must|should)\b)",
        subject="speaker",
        object="target",
        joint=True,
        objects="none",
        priority=1,
        min_actors=2,
    ),
    # Orders to another state: "told X to respect", "instructed X to".
    Trigger(
        "DemandMade",
        "demand.told-to",
        r"(?:told|tells|tell|telling)"
        r"(?= (?!reporters\b|journalists\b|the press\b|the media\b|a news\b|a press\b|"
        r"parliament\b|lawmakers\b|state media\b|state television\b|news agency\b)"
        r"(?:[\w’'.-]+ ){1,5}?to (?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|reporters\b)"
        r"[a-z]+\b)",
        subject="speaker",
        object="target",
        needs_object=True,
        priority=2,
    ),
    # Taking part in drills: "Indian and French troops are taking part in an exercise".
    Trigger(
        "MilitaryExerciseHeld",
        "exercise.took-part",
        rf"(?:took|take|takes|taking) part in {gap(4)}(?:exercises?|drills?|war games|"
        rf"manoeuvres|maneuvers)\b|(?:participated|participate|participates|participating|"
        rf"joined|join|joins|joining) (?:in )?{gap(4)}(?:exercises?|drills?|war games|"
        r"manoeuvres|maneuvers)\b",
        subject="participant",
        object="participant",
        joint=True,
        priority=2,
    ),
    # "did not meet": the negation sits inside the phrase the trigger claims.
    Trigger(
        "MeetingHeld",
        "meeting.not",
        r"(?:not|never|(?<=n[’'])t) meet(?= with\b)|(?:not|never|(?<=n[’'])t) meet\b(?! (?:the |"
        r"its |their |"
        r"his |her |our )?(?:challenges?|needs?|goals?|demands?|expectations|requirements|"
        r"targets?|obligations|criteria|standards?|deadlines?|conditions)\b)",
        subject="participant",
        object="participant",
        joint=True,
        modality="negated",
        priority=1,
    ),
    # Munitions as the subject: "Russian missiles hit Odesa", "Israeli jets struck Beirut".
    Trigger(
        "MilitaryActionTaken",
        "military.munitions-hit",
        r"(?:missiles?|rockets?|drones?|shells|strikes|air ?strikes|airstrikes|bombs|"
        r"artillery|warplanes|jets|shelling|bombardment) (?:also |again |reportedly )?"
        r"(?:hit|hits|slammed into|slam into|rained down on|struck|pounded|targeted)",
        subject="attacker",
        object="target",
        needs_object=True,
        priority=2,
    ),
    # Sanctions in the passive: "Sanctions were imposed on X by Y".
    Trigger(
        "SanctionImposed",
        "sanction.passive",
        r"(?:sanctions|an embargo|embargoes|export controls|a travel ban|travel bans|"
        r"asset freezes|an asset freeze) (?:\w+ )?(?:were|was|have been|has been|had been|"
        r"will be|would be|are being|is being) (?:\w+ly )?(?:imposed|slapped|placed|levied|"
        r"announced|introduced|extended|adopted)",
        form="noun",
        subject="target",
        object="target",
        objects="pp",
        preps="on=target against=target by=imposer",
        priority=3,
    ),
    # "the sanctions imposed by the EU on Belarus": a reduced relative clause names the act.
    Trigger(
        "SanctionImposed",
        "sanction.participle",
        r"(?:sanctions|embargo(?:es)?|export controls|restrictions|asset freezes|travel bans)"
        r"(?:,? (?:[\w-]+,? ){0,6}?(?:restrictions|measures|controls|penalties))? "
        r"(?:\w+ly )?(?:imposed|levied|placed|slapped)(?= (?:on|against|by)\b)",
        form="noun",
        subject="imposer",
        object="target",
        objects="pp",
        preps="on=target against=target by=imposer",
        priority=3,
    ),
    # Persona non grata, declared.
    Trigger(
        "LegalActionTaken",
        "legal.persona-non-grata",
        r"(?:declared|declares|declare|declaring) (?:[\w’'.-]+ ){1,5}?(?:persona non grata|"
        r"personae non gratae|unwelcome)",
        subject="imposer",
        object="target",
        priority=3,
    ),
    # Diplomatic relations established in a past year (background history).
    Trigger(
        "HistoricalEventReferenced",
        "history.relations-established",
        r"(?:established|establish|forged|opened|set up) (?:formal |full )?"
        rf"(?:diplomatic )?(?:relations|ties)(?= (?:{gap(3)})?in (?:1[5-9]\d\d|20[01]\d)\b)",
        subject="participant",
        object="participant",
        joint=True,
        preps="with=participant",
        modality="historical",
        priority=4,
    ),
    # --- 1.5.0: readouts, statements and reports of real use ---------------------------------
    # "stressed the need for Russia to de-escalate": a demand on the actor named after "for"
    # (a generic "the need for action on climate" names nobody and is no demand).
    Trigger(
        "DemandMade",
        "demand.need-for",
        r"(?:underscored|underscores|underscoring|stressed|stresses|stressing|emphasi[sz]ed|"
        r"emphasi[sz]es|emphasi[sz]ing|highlighted|highlights|noted|notes|reiterated|"
        r"reiterates|insisted on|insists on|pointed to|points to|spoke of|stated) "
        r"the (?:urgent |pressing |critical |continued )?(?:need|necessity) for"
        r"(?= (?:the )?[\w’'.-]+(?: [\w’'.-]+){0,3} to \w+)",
        subject="speaker",
        object="target",
        preps="for=target",
        priority=3,
        name_next=True,
    ),
    # "It is now critical that all parties uphold their commitments": a call by the text's
    # author (like "it is time to").
    Trigger(
        "DemandMade",
        "demand.critical-that",
        r"(?:it is|it’s|it's|it remains) (?:now |therefore |also |more )?(?:critical|"
        r"essential|imperative|vital|crucial|incumbent on \w+(?: \w+)?)(?= that\b)",
        subject="speaker",
        object="target",
        objects="none",
        needs_actor=False,
        priority=1,
    ),
    # "reiterated their readiness to impose severe sanctions should Russia invade": a
    # warning of costs, not a measure taken.
    Trigger(
        "ThreatIssued",
        "threat.ready-to-impose",
        rf"(?:(?:stands|stand|stood|remains|remain|remained) )?"
        rf"(?:readiness|ready|prepared|preparedness|willingness|willing|determination|"
        rf"determined) to (?:impose|levy|inflict|apply) {gap(5)}(?:sanctions|costs|"
        r"consequences|penalties|countermeasures|tariffs)\b",
        subject="speaker",
        object="target",
        preps="on=target against=target",
        modality="asserted",
        priority=4,
    ),
    # "accepted the Prime Minister's invitation to visit Japan": a planned visit.
    Trigger(
        "VisitMade",
        "visit.invitation",
        r"(?:accepted|accepts|accept|accepting|extended|extends|issued) (?:an |the |a |his |"
        r"her |their )?(?:[\w’'.-]+ ){0,4}?invitation (?:for (?:[\w’'.-]+ ){1,4}?)?to "
        r"(?:visit|travel to|come to|make a (?:state |official )?visit to)",
        subject="visitor",
        object="host",
        modality="planned",
        priority=3,
    ),
    # "will remain engaged with both governments", "agreed to stay in close contact".
    Trigger(
        "CooperationAnnounced",
        "cooperation.remain-engaged",
        rf"(?:will|would|shall|{_WILL_CONTRACTED}|to|agreed to|pledged to|committed to) "
        r"(?:continue to )?"
        r"(?:remain|stay|keep) (?:closely |fully |deeply |actively )?(?:engaged|in close "
        r"contact|in regular contact|in touch)(?= with\b)",
        subject="party",
        object="party",
        joint=True,
        preps="with=party",
        modality="planned",
        priority=3,
    ),
    # "X noted that if Russia invades Ukraine, the pipeline will not go ahead": a warning
    # of what an adversary's aggression will cost.
    Trigger(
        "ThreatIssued",
        "threat.if-aggression",
        r"(?:noted|notes|said|says|made clear|makes clear|warned|warns|stressed|stresses|"
        r"underscored|underscores|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates|added|"
        r"cautioned|cautions)(?= that if (?:[\w’'.-]+ ){1,4}?(?:further )?(?:invades?|invaded|"
        r"attacks?|attacked|escalates?|escalated|crosses|crossed|violates?|violated|"
        r"continues? (?:its|their|his|her) (?:aggression|attacks?|war|assault))\b)",
        subject="speaker",
        object="target",
        modality="asserted",
        priority=3,
    ),
    # "Foreign ministers of the EU, meeting in Luxembourg on Monday, agreed ...": the
    # participle names a meeting of its subject.
    Trigger(
        "MeetingHeld",
        "meeting.participle",
        r"(?<=, )meeting(?= (?:in|at) )",
        subject="participant",
        object="participant",
        joint=True,
        priority=2,
    ),
    # "A and B agreed to end their border dispute", "agreed to establish a permanent
    # maritime boundary": settling a dispute is concluding an accord.
    Trigger(
        "AgreementSigned",
        "agreement.settle",
        rf"(?:agreed|agree|agrees|agreeing) to (?:\w+ly )?(?:end|settle|resolve|demarcate|"
        rf"delimit|establish|define) {gap(3)}(?:dispute|conflict|standoff|stand-off|"
        r"hostilities|border|boundary|frontier)s?\b",
        subject="party",
        object="party",
        joint=True,
        min_actors=2,
        priority=5,
    ),
    # --- round 6: wording of real readouts and statements ------------------------------------
    # "Houthi attacks on shipping", "U.S. strikes against targets": before "on/against" the
    # word is the noun, never the verb (whose object follows it directly).
    Trigger(
        "MilitaryActionTaken",
        "military.noun-against",
        r"(?:missile |drone |air |rocket |military |armed |terrorist |ground |naval )*"
        r"(?:attacks?|strikes|airstrikes?|air strikes)(?= (?:on|against|targeting)\b)",
        form="noun",
        subject="attacker",
        object="target",
        priority=1,
    ),
    # "militants have engaged in unprecedented attacks against U.S. forces".
    Trigger(
        "MilitaryActionTaken",
        "military.engaged-in",
        rf"(?:engaged in|engages in|engage in|engaging in|perpetrated|perpetrates|"
        rf"perpetrating) {gap(3)}(?:attacks?|strikes|raids?|assaults?|bombings?|"
        r"shelling|incursions?)\b(?= (?:on|against|targeting|in)\b)",
        subject="attacker",
        object="target",
        preps="on=target against=target in=target",
        priority=3,
    ),
    # "departed last night for visits to Belgium and Israel", "left for a tour of Asia".
    Trigger(
        "VisitMade",
        "visit.departed-for",
        r"(?:departed|departs|depart|departing|left|leaves|leaving|set off|sets off|"
        r"setting off|set out|sets out|embarked|embarks|embarking) (?:[\w’'-]+ ){0,3}?"
        r"(?:for|on) (?:a |an |his |her |their )?(?:[\w-]+ ){0,2}?(?:visits?|trips?|tours?)"
        r"(?= (?:to|of)\b)",
        subject="visitor",
        object="host",
        objects="pp",
        preps="to=host of=host",
        priority=2,
    ),
    # "will be joined on his trip by X": the trip an earlier sentence announced.
    Trigger(
        "",
        "decoy.joined-on-trip",
        r"(?:joined|accompanied) on (?:his|her|their|the|this) (?:[\w-]+ )?(?:trip|visit|tour)",
    ),
    # "continuing our strong support for the brave people of Ukraine": support for a state
    # named through its people or government.
    Trigger(
        "PraiseExpressed",
        "praise.support-for-people",
        r"(?:continuing|continue|continues|continued|reaffirmed|reaffirms|reaffirming|"
        r"expressed|expresses|expressing|reiterated|reiterates|pledged|pledges|conveyed|"
        r"conveys|affirmed|affirms|offered|offers|declared|declares) (?:our |his |her |their "
        r"|its |the )?(?:[\w-]+ ){0,2}?(?:support|solidarity) (?:for|with|to) the "
        r"(?:[\w-]+ ){0,2}?(?:people|government|citizens)(?= of\b)",
        subject="speaker",
        object="target",
        preps="of=target",
        priority=4,
    ),
    # "welcomed the successful vote at the Security Council", "welcomed the decision by X":
    # approval of an actor's act is praise of that actor.
    Trigger(
        "PraiseExpressed",
        "praise.welcomed-decision",
        r"(?:welcomed|welcomes|welcome|welcoming|applauded|applauds|hailed|hails) "
        r"(?:the |its |their )?(?:[\w-]+ ){0,2}?(?:decision|vote|resolution|adoption|"
        r"announcement|passage|leadership)(?= (?:by|of|at|in|from)\b)",
        subject="speaker",
        object="target",
        preps="by=target of=target at=target from=target",
        priority=3,
    ),
    # "offered to host talks between A and B", "Poland's offer to host the talks": a meeting
    # the offerer plans to host (not one held, nor a mere possibility).
    Trigger(
        "MeetingHeld",
        "meeting.offer-to-host",
        r"(?:offered|offers|offering|volunteered|volunteers|proposed|proposes) to host "
        r"(?:the |a |an |this |new |further |fresh |another |next )?(?:[\w’'.-]+ ){0,5}?"
        r"(?:summit|conference|forum|talks|meetings?|negotiations|ministerial|dialogue)\b",
        subject="host",
        object="participant",
        modality="planned",
        priority=3,
    ),
    Trigger(
        "MeetingHeld",
        "meeting.offer-to-host",
        r"(?:(?<=offer )|(?<=offers )|(?<=proposal )|(?<=invitation ))to host "
        r"(?:the |a |an |this |new |further |fresh |another |next )?(?:[\w’'.-]+ ){0,5}?"
        r"(?:summit|conference|forum|talks|meetings?|negotiations|ministerial|dialogue)\b",
        form="noun",
        subject="host",
        object="participant",
        modality="planned",
        priority=3,
    ),
    # "agreed to resume regular high-level visits", "restored exchanges of visits": visits
    # both sides make (planned when agreed to).
    Trigger(
        "VisitMade",
        "visit.resumed",
        r"(?:resume|resumed|resumes|resuming|restore|restored|restores|restoring|restart|"
        r"restarted|restarts|revive|revived|revives|reinstate|reinstated) (?:the |their |"
        r"regular |reciprocal |mutual |high-level |top-level |high level |official |"
        r"ministerial |leaders[’']? |bilateral |state |frequent )*(?:exchanges? of )?visits\b",
        subject="visitor",
        object="visitor",
        joint=True,
        priority=2,
    ),
    # "agreed to resume their strategic dialogue": talks held again.
    Trigger(
        "MeetingHeld",
        "meeting.resumed-dialogue",
        rf"(?:resume|resumed|resumes|resuming|restart|restarted|restarts|revive|revived|"
        rf"revives|relaunch|relaunched|reopen|reopened) {gap(3)}dialogue\b",
        subject="participant",
        object="participant",
        joint=True,
        priority=2,
    ),
    # "congratulated X for hosting the Africa Climate Summit": a meeting X hosted.
    Trigger(
        "MeetingHeld",
        "meeting.hosted-summit",
        # (with "for": "thanked X for hosting ...", X hosted)
        r"(?:for hosting|hosted|hosts|host|hosting) (?:the |a |an |this |last |next )?"
        r"(?:[\w’'.-]+ ){0,6}?"
        r"(?:summit|conference|forum|talks|ministerial|negotiations)\b",
        subject="host",
        object="participant",
        priority=2,
    ),
    # "the Global Summit on AI Safety, to be held at Bletchley Park": a planned meeting even
    # when its participants go unnamed.
    Trigger(
        "MeetingHeld",
        "meeting.to-be-held",
        r"(?:summit|conference|meeting|talks|forum|ministerial)"
        r"(?: on (?:[\w()’'-]+ ){0,6}?[\w()’'-]+)?"
        r"(?:,\s*)?(?:to be|will be|is to be|are to be|would be) held(?= (?:at|in|on)\b)",
        form="noun",
        subject="participant",
        object="participant",
        joint=True,
        modality="planned",
        needs_actor=False,
        priority=2,
    ),
    # "briefing NATO Allies and EU partners on ...": a meeting with those briefed.
    Trigger(
        "MeetingHeld",
        "meeting.briefed",
        r"(?:briefed|briefs|brief|briefing)(?= (?:the )?(?:[\w’'.-]+ ){0,3}?(?:allies|"
        r"partners|counterparts|leaders|ministers|ambassadors|envoys|council|members)\b)",
        subject="participant",
        object="participant",
        joint=True,
        needs_object=True,
        priority=1,
    ),
    # A signed statement's judgement: "X's withdrawal demonstrates Moscow's continued
    # disregard for arms control". Its author criticises; without one, nobody does.
    Trigger(
        "CriticismExpressed",
        "criticism.disregard",
        r"(?:demonstrates|demonstrated|shows|showed|reflects|reflected|reveals|revealed|"
        r"underscores|underscored|highlights|highlighted|confirms|confirmed) "
        r"(?:[\w’'.-]+ ){0,3}?(?:disregard|contempt|disdain) for",
        subject="target",
        object="target",
        priority=2,
    ),
    # "committed to stay in close touch", "agreed to remain in close contact": planned
    # cooperation (like "agreed that the teams would remain engaged").
    Trigger(
        "CooperationAnnounced",
        "cooperation.stay-in-touch",
        r"(?:agreed|agree|agrees|committed|commit|commits|pledged|vowed|promised|decided|"
        r"resolved) (?:\w+ ){0,2}?to (?:stay|remain|keep|staying|remaining) (?:in )?"
        r"(?:(?:close|closely|regular|direct|constant|frequent|continued) )*(?:touch|contact|"
        r"engaged|communication|consultation|coordination|coordinated)\b",
        subject="party",
        object="party",
        joint=True,
        modality="planned",
        priority=2,
    ),
    # "reaffirmed the United States' ironclad commitment to the defense of Japan": support
    # for that actor (as "commitment to Israel's security").
    Trigger(
        "PraiseExpressed",
        "praise.commitment-to-defense-of",
        r"(?:(?:reaffirmed|reaffirms|reiterated|reiterates|expressed|expresses|confirmed|"
        r"confirms|underscored|underscores|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|"
        r"affirmed|affirms|conveyed|conveys) (?:[\w.’'-]+ ){0,4}?)?(?:commitment|dedication) to "
        r"(?:the )?(?:defen[cs]e|security|sovereignty|territorial integrity|independence)"
        r"(?= of\b)",
        subject="speaker",
        object="target",
        preps="of=target",
        priority=3,
    ),
    # A signed statement's accusation: "Russia is solely responsible for his death".
    Trigger(
        "CriticismExpressed",
        "criticism.responsible-for",
        rf"(?:is|are|was|were|remains|remain|bears|bear|{_BE_CONTRACTED}) (?:solely |fully |"
        r"directly |"
        r"ultimately |entirely |squarely )?responsib(?:le|ility) for (?:the |this |these |his |"
        r"her |their )?(?:[\w-]+ ){0,2}?(?:death|deaths|killing|killings|murder|attacks?|"
        r"atrocities|violence|war|invasion|crimes|abuses|bombing|destruction|suffering|"
        r"poisoning|imprisonment|detention)\b",
        subject="target",
        object="target",
        objects="none",
        requires=rf"^(?!.*\b(?:{REPORT_VERB_WORDS})\b)",  # the author's own words only
        priority=2,
    ),
    # "We hold Russia responsible for ...": an accusation by whoever holds.
    Trigger(
        "CriticismExpressed",
        "criticism.hold-responsible",
        # (not "to hold accountable those who ...": a warning, threat.hold-accountable)
        r"(?<!to )(?<!will )(?<!would )(?<!shall )(?:hold|holds|held|holding) "
        r"(?:(?!accountable\b)[\w’'.-]+ ){1,4}?(?:responsible|accountable|culpable) for",
        subject="speaker",
        object="target",
        priority=2,
    ),
    # "announced new U.S. commitments of more than $560 million to support Tanzania":
    # money announced for a country is aid.
    Trigger(
        "AidProvided",
        "aid.money-announced",
        r"(?:announced|announces|announcing|pledged|pledges|pledging|unveiled|unveils|"
        r"committed|commits) (?:[\w.’'-]+ ){0,4}?(?:commitments?|funding|financing|"
        r"assistance|aid|investments?|grants?|loans?)(?= (?:of |totaling |totalling |worth )?"
        r"(?:more than |over |nearly |almost |about |some |an additional |additional )?"
        r"(?:\$|us\$|usd |€|£|eur )\d)",
        subject="supplier",
        object="recipient",
        objects="pp",
        preps="to=recipient for=recipient",
        priority=3,
    ),
    # A statement's own call on another: "Congress should quickly provide the funding",
    # "our partners must continue to ...". The speaker is the statement's author.
    Trigger(
        "DemandMade",
        "demand.should",
        r"(?:should|must)(?= (?:(?:quickly|immediately|urgently|now|swiftly|promptly|also|"
        r"all|each) )?(?:continue to |immediately |urgently )?(?:provide|pass|act|approve|"
        r"fund|continue|release|stop|end|cease|halt|withdraw|allow|return|restore|respect|"
        r"support|demonstrate|take|step up|reconsider|abide|comply|lift|engage|refrain|"
        r"join|deliver|free|hold|uphold|implement)\b)",
        subject="target",
        object="target",
        objects="none",
        modality="asserted",
        # (not in a report of someone else's words: "X must act, the minister said")
        # (nor the content of another verb: "reiterated that Hamas must release ...")
        requires=rf"^(?!.*\b(?:{REPORT_VERB_WORDS})\b)"
        r"(?!.*\bthat\s+(?:[\w’'.-]+\s+){1,5}?(?:should|must)\b)",
        priority=1,
    ),
    # "will not tolerate attacks on our personnel", "the importance of stopping attacks
    # against troops": attacks to prevent are no attack that happened.
    Trigger(
        "",
        "decoy.attack-prevented",
        r"(?:tolerate|tolerates|tolerating|stop|stops|stopping|prevent|prevents|preventing|"
        r"deter|deters|deterring|halt|halts|halting|end|ending|cease|ceasing|counter|"
        r"countering|repel|repelling|defend against|protect against|protection against) "
        r"(?:[\w’'-]+ ){0,2}?(?:attacks?|strikes)(?= (?:on|against|targeting)\b)",
    ),
    # "would respond to any attack on X", "any attack on X will be met with ...": a
    # deterrent warning about an attack nobody has made.
    Trigger(
        "",
        "decoy.any-attack",
        r"(?:(?:respond|responds|responded|react|reacts|retaliate|retaliates) (?:\w+ly )?"
        r"(?:to|against) )?any (?:armed |military |further |future )?(?:attacks?|aggression|"
        r"strikes?|incursions?)(?= (?:on|against) (?:[\w’'.-]+ ){0,5}?(?:will|would|shall) "
        r"(?:be|trigger|prompt|draw|invite|result)\b)|"
        r"(?:respond|responds|responded|react|reacts|retaliate|retaliates) (?:\w+ly )?"
        r"(?:to|against) any (?:armed |military |further |future )?(?:attacks?|aggression|"
        r"strikes?|incursions?)",
    ),
    # "joined more than 40 nations in condemning X": the joiner condemns.
    Trigger(
        "CriticismExpressed",
        "criticism.joined-in",
        r"(?:joined|joins|join|joining) (?:[\w’'.-]+ ){0,5}?in (?:condemning|denouncing|"
        r"criticizing|criticising|rejecting|deploring)",
        subject="speaker",
        object="target",
        priority=2,
    ),
    # "issued an unequivocal warning that X would bear the consequences".
    Trigger(
        "ThreatIssued",
        "threat.issued-warning",
        r"(?:issued|issues|issue|issuing|delivered|delivers|sent|sends|gave|gives) "
        r"(?:a |an |the |their |its |our )?(?:[\w-]+ ){0,2}?(?:warnings?|ultimatum)",
        subject="speaker",
        object="target",
        preps="to=target",
        priority=2,
    ),
    # "to use all available tools to hold accountable those who ...": a warning of costs
    # (not "ongoing actions to hold them accountable": a description of measures).
    Trigger(
        "ThreatIssued",
        "threat.hold-accountable",
        rf"(?:will|would|shall|{_WILL_CONTRACTED}|(?<!actions )(?<!efforts )(?<!steps )"
        r"(?<!measures )to) "
        r"(?:\w+ ){0,3}?hold (?:[\w’'-]+ ){0,4}?accountable",
        subject="speaker",
        object="target",
        priority=2,
    ),
    # "committed to enhancing security cooperation", "to maintaining their work together".
    Trigger(
        "CooperationAnnounced",
        "cooperation.committed-to-ing",
        r"(?:pledged|pledges|agreed|agrees|committed|commits|commit|vowed|promised|resolved)"
        r"\s+(?:\w+\s+){0,2}?to\s+(?:maintaining|continuing|enhancing|strengthening|"
        r"deepening|expanding|sustaining|advancing|increasing|bolstering|broadening|"
        r"intensifying)\s+(?:(?:their|our|the|its|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:cooperation|co-operation|collaboration|partnership|work together|coordination)\b",
        subject="party",
        object="party",
        joint=True,
        modality="planned",
        priority=2,
    ),
    # "reiterated their shared commitment to ...": a commitment held jointly.
    Trigger(
        "CooperationAnnounced",
        "cooperation.shared-commitment",
        r"(?:reaffirmed|reaffirms|reaffirm|reiterated|reiterates|underscored|underscores|"
        r"affirmed|affirms|expressed|expresses|emphasi[sz]ed|stressed|highlighted|"
        r"renewed|renews) (?:their|our|the) (?:shared|common|joint|mutual) "
        r"(?:[\w.’']+-[\w.’'-]+ )?(?:commitment|resolve|determination)",
        subject="party",
        object="party",
        joint=True,
        priority=3,
    ),
    # "expressed appreciation for the U.S.-Kenya strategic partnership", "welcomed the
    # United States' close cooperation with the United Kingdom": the partnership itself.
    Trigger(
        "CooperationAnnounced",
        "cooperation.appreciated",
        r"(?:expressed|expresses|voiced|conveyed|noted) (?:his |her |their |its |our )?"
        r"(?:deep |strong |great |sincere )?(?:appreciation|gratitude) for (?:the |their |our )?"
        r"(?:[\w.’'-]+ ){0,4}?(?:partnership|alliance|relationship|ties|friendship|cooperation)"
        r"\b|(?:welcomed|welcomes|welcome|welcoming|valued|values|praised|praises)"
        r" (?:the |their |our )?(?:[\w.’'-]+ ){0,3}?(?:close |strong |deep |growing |"
        r"deepening |expanding )?(?:cooperation|partnership|collaboration|coordination)"
        r"(?= (?:with|between)\b)",
        subject="party",
        object="party",
        joint=True,
        preps="with=party between=party",
        priority=3,
    ),
    # "conveyed the U.S. government's commitment to continue to work with partners".
    Trigger(
        "CooperationAnnounced",
        "cooperation.commitment-to-work",
        r"(?:(?:conveyed|conveys|reaffirmed|reaffirms|reiterated|reiterates|expressed|"
        r"expresses|affirmed|affirms|underscored|underscores|stressed|stresses|emphasi[sz]ed|"
        r"confirmed|confirms) (?:[\w.’'-]+ ){0,3}?)?"
        r"(?:commitment|determination|readiness|willingness|pledge) to (?:continue to |keep )?"
        r"(?:work|working|partner|partnering|cooperate|cooperating|collaborate|collaborating)"
        r"(?: closely| together| jointly)?(?= with\b)",
        subject="party",
        object="party",
        joint=True,
        objects="pp",
        preps="with=party",
        modality="planned",
        priority=3,
    ),
    # "A, B and their partners remain committed to effective arms control".
    Trigger(
        "CooperationAnnounced",
        "cooperation.remain-committed",
        r"(?:remain|remains|remained|stay|stays|stand|stands) (?:\w+ly )?(?:fully )?"
        r"committed to",
        subject="party",
        object="party",
        joint=True,
        objects="none",
        priority=1,
        min_actors=2,
    ),
    # "launched Operation Prosperity Guardian—a coalition of more than 20 nations".
    Trigger(
        "CooperationAnnounced",
        "cooperation.launched-named",
        r"(?:launched|launch|launches|formed|forged|created|established|set up|assembled|"
        r"built)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?:[—–]\s*|,\s+|\s[—–-]\s)(?:a|an)\s+"
        r"(?:[\w-]+\s+){0,3}?"
        r"(?:coalition|alliance|partnership)\b",
        subject="party",
        object="party",
        joint=True,
        priority=3,
    ),
    # "the designation of X as a Specially Designated Global Terrorist", "designated X as a
    # terrorist organisation": a sanction on X.
    Trigger(
        "SanctionImposed",
        "sanction.terrorist-designation",
        r"(?:(?:announced|announces|announcing|approved|approves|confirmed|confirms) "
        r"(?:the |its |their )?)?"
        r"(?:designation|designating|designated|designates|designate|listing|listed|lists|"
        r"list|redesignation|redesignated|re-designated)\s+(?:of\s+)?(?:[\w.’',-]+\s+){0,8}?"
        r"as (?:an? |the )?(?:specially designated (?:global )?terrorists?|(?:foreign )?"
        r"terrorist (?:organi[sz]ations?|groups?|entit(?:y|ies))|global terrorists?)",
        subject="imposer",
        object="target",
        priority=4,
    ),
    # "will immediately reevaluate this designation": a review, which may lift it
    # (hypothetical, as "directs a review of the designation").
    Trigger(
        "SanctionLifted",
        "sanction.reevaluate",
        r"(?:reevaluate|re-evaluate|reevaluating|reconsider|reconsidering|revisit|review|"
        r"reviewing|reassess|reassessing) (?:this|that|the|these|those|its|their|our) "
        r"(?:\w+ )?(?:designations?|listings?)",
        subject="imposer",
        object="target",
        modality="hypothetical",
        priority=3,
    ),
    # --- round 10c: common wordings of the CAMEO verb dictionary ---------------------------
    # Source read (not copied): the CAMEO verb pattern dictionary of PETRARCH2,
    # openeventdata/petrarch2 petrarch2/data/dictionaries/CAMEO.2.0.txt (MIT licence, Open
    # Event Data Alliance), its synonym blocks under the CAMEO roots our types map to (040
    # MEET/HOST, 050 REPAIR/WARM relations, 051 ACCLAIM/THROW SUPPORT BEHIND, 057 ENTER a
    # treaty, 07x RUSH AID/FORGIVE DEBT, 085 LOOSEN/REPEAL, 111 DENOUNCE/LAUNCH an attack on
    # a policy, 130 WARN/RESERVE the right, 139 deadlines, 162/163 HIT with sanctions, WITHHOLD
    # aid, 173 APPREHEND/SUE, 19x WAGE war/BESIEGE) and PLOVER's CAMEO2PLOVER table
    # (openeventdata/PLOVER). Each entry is our own pattern for a wording the lexicon lacked,
    # found by running one generic sentence per wording through the extractor.
    # A host of a programme is a presenter, not a state receiving a visitor.
    Trigger(
        "",
        "decoy.media-host",
        r"(?:tv|television|talk[- ]show|chat[- ]show|radio|show|programme|program|podcast|"
        r"game[- ]show|late-night|news|breakfast) (?:co-)?hosts?",
    ),
    # A verbal attack is criticism, not force: "launched a scathing attack on the minister".
    Trigger(
        "CriticismExpressed",
        "criticism.verbal-attack",
        r"(?:launched|launches|launch|launching|mounted|mounts|unleashed|unleashes|delivered|"
        r"renewed|made) (?:a |an |his |her |their |its |another |fresh )?(?:(?:scathing|bitter|"
        r"blistering|stinging|withering|furious|fierce|sharp|harsh|scathing|vitriolic|"
        r"personal|verbal|rhetorical|broadside|angry|strong|thinly veiled|thinly-veiled)[ ,]+)+"
        r"(?:attacks?|broadsides?|tirades?|criticism)(?= (?:on|against|at)\b)",
        subject="speaker",
        object="target",
        preps="on=target against=target at=target",
        priority=5,
    ),
    # "attacked the minister's comments", "attacks Berlin's decision": words, not arms.
    Trigger(
        "CriticismExpressed",
        "criticism.attacked-words",
        r"(?:attacked|attacks|attacking)(?= (?:the |his |her |their |its )?(?:[\w’'.-]+ ){0,3}?"
        r"(?:decision|decisions|comments|remarks|statements?|policy|policies|stance|plans?|"
        r"proposals?|record|handling|approach|rhetoric|claims|criticism|speech|budget|"
        r"leadership|government's|administration's)\b)",
        subject="speaker",
        object="target",
        needs_object=True,
        priority=5,
    ),
    Trigger(
        "CriticismExpressed",
        "criticism.verbs-cameo",
        r"chided|chides|chiding|upbraided|upbraids|snubbed|snubs|snubbing|denigrated|"
        r"denigrates|denigrating|pilloried|pillories|lambastes|lambasting|slamming|blasting|"
        r"decrying|decry|censures|censuring|deploring|rebuking|castigating|condemns|"
        r"assailing|excoriating|chastising",
        subject="speaker",
        object="target",
        needs_object=True,
    ),
    # Support thrown behind or lent to an actor, an endorsed bid, congratulations extended.
    Trigger(
        "PraiseExpressed",
        "praise.threw-support",
        r"(?:threw|throws|throw|throwing|put|puts|putting) (?:his |her |their |its |our |the )?"
        r"(?:full |strong |considerable |political )?(?:support|weight|backing)(?= behind\b)",
        subject="speaker",
        object="target",
        preps="behind=target",
        priority=3,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.lent-support",
        r"(?:lent|lends|lend|lending|gave|gives|give|giving) (?:his |her |their |its |our )?"
        r"(?:full |strong |firm |unequivocal |unwavering )?(?:support|backing) to",
        subject="speaker",
        object="target",
        priority=3,
        name_next=True,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.endorsed-bid",
        r"(?:endorsed|endorses|endorse|endorsing|backed|backs|backing|supported|supports)"
        r"(?= (?:the )?[\w’'.-]+(?: [\w’'.-]+){0,2}?[’']s (?:[\w-]+ )?(?:bid|candidacy|"
        r"candidate|application|nomination|membership|accession|campaign)\b)",
        subject="speaker",
        object="target",
        priority=2,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.congratulations",
        r"(?:extended|extends|extend|offered|offers|offer|sent|sends|send|conveyed|conveys|"
        r"convey|passed on) (?:his |her |their |its |our |my )?(?:warm |warmest |heartfelt |"
        r"sincere |hearty |personal )*congratulations(?= to\b)",
        subject="speaker",
        object="target",
        preps="to=target",
        priority=3,
    ),
    Trigger(
        "PraiseExpressed",
        "praise.verbs-cameo",
        r"saluted|salutes|saluting|extolled|extols|extolling|complimented|compliments|"
        r"complimenting|lauding",
        subject="speaker",
        object="target",
        needs_object=True,
    ),
    # Relations mended, repaired, improved or warmed: cooperation (CAMEO 050).
    Trigger(
        "CooperationAnnounced",
        "cooperation.mend",
        r"(?:mended|mends|mend|mending|repaired|repairs|repair|repairing|patched up|patch up|"
        r"patching up|improved|improves|improve|improving|warmed|warming|thawed|reset|"
        r"resetting|rebuilt|rebuild|rebuilding|forged|forge|forging|cemented) "
        r"(?:(?:their|its|the|bilateral|strained|frayed|damaged|diplomatic|closer|stronger|"
        r"deeper|new|warmer|economic|trade) )*(?:ties|relations|relationship)\b",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    Trigger(
        "CooperationAnnounced",
        "cooperation.joined-forces",
        r"(?:joined|joins|joining) forces(?= (?:with|to|on|in|against)\b)",
        subject="party",
        object="party",
        joint=True,
        preps="with=party",
        priority=2,
    ),
    # Agreements entered into (CAMEO ENTER + treaty, 057).
    Trigger(
        "AgreementSigned",
        "agreement.entered-into",
        r"(?:entered|enters|enter|entering) into (?:a |an |the )?(?:[\w’'-]+ ){0,3}?"
        r"(?:agreement|accord|treaty|pact|partnership|memorandum|alliance|truce|ceasefire)s?\b",
        subject="party",
        object="party",
        joint=True,
        priority=2,
    ),
    # Talks entered or engaged in: a meeting (CAMEO 046).
    Trigger(
        "MeetingHeld",
        "meeting.entered-talks",
        r"(?:entered|enters|entering|engaged in|engages in|engaging in) "
        r"(?:into )?(?:direct |fresh |new |formal |high-level |bilateral |indirect )?"
        r"(?:talks|negotiations)\b",
        subject="participant",
        object="participant",
        joint=True,
        preps="with=participant",
        priority=1,
    ),
    # Pressure stepped up, and actors pushed or pressured to act: demands (CAMEO 100).
    Trigger(
        "DemandMade",
        "demand.pressure",
        r"(?:stepped up|steps up|stepping up|step up|ratcheted up|ratchets up|ratcheting up|"
        r"ramped up|increased|increases|piled|piles|piling|heaped|mounted|kept up|keeps up|"
        r"maintained|put|puts|putting|exerted|exerts|exerting|applied) (?:the |its |their |"
        r"his |her )?(?:diplomatic |international |political |economic )?pressure on",
        subject="speaker",
        object="target",
        preps="on=target",
        priority=2,
    ),
    Trigger(
        "DemandMade",
        "demand.pushed-to",
        r"(?:pushed|pushes|pushing|pressured|pressures|pressuring|pressurised|pressurized|"
        r"lobbied|lobbies|lobbying)(?= (?:[\w’'.-]+ ){1,5}?to (?!the\b|a\b|an\b)[a-z]+\b)",
        subject="speaker",
        object="target",
        needs_object=True,
    ),
    Trigger(
        "DemandMade",
        "demand.sought-release",
        r"(?:sought|seeks|seek|seeking) the (?:immediate |swift |unconditional |safe )*"
        r"(?:release|return|extradition|handover|withdrawal) of",
        subject="speaker",
        object="target",
        priority=2,
    ),
    # Warnings and deadlines (CAMEO 130, 139).
    Trigger(
        "ThreatIssued",
        "threat.vowed-revenge",
        r"(?:vowed|vows|vow|vowing|promised|promises|swore|swears|pledged|pledges) "
        r"(?:swift |harsh |tough |severe |bloody )?(?:revenge|retribution|reprisals?|"
        r"retaliation|vengeance|a (?:tough|firm|strong|harsh|decisive|forceful|swift|"
        r"crushing|severe|resolute) (?:response|retaliation|reply))\b",
        subject="speaker",
        object="target",
        preps="against=target on=target for=target",
        modality="asserted",
        priority=3,
    ),
    Trigger(
        "ThreatIssued",
        "threat.reserve-right",
        r"(?:reserved|reserves|reserve|reserving) (?:the|its|their|our|his|her) (?:full )?"
        r"right to (?:respond|retaliate|take|act|defend|use)",
        subject="speaker",
        object="target",
        modality="asserted",
        priority=3,
    ),
    Trigger(
        "ThreatIssued",
        "threat.issued-threats",
        r"(?:issued|issues|issue|made|makes|make|repeated|repeats|renewed|renews) "
        r"(?:a |an |new |fresh |further |veiled |thinly veiled |military |direct )*"
        r"threats?(?= (?:against|to)\b)",
        subject="speaker",
        object="target",
        preps="against=target to=target",
        modality="asserted",
        priority=3,
    ),
    Trigger(
        "ThreatIssued",
        "threat.deadline",
        r"(?:set|sets|setting|gave|gives|give|giving|issued|issues|imposed) (?:a |an |the )?"
        r"(?:\w+ )?deadline(?= (?:for|to)\b)|"
        r"(?:gave|gives|give|giving)(?= (?:[\w’'.-]+ ){1,3}?(?:\d+|twenty-four|forty-eight|"
        r"seventy-two|two|three|seven|ten) (?:hours|days) to\b)",
        subject="speaker",
        object="target",
        preps="for=target to=target",
        modality="asserted",
        priority=2,
    ),
    Trigger(
        "ThreatIssued",
        "threat.cautioned",
        r"(?:cautioned|cautions|cautioning)(?= (?:[\w’'.-]+ ){1,4}?(?:against|not to)\b)",
        subject="speaker",
        object="target",
        needs_object=True,
    ),
    # Aid rushed, released, resumed; debts forgiven (CAMEO 07x).
    Trigger(
        "AidProvided",
        "aid.rushed",
        r"(?:rushed|rushes|rush|rushing|airlifted|airlifts|airlift|airlifting|trucked|flew) "
        r"(?:[\w$.,-]+ ){0,4}?(?:aid|supplies|relief|food|medicines?|medical supplies|water|"
        r"tents|blankets|vaccines|doses|rescuers|rescue teams|medical teams|assistance)\b"
        r"(?= to\b)",
        subject="supplier",
        object="recipient",
        preps="to=recipient",
        priority=2,
    ),
    Trigger(
        "AidProvided",
        "aid.released",
        r"(?:released|releases|release|releasing|resumed|resumes|resume|resuming|restored|"
        r"unblocked|unlocked) (?:[\w$.,-]+ ){0,4}?(?:aid|assistance|funding|funds|relief|"
        r"financial support|military support|loans?|grants?|tranches?)\b(?= (?:to|for)\b)",
        subject="supplier",
        object="recipient",
        preps="to=recipient for=recipient",
        priority=2,
    ),
    Trigger(
        "AidProvided",
        "aid.debt-relief",
        r"(?:forgave|forgives|forgive|forgiving|wrote off|writes off|write off|writing off|"
        r"written off|cancelled|canceled|cancels|cancel|waived|waives|restructured|"
        r"restructures) (?:(?:the |its |their |part of |some of |all of |\$[\d.,]+ "
        r"(?:million|billion) (?:of|in) )?(?:[\w’'.-]+ ){0,2}?)?debts?\b",
        subject="supplier",
        object="recipient",
        priority=3,
    ),
    Trigger(
        "AidProvided",
        "aid.lifeline",
        r"(?:extended|extends|extend|extending|threw|throws|throw|offered|offers|offer) "
        r"(?:a |an )?(?:financial |economic )?lifeline(?= to\b)",
        subject="supplier",
        object="recipient",
        preps="to=recipient",
        priority=2,
    ),
    Trigger(
        "AidProvided",
        "aid.money-to",
        rf"(?:pledged|pledges|pledge|donated|donates|donate|gave|gives|give|contributed|"
        rf"contributes|contribute|granted|grants|grant|committed|commits|commit) "
        rf"{MONEY_AMOUNT} to",
        subject="supplier",
        object="recipient",
        priority=2,
        name_next=True,
    ),
    # Sanctions and tariffs a state hits another with; aid it cuts (CAMEO 162, 163).
    Trigger(
        "SanctionImposed",
        "sanction.hit-with",
        r"(?:hit|hits|hitting|targeted|targets|targeting|slapped|slaps|slapping|penali[sz]ed|"
        r"penali[sz]es|punished|punishes)(?= (?:[\w’'.-]+ ){1,5}?with (?:(?:new|fresh|further|"
        r"more|additional|tough|tougher|sweeping|punitive|heavy|steep|retaliatory|"
        r"economic|financial) )*(?:sanctions|tariffs|penalties|export controls|an embargo|"
        r"embargoes|travel bans|asset freezes|duties|levies)\b)",
        subject="imposer",
        object="target",
        needs_object=True,
        priority=5,
    ),
    Trigger(
        "SanctionImposed",
        "sanction.aid-cut",
        r"(?:suspended|suspends|suspend|suspending|froze|freezes|freeze|freezing|frozen|"
        r"cut off|cuts off|cutting off|halted|halts|halt|halting|withheld|withholds|withhold|"
        r"withholding|slashed|slashes) (?:all |its |their |the |most |some )?(?:[\w-]+ )?"
        r"(?:aid|assistance|funding)(?= (?:to|for)\b)",
        subject="imposer",
        object="target",
        preps="to=target for=target",
        priority=3,
    ),
    # Sanctions loosened, repealed, rolled back; assets unfrozen (CAMEO 081, 085).
    Trigger(
        "SanctionLifted",
        "sanction.loosened",
        r"(?:loosened|loosens|loosen|loosening|repealed|repeals|repeal|repealing|reversed|"
        r"reverses|reverse|reversing|rolled back|rolls back|roll back|rolling back|phased out|"
        r"phases out|phase out|phasing out|abolished|abolishes|abolish|abolishing|cancel+ed|"
        r"cancels|cancel|cancel+ing|unwound|softened|softens|soften|softening)\s+"
        r"(?:[\w’'.$%()-]+\s+){0,4}?(?:sanctions?|embargo(?:es)?|export controls|restrictions|"
        r"bans?|tariffs|boycott|blockade|(?:punitive |anti-dumping )?duties|curbs)\b",
        subject="imposer",
        object="target",
        priority=2,
    ),
    Trigger(
        "SanctionLifted",
        "sanction.unfroze",
        r"(?:unfroze|unfreezes|unfreeze|unfreezing|unfrozen|unblocked|unblocks)\s+"
        r"(?:[\w’'.$%()-]+\s+){0,4}?(?:assets|funds|accounts|reserves)\b|"
        r"(?:released|releases|release|releasing|returned|returns) (?:[\w’'.$%()-]+\s+){0,3}?"
        r"frozen (?:assets|funds|accounts|reserves)\b",
        subject="imposer",
        object="target",
        priority=2,
    ),
    Trigger(
        "SanctionLifted",
        "sanction.lifted-blockade",
        r"(?:lifted|lifts|lift|lifting|eased|eases|ease|easing|ended|ends|end|ending) "
        r"(?:the |its |their |a )?(?:[\w-]+ )?(?:blockade|boycott)\b",
        subject="imposer",
        object="target",
        priority=2,
    ),
    # Arrests, custody, suits and extraditions in other words (CAMEO 173, 174).
    Trigger(
        "LegalActionTaken",
        "legal.verbs-cameo",
        r"apprehended|apprehends|extradite|extradites|suing|fined|fines",
        subject="imposer",
        object="target",
        needs_object=True,
    ),
    Trigger(
        "LegalActionTaken",
        "legal.will-sue",
        r"(?:will|to|would|shall) sue",
        subject="imposer",
        object="target",
        needs_object=True,
    ),
    Trigger(
        "LegalActionTaken",
        "legal.custody",
        r"(?:took|takes|take|taking|taken)(?= (?:[\w’'.-]+ ){1,4}?into (?:police )?custody\b)|"
        r"(?:placed|places|place|placing|put|puts|putting)(?= (?:[\w’'.-]+ ){1,4}?under "
        r"(?:house )?arrest\b)|(?:rounded up|rounds up|rounding up|kicked out|kicks out|"
        r"kicking out)",
        subject="imposer",
        object="target",
        needs_object=True,
        priority=1,
    ),
    # Force in other words (CAMEO 19x): war waged, sieges, hits with munitions, advances.
    Trigger(
        "MilitaryActionTaken",
        "military.hit-with",
        r"(?:hit|hits|hitting|struck|strikes|striking|pounded|pounds|pounding|targeted|targets|"
        r"targeting|bombarded|bombards|raked|rakes|attacked|attacks)(?= (?:[\w’'.-]+ ){1,5}?"
        r"with (?:[\w-]+ ){0,2}?(?:missiles|rockets|drones|air ?strikes|artillery|shells|"
        r"bombs|mortars|gunfire|cruise missiles|ballistic missiles|shelling|munitions)\b)",
        subject="attacker",
        object="target",
        needs_object=True,
        priority=4,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.waged",
        r"(?:waged|wages|wage|waging) (?:a |an |its |their |the )?(?:[\w-]+ ){0,2}?"
        r"(?:war|offensive|campaign|attacks?|assault|insurgency)(?= (?:on|against|in)\b)",
        subject="attacker",
        object="target",
        preps="on=target against=target in=target",
        priority=2,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.siege",
        r"besieged|besieges|besieging|laid siege to|lays siege to|laying siege to|blockaded|"
        r"blockades|blockading|striking|gunned down|guns down|gunning down|rained (?:down )?"
        r"(?:rockets|missiles|bombs|shells|fire) on",
        subject="attacker",
        object="target",
        needs_object=True,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.advanced-into",
        r"(?:advanced|advances|advancing|pushed|pushes|pushing|marched|marches|rolled|poured|"
        r"stormed) (?:deeper |further |farther )?into",
        requires=r"\b(?:troops|forces|army|soldiers|tanks|militants|rebels|fighters|units|"
        r"militia|military|armou?r)\b",
        subject="attacker",
        object="target",
        needs_object=True,
        priority=1,
    ),
    Trigger(
        "MilitaryActionTaken",
        "military.captured-place",
        r"(?:captured|captures|capturing|seized|seizes|seizing|took|takes|taking|overran|"
        r"recaptured|retook) (?:(?:full |partial )?control of )?the (?:strategic |key |"
        r"eastern |western |northern |southern |border |frontline |front-line )*(?:city|town|"
        r"village|port|airport|capital|provincial capital|stronghold|region|district|"
        r"airbase|air base|military base)(?= of\b)",
        subject="attacker",
        object="target",
        preps="of=target",
        priority=2,
    ),
    # Denials and apologies are statements (tests/gold/README.md), as are disclosures.
    Trigger(
        "StatementMade",
        "statement.denied",
        r"(?:denied|denies|deny|denying)(?= (?:on \w+ |again |publicly |flatly |strongly )?"
        r"(?:that|any|responsibility|involvement|"
        r"allegations?|accusations?|claims?|reports?|charges|wrongdoing|having)\b)|"
        r"(?:apologi[sz]ed|apologi[sz]es|apologi[sz]e|apologi[sz]ing)(?= (?:to|for|on)\b|[.,])",
        subject="speaker",
        object="target",
        preps="to=target",
        objects="pp",
        priority=1,
    ),
    Trigger(
        "StatementMade",
        "statement.disclosed",
        r"(?:admitted|admits|revealed|reveals|disclosed|discloses|conceded|concedes|"
        r"predicted|predicts|signalled|signaled|signals|indicated|indicates|hinted|hints|"
        r"clarified|clarifies|claimed|claims|restated|restates|repeated|repeats|"
        r"contended|contends|cautioned)(?= (?:on \w+ |again |publicly |also )?that\b)",
        subject="speaker",
        object="target",
        objects="none",
    ),
)

# --- modality cues --------------------------------------------------------------------------
# Each cue is checked in a short window before the trigger, inside the trigger's clause.
NEGATION_CUES = (
    r"\b(?:not|never|no|neither|nor|without|cannot)\b|"
    # contracted, with either apostrophe: "won’t", "didn't", "hasn’t", "shouldn't"
    r"\b(?:ca|wo|did|do|does|have|has|had|is|are|was|were|could|would|should|must|need|"
    r"might|sha)n[’']t\b|"
    r"\b(?:refrained|refrains|refrain|refraining) from\b|"
    r"\b(?:declined|declines|decline|refused|refuses|refuse|failed|fails|fail) to\b|"
    r"\b(?:unable|unwilling) to\b|"
    r"\b(?:denied|denies|deny|denying|rejected claims)\b|\bhas yet to\b|\bhave yet to\b|"
    r"\b(?:avoided|avoids|avoid|avoiding|stopped short of|ruled out|rules out)\b|"
    r"\b(?:cancel+ed|cancels|cancel|cancel+ing|called off|calls off|call off|scrapped)\b"
)
# "not only", "will not hesitate to": negation words that do not negate the event.
NEGATION_EXCEPTIONS = (
    r"\bnot only\b|\bnot hesitate\b|n[’']t hesitate\b|\bno doubt\b|\bnot least\b|\bnot just\b|"
    r"\bno sooner\b|\bno later than\b|\bno longer\b|\bnever before\b|\bwithout delay\b"
)
PLANNED_CUES = (
    r"\b(?:will|shall|'ll|’ll)\b|\bwon[’']t\b|\b(?:is|are|was|were) (?:due |going |slated )?to\b|"
    r"\bto be (?:held|signed|hosted|launched|unveiled|imposed|lifted|delivered)\b|"
    r"\b(?:plans?|planned|planning|plan) to\b|\b(?:prepares?|preparing|prepared) to\b|"
    r"\b(?:set|scheduled|slated|due) (?:to|for)\b|\bintends? to\b|\bintended to\b|"
    r"\b(?:eager|keen|poised) to\b|"
    # "we stand ready to send aid", "expressed readiness to host": an offer made
    r"\b(?:ready|readiness|willingness|offers?) to\b|"
    r"\b(?:resolution|motion|bill|decision|order|proposal|bid|move|effort)s? to\b|"
    r"\b(?:working|work|works|worked|moving|move) (?:together )?towards?\b|"
    r"\bintention to\b|\bintent to\b|\baims? to\b|\bagreed to\b|\bagree to\b|"
    r"\b(?:looks|look|looking|looked) forward to\b|"
    r"\b(?:pledged|pledges|pledge|vowed|vows|promised|promises|committed|commit|commits) "
    r"to\b|\bdecided to\b|\bwould\b(?= (?:be )?(?:\w+ing|\w+ed)\b)|"
    r"\b(?:upcoming|coming|forthcoming|next|future|planned|proposed|scheduled|"
    r"prospective|impending)\b(?= (?:\w+ ){0,2}\w)"
)
EXPECTED_CUES = (
    r"\b(?:expected|anticipated|projected|forecast|predicted|poised|likely|unlikely|"
    r"expects|anticipates|expect|anticipate|estimated)\b"
)
HYPOTHETICAL_CUES = (
    r"\b(?:if|unless|whether|would|could|might|may|should|must|can|possible|possibly|"
    r"potential|potentially|hopes?|hoped|hoping|wants?|wish|wishes|seeks?|sought|"
    r"consider|considering|proposed|propose|proposes|offered to)\b|"
    # "urged X to resume talks": the act asked for is a wish, not a fact
    r"\b(?:urged|urges|urge|urging|called on|calls on|call on|calling on|called upon|asked|"
    r"asks|pressed|presses|encouraged|encourages|invited|invites)\s+(?:[\w’'.,-]+\s+){1,8}?"
    r"to\s*$|"
    # "threatened to block X": the act threatened is not recorded as happening
    r"\b(?:threatened|threatens|threaten|threatening) to\b"
)
# Words that make a following adjective-like cue apply to the noun ("the coming parade").
NOMINAL_PLANNED = r"\b(?:upcoming|coming|forthcoming|next|planned|scheduled|future|impending)\b"
NOMINAL_EXPECTED = r"\b(?:anticipated|expected|projected|prospective|likely)\b"
NOMINAL_HYPOTHETICAL = r"\b(?:possible|potential|proposed|hypothetical)\b"

# Words that make a quoted remark a criticism ('"It is a propaganda stunt," X said').
CONDEMNING_WORDS = (
    r"propaganda|stunt|disgrace|disgraceful|shameful|outrageous|deplorable|despicable|"
    r"hypocrisy|hypocritical|baseless|groundless|absurd|ridiculous|irresponsible|reckless|"
    r"unacceptable|lies|lying|blackmail|barbaric|criminal act|act of aggression|"
    r"(?:I|we) (?:strongly |firmly |categorically )?(?:reject|condemn|denounce|deplore)"
)
# Judgements that make a reported "X said (that) Y was ..." a criticism or a praise. Not
# "baseless", "groundless": a denial is a statement (tests/gold/README.md).
JUDGED_BAD = (
    r"counterproductive|counter-productive|politically motivated|unjustified|unjustifiable|"
    r"unacceptable|irresponsible|reckless|provocative|"
    r"(?:is|are|was|were|be|been|as) (?:\w+ )?(?:illegal|unlawful)|"
    r"a provocation|hypocritical|absurd|outrageous|deplorable|shameful|a violation of|"
    r"in violation of|a gross violation|illegitimate|(?:seriously |grossly |flagrantly |"
    r"repeatedly )?(?:violated|violates|violating) (?:the |its |their |our |international )"
)
# Judgements that blame a named actor ("noted that Hamas has long been an impediment to
# peace"): criticism only when the statement has a target.
JUDGED_OBSTACLE = (
    r"(?:an? |the )?(?:main |biggest |major |chief )?"
    r"(?:impediments?|obstacles?|stumbling blocks?) to"
)
# Commendation of a named actor ("told him that Israel demonstrated a remarkable capacity
# to ..."): praise only when the statement has a target (the reported clause's subject).
JUDGED_ADMIRABLE = (
    r"admirable|commendable|courageous|heroic|tireless|"
    r"(?:remarkable|extraordinary|exceptional|outstanding|tremendous|great) (?:capacity|"
    r"courage|bravery|resilience|leadership|skill|restraint|determination|professionalism|"
    r"generosity|dedication|work|efforts?)"
)
# Warnings that make a reported "X made clear (that) Y ..." a threat ("the United States will
# not tolerate ...", "any attack will be met with a decisive response").
THREATENING_WORDS = (
    r"(?:will|would|shall|’ll|'ll) not (?:tolerate|stand for|stand idly by)|"
    r"(?:won|wouldn)[’']t (?:tolerate|stand for|stand idly by)|"
    r"(?:will|would) (?:respond|retaliate|react) (?:\w+ly )?(?:to|against) any|"
    r"will be met with (?:a |an )?(?:\w+ )?(?:response|force)"
)
JUDGED_GOOD = (
    r"a step in the right direction|a (?:welcome|positive|important|significant|major) step|"
    r"an important step forward|a historic achievement|a great success|a victory for"
)

# --- reporting --------------------------------------------------------------------------------
REPORT_VERBS = (
    r"said|says|say|stated|told|tells|reported|reports|claimed|claims|alleged|alleges|"
    r"announced|announces|added|adds|noted|notes|believes|believed|wrote|writes|tweeted|"
    r"insisted|insists|confirmed|confirms|argued|argues|warned|warns|explained|explains|"
    r"indicated|indicates|revealed|reveals|according to|made clear|makes clear|"
    r"made it clear|makes it clear"
)

# --- locations --------------------------------------------------------------------------------
# "at the <Capitalised Name>" introduces a venue; these head words make a lowercase one too.
VENUE_HEADS = (
    r"palace|hall|house|residence|headquarters|building|center|centre|airport|base|"
    r"embassy|consulate|hotel|stadium|square|summit|forum|conference|ministry|kremlin|"
    r"parliament|congress|assembly|margins"
)

SUMMARY_VERBS: dict[str, tuple[str, str, str]] = {
    # type: (past tense, base form, preposition before the other actors) for summaries.
    "MeetingHeld": ("met", "meet", ""),
    "VisitMade": ("visited", "visit", ""),
    "StatementMade": ("made a statement", "make a statement", "to"),
    "PraiseExpressed": ("praised", "praise", ""),
    "CriticismExpressed": ("criticised", "criticise", ""),
    "AgreementSigned": ("signed an agreement", "sign an agreement", "with"),
    "CooperationAnnounced": ("announced cooperation", "announce cooperation", "with"),
    "DealAnnounced": ("announced a deal", "announce a deal", "with"),
    "VisaPolicyChanged": ("changed visa rules", "change visa rules", "for"),
    "SanctionImposed": ("imposed sanctions", "impose sanctions", "on"),
    "SanctionLifted": ("lifted sanctions", "lift sanctions", "on"),
    "MilitaryParadeHeld": ("held a military parade", "hold a military parade", "attended by"),
    "MilitaryExerciseHeld": ("held military exercises", "hold military exercises", "with"),
    "MilitaryActionTaken": ("took military action", "take military action", "against"),
    "ThreatIssued": ("threatened", "threaten", ""),
    "AidProvided": ("provided aid", "provide aid", "to"),
    "HistoricalEventReferenced": ("referenced a past event", "reference a past event", ""),
    "DemandMade": ("made a demand", "make a demand", "of"),
    "LegalActionTaken": ("took legal action", "take legal action", "against"),
}
# Roles that name who acts, in the order a summary puts them first.
ACTING_ROLES = (
    "host",
    "visitor",
    "speaker",
    "party",
    "supplier",
    "seller",
    "issuer",
    "imposer",
    "attacker",
    "participant",
)

# Named historical periods the temporal module does not date: (pattern, first year, last year).
HISTORICAL_PERIODS: tuple[tuple[str, int, int], ...] = (
    (r"(?:World War (?:II|Two|2)|(?:the )?Second World War|WWII|WW2)", 1939, 1945),
    (r"(?:World War (?:I|One|1)|(?:the )?First World War|WWI|WW1|the Great War)", 1914, 1918),
    (r"the Cold War", 1947, 1991),
    (r"the Korean War", 1950, 1953),
    (r"the Vietnam War", 1955, 1975),
    (r"the Iran[–-]Iraq War", 1980, 1988),
    (r"the (?:First )?Gulf War", 1990, 1991),
    (r"the Six[- ]Day War", 1967, 1967),
    (r"the Yom Kippur War", 1973, 1973),
    (r"the Soviet (?:era|period)", 1922, 1991),
)

# Nouns that introduce a company name the gazetteer may not know: "retailer Acme".
COMPANY_DESCRIPTORS = (
    r"retailer|company|firm|group|producer|supplier|airline|carrier|bank|giant|chain|maker|"
    r"manufacturer|operator|conglomerate|corporation|developer|investor|insurer|lender|"
    r"shipper|exporter|importer|distributor|automaker|carmaker|miner|refiner|utility|"
    r"broadcaster|agency|startup|start-up|subsidiary|competitor|rival"
)
COMPANY_SUFFIXES = r"Group|Inc\.?|Ltd\.?|plc|PLC|A/S|AG|SA|S\.A\.|Corp\.?|Holdings|LLC|GmbH|NV|SE"

# Government bodies named without their country ("the Administration", "the Treasury
# Department"): in a text they belong to the country of the leader it is about.
GOVERNMENT_BODIES = (
    r"[Tt]he (?:Administration|[A-Z][a-z]+ Administration|White House|Secretary of "
    r"(?:the )?(?:Treasury|State|Defense|Defence|Commerce|Homeland Security)|"
    r"(?:Department|Departments|Ministry) of (?:the )?[A-Z][a-z]+(?:(?:,| and|, and| of) "
    r"(?:the )?[A-Z][a-z]+)*|[A-Z][a-z]+ (?:Department|Ministry)|Treasury)"
)

# --- word classes the extractor reads sentence structure with ----------------------------
PREPOSITIONS = """
with to of for from on against by in at between among about into towards toward over under
than like upon during including via amongst versus across inside outside near around
beyond throughout regarding concerning within without through throughout behind beyond
near
"""
TITLE_WORDS = """
the a an of his her their its our majesty highness excellency hh mr mr. mrs mrs. ms ms. dr
dr. sir sheikh leader leaders president presidents vice prime minister ministers foreign
deputy secretary general chancellor king queen prince crown emir amir ambassador envoy
spokesperson spokesman spokeswoman chief head official officials commissioner chairperson
chairman chair governor senator premier state counsellor counselor special representative
defence defense interior trade finance energy economy affairs development industry first
lady former then acting new outgoing incoming caretaker supreme top senior director ceo
founder opposition interim de facto jr jr. sr co-founder executive secretary-general
director-general undersecretary national security adviser advisor military commander army
navy air force forces chief-of-staff staff government administration republic kingdom
federation people's democratic islamic united arab emirates counterpart counterparts
"""
CALENDAR_WORDS = """
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december
"""
CAPITALISED_FUNCTION_WORDS = """
In On At With For By From To During As While After Before Since Under According Following
Despite Meanwhile Today Yesterday Tomorrow Last Earlier Later Also But And Although When
If Thanking Noting Speaking Through Over This That These Those It There Here Such What
"""
SUBJECT_GAP_WORDS = """
am is are was were be been being has have had will would shall should can could may might
must do does did also then still now already further again jointly together not never n't
to has subsequently later previously recently first both all each personally directly jr
jr. sr sr. on in at this that week month year day night morning evening today yesterday
tomorrow last next earlier once ever instead just even only soon preparing prepares
prepared plans planned planning set expected going want wants wanted wish wishes wished decided
agreed agrees pledged pledges vowed vows refrained refrains refraining from declined
declines refused refuses failed fails continued continues helped sought seeks tried tries
began begins started starts intends intended hopes hoped aims aimed proud ready willing like
able likely due scheduled about opting went goes moved moves promised promises used uses
reportedly continue denied denies admitted admits approved approves authorised
authorized authorises authorizes cleared
quick swift eager keen poised determined unable unwilling
intend hope aim seek try begin want wish prepare agree pledge vow refrain decline refuse fail
promise decide plan remain remains remained committed determined resolved look looks looked
forward stand stands stood
’m 'm ’ve 've ’ll 'll ’re 're ’d 'd ’ ' cannot
""" + " ".join(
    # "won’t", and "won’" before a trigger that starts at its "t" ("won’t meet": meeting.not)
    f"{stem}n{mark}{end}"
    for stem in _NEGATED_AUXILIARIES
    for mark in "’'"
    for end in ("t", "")
)
# Words of an office after a possessive ("the EU's foreign policy chief", "China's commerce
# ministry") besides the title words and head nouns.
OFFICE_WORDS = """
policy commerce justice health agriculture culture transport environment climate labour
labor education intelligence spy coast guard police prosecutors prosecutor court courts
judiciary regulator regulators watchdog central bank mission permanent cabinet
presidency presidential palace junta council spokespeople
"""
HEAD_NOUNS = """
government governments officials official authorities leaders leader delegation
delegations ministry ministers minister spokesperson spokesman spokeswoman envoy envoys
forces troops military army navy embassy media state states nations countries member
members parliament president prime foreign administration side sides counterpart
counterparts representatives regime firms companies company agency office department
departments experts elites negotiators diplomats teams team
rebels militants fighters militia militias insurgents
"""
CLAUSE_WORDS = """
that which who whom because but while if although though when whereas after before since
unless so
"""
