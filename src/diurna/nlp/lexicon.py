"""Closed-class word lists the syntax rules need (not dictionaries: grammar)."""

from __future__ import annotations

__all__ = [
    "ANONYMITY_VERBS",
    "ANONYMOUS",
    "MENTIONING_VERBS",
    "NOT_LIGHT_VERBS",
    "LEMMA_FIXES",
    "UNDERGOING_VERBS",
    "SPEECH_VERBS",
    "FUTURE_AUX",
    "HYPOTHETICAL_AUX",
    "CONDITIONAL_MARKS",
    "NEGATING_VERBS",
    "TARGET_PREPS",
    "QUANTITY_HEADS",
    "STATIVE_PASSIVES",
    "SCHEDULING_VERBS",
    "DIRECTIVE_VERBS",
    "REFUSING_VERBS",
    "AUTHORING_VERBS",
    "UNDERGONE_NOUNS",
    "CONVERSING_VERBS",
    "DELIBERATING_VERBS",
    "CONFLICT_NOUNS",
    "TIME_MARKS",
    "LOCATION_PREPS",
    "OBLIGATION_AUX",
    "UNSOURCED_ROOTS",
    "ACCIDENT_LEMMAS",
    "ACCIDENT_VERBS",
    "ACCIDENT_BLASTS",
    "ACCIDENT_CAUSES",
    "LOCATED_ROOTS",
    "BORDERS",
    "WRONGDOINGS",
    "OWNED_FAULTS",
    "CONTROL_ADJECTIVES",
    "INTENT_NOUNS",
    "ATTEMPT_NOUNS",
]

# Verbs that introduce reported speech: events in their complement are "reported".
SPEECH_VERBS = frozenset(
    """say tell state announce claim report add note insist allege declare affirm
    maintain confirm argue write stress emphasize emphasise underscore acknowledge
    reiterate explain tweet post reveal suggest assert contend quote testify
    """.split()
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca", "'d"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# "failed to reach a deal" reports that the deal did not happen; "delayed lifting the
# ban", that it has not happened yet.
NEGATING_VERBS = frozenset({"fail", "avoid", "refrain", "stop short", "delay", "postpone", "defer"})
# "a diplomat who asked not to be named": a newsroom formula, not an appeal.
ANONYMITY_VERBS = frozenset({"name", "identify", "quote", "cite"})
# ... or "who requested to remain anonymous"
ANONYMOUS = frozenset({"anonymous", "unnamed", "unidentified", "nameless"})
# "Russia said Sudan must return the helicopter" is a demand on Sudan.
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
# Violence is coded even when the doer is unknown ("civilians were killed in a bombing").
UNSOURCED_ROOTS = frozenset({"18", "19", "20"})
# ... but not when the sentence says it was an accident or a disaster: "a woman was killed
# when a tree fell on a wedding party", "nations hit by cholera epidemics".
# Nouns, and verbs: "rustlers stormed a village" is no storm.
ACCIDENT_LEMMAS = frozenset(
    """accident crash collision tree landslide mudslide earthquake quake flood flooding storm
    hurricane typhoon cyclone tornado avalanche lightning stampede scooter wildfire heatwave
    epidemic pandemic outbreak cholera drought famine disease virus flu influenza h5n1 h1n1
    infection illness ebola measles malaria tuberculosis meningitis dengue coronavirus covid
    leak""".split()
)
ACCIDENT_VERBS = frozenset({"crash", "collide", "derail", "drown", "overturn", "capsize", "flood"})
# An explosion or a fire is an accident when its modifier says so: "a gas explosion".
ACCIDENT_BLASTS = frozenset({"explosion", "blast", "fire", "blaze"})
ACCIDENT_CAUSES = frozenset({"gas", "boiler", "chemical", "firework", "fireworks", "industrial", "electrical", "accidental", "methane", "dust"})
# Where a target is looked for, in order, when a pattern does not say.
TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "from")
# Heads that stand for the actor in their of-phrase: "thousands of protesters".
QUANTITY_HEADS = frozenset(
    """thousand thousands hundred hundreds dozen dozens million millions some many
    most all one two three several member members group groups crowd crowds number
    majority part representative representatives delegation team unit units
    wave waves barrage series round salvo volley swarm first last rest batch
    shipment consignment tranche dozen package raft set mission
    ton tons tonne tonnes kg kilogram kilograms barrel barrels litre liter gallon
    day days week weeks month months hour hours
    """.split()
)
# Participles that describe their subject's stance, not a deed done to it: "Israel is
# opposed to ...", "the government is committed to ...", "Kyiv is determined to ...".
STATIVE_PASSIVES = frozenset({"oppose", "commit", "determine", "prepare", "dedicate", "resolve", "schedule", "slate"})
# Passives that put what follows in the future: "is scheduled / expected / set to meet".
SCHEDULING_VERBS = frozenset({"schedule", "expect", "set", "slate", "plan", "due"})
# Verbs that turn down or find out what their object says: in "vetoed a resolution
# calling for a ceasefire" the call is not the vetoer's, nor in "foiled a plot to kill
# the president" the killing the police's.
REFUSING_VERBS = frozenset(
    """veto reject block oppose defeat condemn denounce criticise criticize dismiss deny
    ignore scrap withdraw rebuff refuse foil thwart uncover expose disrupt prevent avert
    discover investigate probe suspect""".split()
)
# Verbs that put out what their object says: in "issued a statement calling for calm"
# the issuer calls; in "received letters warning of HIV" the receiver warns no one.
AUTHORING_VERBS = frozenset(
    """issue release publish post put send sign write draft adopt pass approve table submit
    file present unveil launch deliver give make read leave circulate set broadcast air
    tweet sponsor introduce""".split()
)
# Event nouns whose possessor undergoes them when nothing follows "of": "Karlov's
# assassination", "the children's abduction", "Navalny's arrest" (but "Russia's arrest
# of Gershkovich" is Russia's doing).
UNDERGONE_NOUNS = frozenset(
    """assassination murder abduction kidnapping kidnap arrest detention execution killing
    torture beating rape release extradition deportation expulsion trial conviction
    imprisonment jailing lynching shooting stabbing capture ouster impeachment""".split()
)
# Verbs of talk that consult only with a partner: "Putin and Xi talked", "talked with
# Merkel"; but "people talk about how downtown feels" consults no one.
CONVERSING_VERBS = frozenset({"talk", "speak", "chat", "converse"})
# Verbs whose gerund is only weighed: "discussed allowing Ukraine to fire", "is
# considering sending troops".
DELIBERATING_VERBS = frozenset(
    "discuss consider weigh debate mull contemplate explore study propose suggest envisage envision".split()
)
# Nouns for a state of conflict, which with no side named are background, not an act:
# "sanctions over the war in Ukraine", "refugees from the conflict in Sudan".
CONFLICT_NOUNS = frozenset("war conflict fighting hostility violence unrest insurgency crisis".split())
# Conjunctions of a time clause: "will talk after the army withdraws".
TIME_MARKS = frozenset({"after", "before", "once", "when", "until", "till", "as soon as"})
# "told Putin to withdraw", "passengers were told to contact": what one is told, asked,
# urged or allowed to do is not yet done ("allowed Russia to deploy nuclear weapons").
DIRECTIVE_VERBS = frozenset(
    """tell ask urge order instruct advise encourage invite request direct persuade press
    pressure push implore beg command remind require allow permit authorize authorise
    let enable""".split()
)
# Prepositions that place an object: "shelled towns inside Armenia" targets Armenia.
LOCATION_PREPS = ("in", "inside", "across", "near", "along", "within", "outside")
# Roots for which an object's location stands for the target (conflict, protest).
LOCATED_ROOTS = frozenset({"11", "14", "15", "17", "18", "19", "20"})
# A border has two sides: "a lab near the Thai border" is near Thailand, not Thailand's.
BORDERS = frozenset({"border", "frontier", "boundary", "borderline", "crossing", "checkpoint"})
# Wrongs whose doer is whom an inquiry or a charge is aimed at: "an investigation into
# crimes committed by Croat forces" (event nouns such as "killings" are in nouns.yaml).
WRONGDOINGS = frozenset(
    """crime abuse misconduct corruption fraud wrongdoing irregularity malpractice
    bribery embezzlement excess offence offense""".split()
)
# What one owns up to besides coded acts and wrongs: "took responsibility for the deaths".
OWNED_FAULTS = frozenset(
    """mistake error failure failing fault death loss casualty blunder lapse oversight
    disaster tragedy incident""".split()
)
# Adjectives whose subject is the one who would act: "it is ready to talk" means the
# state is ("it is important to talk" has no referent).
CONTROL_ADJECTIVES = frozenset(
    """willing unwilling ready prepared determined eager keen reluctant able unable
    committed happy open resolved poised anxious hesitant loath loth intent""".split()
)
# Nouns whose infinitive is what someone means to do: "a decision to withdraw troops" is
# an intent to withdraw ("the right to protest", "the power to veto" say less).
INTENT_NOUNS = frozenset(
    """plan decision pledge promise commitment intention intent vow readiness
    willingness determination resolve""".split()
)
# Nouns whose infinitive is coded as the act, as the attempt verbs' are: "an attempt to
# assassinate", "efforts to free the hostages".
ATTEMPT_NOUNS = frozenset("attempt bid effort try drive push operation campaign".split())
# Verbs outside the dictionaries lend their subject to the event noun they govern
# ("renewed negotiations", "co-sponsored the evacuation"), except these. Their subject
# undergoes the event, which is coded on its own ("faces charges", "drew criticism
# from the EU": aimed at the subject) ...
UNDERGOING_VERBS = frozenset({
    "face", "suffer", "draw", "attract", "get", "gain", "earn", "incur", "endure", "undergo",
    "sustain", "survive", "escape",
})
# ... or speaks of it, sees it or follows it: the event is coded by its own phrases
# alone ("described the killing of Karlov", "followed a phone call between A and B") ...
MENTIONING_VERBS = frozenset({
    "describe", "cite", "report", "mention", "name", "know", "hear", "read", "watch",
    "witness", "see", "film", "videotape", "photograph", "record", "document", "cover",
    "remember", "mark", "commemorate", "follow", "precede", "prompt", "spark", "trigger",
    "cause", "provoke", "fuel", "foil", "thwart", "uncover", "disrupt", "avert", "discover",
    "expose", "flee", "compare", "liken", "equate",
})
# ... or the noun is no event of this clause ("needs aid", "skipped the summit",
# "poses a threat", "scuttled the deal").
NOT_LIGHT_VERBS = frozenset({
    "need", "require", "lose", "avoid", "serve", "pose", "predict", "expect", "anticipate",
    "await", "assess", "substantiate", "qualify", "indicate", "address", "hamper", "hinder",
    "limit", "scuttle", "salvage", "skip", "miss", "squander", "wear", "relate", "fill",
    "underlie", "contain", "forbid", "deafen",
})
# Verb forms the model's rule lemmatizer gets wrong ("raped" -> "rap", to criticise).
LEMMA_FIXES = {"raped": "rape", "raping": "rape", "rapes": "rape"}
