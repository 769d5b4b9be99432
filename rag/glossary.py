"""Plain-language → Statute vocabulary, used to expand questions before retrieval.

Readers ask "can the court seize a convict's assets" or "is recruiting child soldiers a war
crime"; the Statute says "forfeiture of proceeds, property and assets" and "conscripting or
enlisting children under the age of fifteen years". Each entry maps everyday wording (a regular
expression) to the terms the Statute itself uses, so BM25 and the dense model meet the law's own
words. Entries describe legal concepts, not particular questions.
"""

from __future__ import annotations

import re

_ENTRIES: list[tuple[str, str]] = [
    # Crimes
    (r"child(ren)? soldiers?|kids? (in|into) (the )?(army|armed|war|fight)|recruit\w* (child|kid|minor)",
     "conscripting enlisting children under the age of fifteen years armed forces participate actively in hostilities"),
    (r"\bgenocid|wip(e|ing) out|destroy\w* (a|an|the)? ?(ethnic|religious|racial|national) group",
     "genocide intent to destroy national ethnical racial religious group"),
    (r"\brape\b|sexual (violence|abuse|assault)|sex slave", "rape sexual slavery enforced prostitution sexual violence"),
    (r"\bstarv", "starvation of civilians method of warfare depriving objects indispensable to their survival"),
    (r"\bhostage", "taking of hostages"),
    (r"\btortur", "torture inhuman treatment severe pain or suffering"),
    (r"poison|chemical weapon|gas(es)?\b|biological weapon",
     "poison or poisoned weapons asphyxiating poisonous gases biological"),
    (r"hospital|school|church|mosque|temple|monument|museum",
     "attacks against buildings dedicated to religion education art science hospitals historic monuments"),
    (r"civilian", "attacks against the civilian population civilians"),
    (r"apartheid|racial (domination|segregation)", "crime of apartheid institutionalized regime systematic oppression"),
    (r"disappear", "enforced disappearance of persons"),
    (r"deport|forc\w* (to )?(move|leave|displac)|ethnic cleansing|displac",
     "deportation or forcible transfer of population"),
    (r"\bslave|traffick", "enslavement trafficking in persons"),
    (r"invasion|invad|aggression|attack\w* (another|a neighbouring|a neighboring) (country|state)|act of war",
     "crime of aggression act of aggression use of armed force against sovereignty"),
    (r"peacekeep|humanitarian (aid|worker|mission)", "humanitarian assistance peacekeeping mission"),
    (r"environment", "widespread long-term and severe damage to the natural environment"),
    (r"human shield", "utilizing the presence of a civilian render military forces immune"),
    (r"pillag|loot", "pillaging a town or place"),
    (r"\bwar crimes?\b", "war crimes grave breaches of the Geneva Conventions"),
    (r"crimes? against humanity", "crimes against humanity widespread or systematic attack"),
    (r"which crimes|what crimes|crimes? (does|can|do) (the )?(icc|court)|kinds? of crimes|types? of crimes",
     "crimes within the jurisdiction of the Court genocide crimes against humanity war crimes aggression"),
    # Jurisdiction and admissibility
    (r"non-?(member|party|signatory)|not (a )?(member|party|signed)|hasn'?t (joined|signed|ratified)|"
     r"(countr|state)\w* (that|which) (has|have) not (joined|ratified)",
     "State which is not a Party to this Statute accept the exercise of jurisdiction declaration"),
    (r"security council", "Security Council acting under Chapter VII of the Charter of the United Nations"),
    (r"\b(defer|pause|suspend|delay|postpone|freeze|halt|block)\w*",
     "deferral of investigation or prosecution Security Council request twelve months"),
    (r"\bbefore (1998|2002)|past crimes|retroactiv|old crimes|crimes committed before",
     "jurisdiction ratione temporis entry into force non-retroactivity"),
    (r"\bage\b|how old|minors?\b|under 18|juvenile|teen", "persons under eighteen at the time of commission"),
    (r"national courts?|domestic courts?|own courts?|complementar|already (tried|prosecuted|investigated)",
     "complementary national criminal jurisdictions admissibility unwilling or unable genuinely"),
    (r"twice|double jeopardy|tried again|same (crime|conduct)", "ne bis in idem tried by another court"),
    (r"who can (start|open|trigger|refer)|how (do|does|can) (a )?(case|investigation)s? (start|begin)|refer",
     "exercise of jurisdiction referral State Party Security Council Prosecutor proprio motu"),
    (r"\bprosecutor\b.*\b(own|initiative)|on (his|her|its) own", "Prosecutor proprio motu initiate investigations"),
    (r"statute of limitation|time limit|too late|expire|prescription", "not be subject to any statute of limitations"),
    # Individual responsibility and defences
    (r"heads? of state|president|prime minister|minister|officials?|immunit|leaders?|senior",
     "irrelevance of official capacity Head of State or Government immunities"),
    (r"commander|superior|general|boss|chain of command",
     "responsibility of commanders and other superiors effective command and control"),
    (r"(follow|obey)\w* orders|superior orders|ordered (to|by)", "superior orders and prescription of law"),
    (r"insan|mental (illness|disease)|drunk|intoxic|self.?defen[cs]e|duress|defen[cs]es?\b",
     "grounds for excluding criminal responsibility mental disease intoxication self-defence duress"),
    (r"mistake", "mistake of fact or mistake of law"),
    (r"intent|knowledge|on purpose|meant to", "mental element intent and knowledge"),
    (r"attempt|incit|aid(ing)?\b|abet|accomplice|help\w* (commit|someone)|conspir|order(ing|ed)? (a |the )?crime",
     "individual criminal responsibility commits orders solicits induces aids abets attempt incites"),
    (r"companies|corporation|business|organisation|organization",
     "jurisdiction over natural persons"),
    # The Court
    (r"\bjudges?\b", "judges of the Court qualifications nomination election"),
    (r"how many judges|number of judges", "there shall be 18 judges"),
    (r"fired|remov\w* from office|dismiss|sack", "removal from office serious misconduct"),
    (r"languages?", "official and working languages of the Court English French"),
    (r"where is|seat|headquarter|located|based", "seat of the Court The Hague host State"),
    (r"budget|fund|money|pay for|paid|financ|expenses|salar", "financing expenses of the Court assessed contributions"),
    (r"assembly of states parties|asp\b|member states? (meet|vote)", "Assembly of States Parties"),
    (r"registr", "Registry Registrar non-judicial aspects administration"),
    (r"deputy prosecutor|prosecutor'?s? office|office of the prosecutor", "Office of the Prosecutor independently"),
    (r"privilege|immunit\w* (of|for) (judges|staff|officials)", "privileges and immunities judges Prosecutor"),
    # Procedure
    (r"arrest|warrant|detain|custody|surrender|hand (him|her|them|over)|extradit",
     "warrant of arrest surrender of persons to the Court provisional arrest"),
    (r"summons|appear voluntarily", "summons to appear"),
    (r"trial in absentia|absent|without (the )?(accused|defendant) (being )?present|presence",
     "trial shall be held in the presence of the accused"),
    (r"rights? of (the )?(accused|defendant|suspect)|lawyer|counsel|silent|silence|interpret",
     "rights of the accused legal assistance remain silent presumption of innocence interpreter"),
    (r"innocent|burden of proof|beyond (a )?reasonable doubt", "presumption of innocence onus beyond reasonable doubt"),
    (r"victims?|witness", "protection of the victims and witnesses participation"),
    (r"compensat|reparation|restitution|rehabilitat", "reparations to victims restitution compensation rehabilitation"),
    (r"trust fund", "Trust Fund for the benefit of victims"),
    (r"appeal|overturn|challenge (a |the )?(verdict|conviction|sentence|decision)",
     "appeal against decision of acquittal or conviction or against sentence"),
    (r"new evidence|revis|wrongful(ly)? convict", "revision of conviction or sentence new evidence"),
    (r"compensation .*arrest|wrongful(ly)? (arrest|detain)", "compensation to an arrested or convicted person"),
    (r"confirm\w* (of )?(the )?charges", "confirmation of the charges before trial"),
    (r"plead\w* guilty|admission of guilt|confess", "proceedings on an admission of guilt"),
    (r"evidence|proof", "evidence admissibility relevance"),
    (r"confidential|national security|secret", "protection of national security information"),
    # Penalties and enforcement
    (r"death penalty|execut\w*|capital punishment|punish|sentence|jail|prison|years? (in|behind)",
     "applicable penalties imprisonment life imprisonment specified number of years"),
    (r"assets?|property|seiz|confiscat|forfeit|fine[sd]?\b|money",
     "fine forfeiture of proceeds property and assets derived from that crime"),
    (r"where .*(serve|imprisoned)|which (country|state) .*prison|serve (the|their|a) sentence",
     "enforcement of sentences of imprisonment State designated by the Court"),
    (r"early release|parole|reduc\w* (of )?(the )?sentence|let out early",
     "review by the Court concerning reduction of sentence two thirds of the sentence 25 years"),
    (r"escape", "escape"),
    # Cooperation
    (r"cooperat|help the court|must (states|countries) (help|assist)|obligat\w* to (cooperate|assist)",
     "general obligation to cooperate fully States Parties international cooperation and judicial assistance"),
    (r"refus\w* to (cooperate|comply|arrest)|non-?complian|ignor\w* (a |the )?(request|warrant)",
     "failure to comply with a request to cooperate finding refer the matter to the Assembly of States Parties"),
    # Final clauses
    (r"\bamend|chang\w* (the )?(statute|treaty|rules|law)|rewrite", "amendments proposal adoption entry into force"),
    (r"review conference", "Review Conference"),
    (r"withdraw|leave the (court|icc|statute)|quit|pull out|exit", "withdrawal written notification one year"),
    (r"reservations?", "no reservations may be made to this Statute"),
    (r"\bjoin|ratif|sign\w*|accession|become (a )?(party|member)",
     "signature ratification acceptance approval or accession"),
    (r"entry into force|came into (force|effect)|start\w* (working|operating)|in force",
     "entry into force sixtieth instrument of ratification"),
    (r"disputes?", "settlement of disputes"),
    (r"opt.?out|transitional", "transitional provision declaration seven years not accept jurisdiction war crimes"),
    (r"authentic|official text|depositary", "authentic texts Secretary-General of the United Nations"),
    # Preamble
    (r"purpose|why (was|is) the (icc|court)|aims?|goals?|mission|object(ive)?s?\b",
     "Preamble determined to put an end to impunity establish an independent permanent International Criminal Court"),
    (r"impunity|go unpunished", "put an end to impunity must not go unpunished"),
    # The news report
    (r"sanction|trump|netanyahu|gallant|gaza|israel|afghanistan|biden|human rights watch|state department|"
     r"washington|united states|\bu\.?s\.?\b|america",
     "United States sanctions demands ICC news report"),
]

_COMPILED = [(re.compile(pattern, re.IGNORECASE), terms) for pattern, terms in _ENTRIES]


def expand_query(question: str) -> str:
    """``question`` followed by the Statute's own terms for the concepts it mentions."""
    extra = [terms for rx, terms in _COMPILED if rx.search(question)]
    return question if not extra else question + "\n" + " ".join(extra)
