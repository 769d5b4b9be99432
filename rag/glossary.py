"""Plain-language → Statute vocabulary, used to expand questions before retrieval.

Readers ask "can the court seize a convict's assets" or "is recruiting child soldiers a war
crime"; the Statute says "forfeiture of proceeds, property and assets" and "conscripting or
enlisting children under the age of fifteen years". Each entry maps everyday wording (a regular
expression) to the terms the Statute itself uses, so BM25 and the dense model meet the law's own
words. Entries describe legal concepts, not particular questions.

The entries follow the Statute article by article (Preamble, Parts 1–13, with articles 8 bis,
15 bis and 15 ter), grouped by topic. Patterns are matched case-insensitively anywhere in the
question, so each one is anchored with word boundaries and avoids common words on their own: an
entry that fires on an unrelated question only adds noise to the search.
"""

from __future__ import annotations

import re

# The subject of many questions: "the ICC", "the Court", "the International Criminal Court".
_ICC = r"(?:icc|court|international criminal court)"
# "a country", "states", "a nation" …
_STATE = r"(?:countr(?:y|ies)|states?|nations?|governments?)"

_ENTRIES: list[tuple[str, str]] = [
    # ── Preamble ────────────────────────────────────────────────────────────────────────────
    (r"\bpreamble\b|why (?:was|is|did|does|were) (?:the )?(?:icc|international criminal court|rome statute|statute)"
     r"\b.*\b(?:created|set up|established|founded|needed|exist|made)|why (?:create|set up|establish)\w* (?:the |an? )?"
     r"(?:icc|international criminal court|court)|(?:purpose|aims?|goals?|mission|objectives?|point) of (?:the |having )?"
     r"(?:icc|international criminal court|rome statute|statute|treaty)|what is the (?:icc|court) for\b|"
     r"(?:icc|court)'?s? (?:purpose|aims?|goals?|mission|objectives?)\b",
     "Preamble determined to put an end to impunity establish an independent permanent International Criminal Court"),
    (r"\bimpunity\b|go(?:es)? unpunished|get(?:s|ting)? away with|escap\w* justice|above the law",
     "put an end to impunity most serious crimes must not go unpunished effective prosecution"),
    (r"\bdeter(?:rent|rence|s)?\b|\bprevent(?:ing)? (?:future )?(?:atrocities|crimes|genocide|wars?)\b|\bprevention\b",
     "put an end to impunity contribute to the prevention of such crimes"),
    (r"universal jurisdiction|(?:duty|obligation|responsibilit\w*) (?:of|for) (?:every |each )?"
     + _STATE + r" to (?:prosecute|punish|try|investigate)|"
     + _STATE + r" (?:must|should|have to|has to) (?:prosecute|punish|try) (?:these |such |international )?crim",
     "duty of every State to exercise its criminal jurisdiction over those responsible for international crimes"),
    (r"humanitarian intervention|(?:right|licen[cs]e|authori[sz]\w*|justif\w*) (?:[\w'-]+ ){0,3}(?:to )?(?:intervene|"
     r"invade|military intervention|use (?:of )?force)|interfer\w* in (?:the )?(?:internal|domestic) affairs|"
     r"internal affairs",
     "nothing in this Statute authorizing any State Party to intervene in an armed conflict or internal affairs"),

    # ── Part 1: Establishment of the Court (arts. 1–4) ─────────────────────────────────────
    (r"what (?:is|exactly is) (?:the )?(?:icc|international criminal court|rome statute)\b|what does the (?:icc|"
     r"international criminal court) do\b|\bpermanent (?:court|tribunal|institution)|\btemporary (?:court|tribunal)|"
     r"\bad hoc (?:court|tribunal)s?",
     "International Criminal Court is hereby established permanent institution most serious crimes of international concern"),
    (r"relationship (?:with|to|between) (?:the )?(?:un|united nations)|(?:part of|an organ of|linked to|tied to|"
     r"connected to|independent (?:of|from)|related to|separate from) (?:the )?(?:un|united nations)\b|"
     r"(?-i:\bUN\b) (?:body|agency|court|organ)|is (?:the )?(?:icc|court) (?:an? )?(?:un|united nations)\b",
     "Court brought into relationship with the United Nations through an agreement"),
    (r"\bseat of\b|where is (?:the )?(?:icc|court|international criminal court)\b|\bheadquarter|\bthe hague\b|"
     r"\bnetherlands\b|\bhost (?:state|country)|(?:icc|court) (?:is )?(?:based|located|situated|housed)\b|"
     r"which (?:city|country) .*\b(?:icc|court)\b|where (?:[\w'-]+ ){0,3}(?:trials?|hearings?) (?:[\w'-]+ )?"
     r"(?:held|take place|happen|heard)|place of (?:the )?trial",
     "seat of the Court The Hague in the Netherlands host State place of the trial"),
    (r"\b(?:sit|sits|sitting|hold (?:hearings|trials?|sessions?)|trials?|hearings?) (?:[\w'-]+ )?(?:outside|away from|"
     r"elsewhere|abroad)|outside (?:of )?(?:the hague|the netherlands)|\bin situ\b|(?:move|relocate)\w* (?:the )?"
     r"(?:trial|hearings?|proceedings|court) to",
     "Court may sit elsewhere whenever it considers it desirable place of the trial seat of the Court"),
    (r"legal (?:personality|capacity|status|entity|person)\b|sign (?:contracts?|agreements?|deals?)|"
     r"enter into (?:contracts?|agreements?)|(?:icc|court) (?:sue|be sued)|\bown (?:property|buildings?|land)\b|"
     r"(?:operate|work|act|function)\w* (?:in|on the territory of|on the soil of) (?:other|any|another|foreign|"
     r"non-?member) (?:countr|state)",
     "international legal personality legal capacity exercise its functions and powers on the territory of any State"),

    # ── Part 2: crimes within the jurisdiction of the Court (art. 5) ───────────────────────
    (r"which crimes|what crimes|crimes? (?:does|can|do|will) (?:the )?(?:icc|court)|kinds? of crimes|types? of crimes|"
     r"list of crimes|most serious crimes|worst crimes|core crimes|\bterroris[mt]|drug trafficking|\bcybercrime|"
     r"\bcorruption\b",
     "crimes within the jurisdiction of the Court genocide crimes against humanity war crimes crime of aggression"),

    # Genocide (art. 6)
    (r"\bgenocid|wip(?:e|es|ed|ing) out|destroy\w* (?:an? |the )?(?:ethnic|religious|racial|national) group|"
     r"\bethnic(?:al)? (?:group|minorit)|religious (?:group|minorit)|\bholocaust",
     "genocide intent to destroy in whole or in part a national ethnical racial or religious group"),
    (r"prevent\w* births|birth control|forced (?:abortions?|sterili[sz]ation)|\bsterili[sz]|"
     r"(?:take|took|taking|steal\w*|kidnap\w*|transfer\w*|remov\w*) (?:[\w'-]+ )?(?:children|kids|babies) (?:away|from|to)",
     "measures intended to prevent births forcibly transferring children of the group enforced sterilization"),

    # Crimes against humanity (art. 7)
    (r"crimes? against humanity",
     "crimes against humanity widespread or systematic attack directed against any civilian population"),
    (r"\bwidespread\b|\bsystematic\b|(?:state|organi[sz]ational|government) polic(?:y|ies)|\bone-?off\b|"
     r"isolated (?:incidents?|acts?|crimes?|killings?)|single (?:incident|murder|killing)",
     "widespread or systematic attack course of conduct multiple commission State or organizational policy"),
    (r"\bmurder|\bmassacre|\bmass (?:killings?|murders?|executions?|graves?)|\bslaughter|\bexterminat|\bkilling\b",
     "murder extermination wilful killing killing members of the group destruction of part of a population"),
    (r"\bslave|\btraffick|forced labou?r|\bservitude|\bbonded labou?r",
     "enslavement right of ownership over a person trafficking in persons women and children sexual slavery"),
    (r"\bdeport|forc\w* (?:[\w'-]+ )?(?:to )?(?:move|leave|flee)|ethnic cleansing|\bdisplac|\brefugees?\b|\bexpel|"
     r"\bexpulsion|\bevict|driv\w* (?:[\w'-]+ )?(?:out of|from) (?:their )?(?:homes?|land|villages?|country)",
     "deportation or forcible transfer of population forced displacement expulsion ordering the displacement"),
    (r"\b(?:arbitrary|illegal|unlawful|mass|indefinite) (?:detention|imprisonment|arrests?|internment)|"
     r"political prisoners?|\binternment|(?:detention|concentration|prison) camps?|without (?:charge|trial)\b",
     "imprisonment or other severe deprivation of physical liberty in violation of fundamental rules"),
    (r"\btortur|\btorment|waterboard|(?:beat\w*|abus\w*|mistreat\w*|maltreat\w*) (?:of )?(?:prisoners|detainees|"
     r"captives|inmates)|prisoner abuse",
     "torture intentional infliction of severe pain or suffering physical or mental inhuman treatment"),
    (r"\brape\b|\braped\b|\braping\b|sexual (?:violence|abuse|assault|crimes?|slavery|exploitation|attacks?)|"
     r"sex(?:ual)? slave|\bmolest",
     "rape sexual slavery enforced prostitution forced pregnancy enforced sterilization sexual violence"),
    (r"\bprostitut|forc\w* (?:[\w'-]+ )?into (?:sex|marriage)|forced marriage",
     "enforced prostitution sexual slavery sexual violence of comparable gravity"),
    (r"\bpregnan",
     "forced pregnancy unlawful confinement of a woman forcibly made pregnant ethnic composition"),
    (r"\bpersecut|\bdiscriminat|target\w* (?:[\w'-]+ ){0,3}(?:because of|on account of|for) (?:their|his|her) "
     r"(?:religion|race|ethnicity|politics|political|beliefs?|gender|culture|sexual)",
     "persecution identifiable group political racial national ethnic cultural religious gender grounds"),
    (r"defin\w* (?:[\w'-]+ ){0,2}gender|\bgender\b (?:[\w'-]+ ){0,2}(?:mean|defin\w*)|\blgbt\w*|\bgay\b|"
     r"\blesbians?\b|\bhomosexual|\btransgender|non-?binary|gender identity|sexual orientation",
     "the term gender refers to the two sexes male and female within the context of society"),
    (r"\bdisappear|\babduct|\bvanish|\bkidnap|\bwhereabouts unknown|secret (?:detention|prisons?)",
     "enforced disappearance of persons arrest detention or abduction refusal to acknowledge fate or whereabouts"),
    (r"\bapartheid|racial (?:domination|segregation)|\bsegregat",
     "crime of apartheid institutionalized regime of systematic oppression and domination by one racial group"),
    (r"inhumane acts?|other inhumane|cruel (?:treatment|acts)|great suffering|\batrocit",
     "other inhumane acts intentionally causing great suffering or serious injury to body or mental health"),

    # War crimes (art. 8)
    (r"\bwar crimes?\b", "war crimes grave breaches of the Geneva Conventions plan or policy large-scale commission"),
    (r"geneva conventions?|laws? of war|rules of (?:war|engagement)|laws and customs|international humanitarian law|"
     r"\bihl\b",
     "grave breaches of the Geneva Conventions serious violations of the laws and customs applicable in armed conflict"),
    (r"\bcivilians?\b|non-?combatants?|innocent (?:people|bystanders)|\bvillagers\b",
     "intentionally directing attacks against the civilian population individual civilians not taking direct part"),
    (r"civilian (?:objects|infrastructure|targets|homes|houses|buildings)|\binfrastructure|power (?:plants?|stations?|"
     r"grid)|military (?:objectives?|targets?)|legitimate targets?",
     "attacks against civilian objects objects which are not military objectives"),
    (r"collateral damage|\bproportionality\b|disproportionate (?:attacks?|force|harm|civilian)|incidental (?:loss|harm|"
     r"civilian|deaths?)|civilian (?:casualties|deaths)|excessive (?:civilian|force|harm)|military advantage",
     "incidental loss of life or injury to civilians clearly excessive concrete and direct overall military advantage"),
    (r"\bbomb\w*|\bair ?strikes?|\bshell(?:ing|ed)\b|\bdrones?\b|\bmissiles?\b|\brockets?\b|\bartillery|"
     r"undefended (?:towns?|villages?|cit)",
     "attacking or bombarding by whatever means towns villages dwellings or buildings which are undefended"),
    (r"\bhospitals?\b|\bschools?\b|\bchurch|\bmosques?\b|\btemples?\b|\bsynagogues?\b|\bshrines?\b|\bmonuments?\b|"
     r"\bmuseums?\b|cultural (?:property|sites?|heritage)|\bheritage sites?|\bhistoric (?:sites?|buildings?)|"
     r"\buniversit(?:y|ies)\b",
     "attacks against buildings dedicated to religion education art science charitable purposes historic monuments hospitals"),
    (r"\bambulances?\b|\bmedics?\b|\bmedical (?:staff|personnel|units?|workers?|transport|convoys?)|\bdoctors?\b|"
     r"\bnurses?\b|red cross|red crescent|\bemblems?\b",
     "attacks against medical units and transport personnel using the distinctive emblems of the Geneva Conventions"),
    (r"peace-?keep|\bblue helmets|humanitarian (?:aid|workers?|missions?|convoys?|staff|assistance|organi[sz]ations?|"
     r"personnel)|aid (?:workers?|convoys?|trucks?)",
     "attacks against personnel installations vehicles involved in a humanitarian assistance or peacekeeping mission"),
    (r"\benvironment|\becocide|\bpollut|\bdeforest|oil (?:spills?|fires?|wells?)|\becolog",
     "widespread long-term and severe damage to the natural environment clearly excessive"),
    (r"\bstarv|\bfamine|\bhunger\b|\bsiege|block\w* (?:food|aid|humanitarian|relief)|cut\w* off (?:food|water|aid|"
     r"supplies)|relief supplies|food as a weapon",
     "starvation of civilians as a method of warfare objects indispensable to their survival impeding relief supplies"),
    (r"\bhostages?\b|\bransom", "taking of hostages"),
    (r"human shields?|(?:civilians|people|children|prisoners) as (?:human )?(?:shields?|cover)",
     "utilizing the presence of a civilian or other protected person to render military forces immune"),
    (r"\bpillag|\bloot|\bplunder|\bsack(?:ed|ing)? (?:of )?(?:a |the )?(?:towns?|cit(?:y|ies)|villages?)|"
     r"\bsteal|\bstole",
     "pillaging a town or place even when taken by assault"),
    (r"destr\w* (?:of )?(?:[\w'-]+ )?(?:property|homes|houses|towns|villages|cities|crops)|\braz(?:e|ed|ing) "
     r"(?:[\w'-]+ )?(?:villages?|homes|towns?)|burn\w* (?:down )?(?:[\w'-]+ )?(?:villages?|homes|houses|towns?)|"
     r"scorched earth|military necessity|confiscat\w* (?:enemy|civilian) property",
     "extensive destruction and appropriation of property not justified by military necessity destroying or seizing"),
    (r"prisoners? of war|\bpows?\b|captured (?:soldiers?|enemy|combatants?|fighters?)|enemy (?:soldiers?|fighters?) "
     r"(?:[\w'-]+ )?captured",
     "prisoner of war protected person compelling to serve in the forces of a hostile Power fair and regular trial"),
    (r"no quarter|no survivors|take no prisoners|(?:soldiers?|combatants?|fighters?|enem(?:y|ies)|troops) (?:who|that) "
     r"(?:[\w'-]+ )?(?:surrender|gave up)|surrender(?:ed|ing) (?:soldiers?|combatants?|fighters?|troops)|"
     r"laid down (?:their|his) arms|hors de combat|wounded (?:soldiers?|combatants?|fighters?)",
     "killing or wounding a combatant who having laid down his arms has surrendered declaring that no quarter"),
    (r"\bperfid|\btreacher|\bambush|pretend\w* (?:to be )?(?:[\w'-]+ ){0,2}(?:civilians?|red cross|medics?|"
     r"peacekeepers|surrender\w*|wounded|dead)|(?:fake|false|misuse of the) (?:white )?flags?|white flag|flag of truce|"
     r"enemy(?:'s)? uniforms?|(?:disguis\w*|pos\w*|dress\w*) (?:[\w'-]+ ){0,2}as (?:civilians|the enemy|medics|"
     r"peacekeepers|(?:un|red cross))",
     "improper use of a flag of truce military insignia and uniform of the enemy killing or wounding treacherously"),
    (r"\bmutilat|(?:medical|human|scientific) experiments?|experiment\w* on (?:people|prisoners|humans|detainees)|"
     r"organ harvest",
     "physical mutilation medical or scientific experiments seriously endanger the health of such person"),
    (r"\bhumiliat|\bdegrading\b|outrages? (?:upon|on|against) (?:personal )?dignity|desecrat|\bcorpses?\b|"
     r"dead bodies",
     "committing outrages upon personal dignity humiliating and degrading treatment"),
    (r"summary executions?|execut\w* without (?:a )?trial|extra-?judicial|kangaroo courts?|show trials?",
     "passing of sentences and carrying out of executions without previous judgement regularly constituted court"),
    (r"forc\w* (?:[\w'-]+ ){0,2}to fight (?:against )?(?:their|his|her) own|fight against (?:their|his|her) own "
     r"(?:country|people|side)",
     "compelling the nationals of the hostile party to take part in operations of war against their own country"),
    (r"(?:abolish|suspend|deny|denie)\w* (?:[\w'-]+ ){0,3}(?:rights|access to (?:the )?courts?) (?:of|for|to) "
     r"(?:enemy|hostile|foreign)",
     "declaring abolished suspended or inadmissible in a court of law the rights of nationals of the hostile party"),
    (r"child(?:ren)? (?:soldiers?|combatants?|fighters?)|\bboy soldiers?|(?:recruit|conscript|enlist|draft|us)\w* "
     r"(?:of )?(?:child|children|kids?|minors?|boys|girls|teen\w*|under-?(?:15|fifteen|age)s?)\b|"
     r"(?:child|children|kids?|minors?) (?:in|into|to) (?:the )?(?:army|armed|war|fight|militias?|combat|battle)|"
     r"under (?:the age of )?(?:15|fifteen)\b",
     "conscripting or enlisting children under the age of fifteen years armed forces participate actively in hostilities"),
    # Prohibited weapons (art. 8(2)(b)(xvii)–(xx), (xxvii)–(xxix); (e)(xiii)–(xviii))
    (r"\bpoison|chemical (?:weapons?|attacks?|warfare|agents?)|\bgas(?:es|sed|sing)?\b|nerve agents?|\bsarin\b|"
     r"mustard gas|\bchlorine",
     "employing poison or poisoned weapons asphyxiating poisonous or other gases analogous liquids materials devices"),
    (r"biological (?:weapons?|agents?|warfare|attacks?)|\bbio-?weapons?|germ warfare|\btoxins?\b|\bmicrob|"
     r"\bviruse?s?\b|\bbacteri|\banthrax",
     "weapons which use microbial or other biological agents or toxins"),
    (r"dum-?dum|hollow[- ]?points?|expanding bullets?|bullets? (?:that|which) (?:expand|flatten|mushroom)",
     "bullets which expand or flatten easily in the human body"),
    (r"\blasers?\b|\bblinding\b|permanent(?:ly)? blind",
     "laser weapons specifically designed to cause permanent blindness to unenhanced vision"),
    (r"x-?rays?|undetectable (?:fragments|shrapnel)|\bshrapnel|\bfragments?\b",
     "weapons the primary effect of which is to injure by fragments which escape detection by X-rays"),
    (r"\bnuclear|\bnukes?\b|\batomic|land ?mines?|cluster (?:bombs?|munitions)|\bnapalm|white phosphorus|"
     r"\bincendiar|(?:banned|prohibited|illegal|forbidden) weapons?|which weapons|weapons? (?:are|is) "
     r"(?:banned|prohibited|illegal|forbidden)|weapons of mass destruction",
     "weapons projectiles methods of warfare superfluous injury unnecessary suffering inherently indiscriminate annex"),
    # Armed conflicts not of an international character (art. 8(2)(c)–(f), 8(3))
    (r"civil wars?|internal (?:armed )?conflicts?|non-?international|\brebels?\b|\brebellion|\binsurgen|"
     r"\bmilitias?\b|armed groups?|\bguerrill|\bcoups?\b",
     "armed conflict not of an international character protracted armed conflict organized armed groups"),
    (r"\briots?\b|\bprotest(?:s|ers?|ors?)?\b|\bdemonstrat(?:ions?|ors)\b|internal disturbances|\bunrest\b|"
     r"\bcrackdowns?\b|police (?:violence|brutality)",
     "internal disturbances and tensions riots isolated and sporadic acts of violence attack on civilian population"),
    (r"law and order|counter-?insurgen|(?:fight\w*|put\w* down|crush\w*|suppress\w*) (?:[\w'-]+ ){0,2}(?:rebellion|"
     r"insurgen\w*|uprising|separatists?|secession)|\bsecession|\bseparatis|unity of the (?:state|country)",
     "responsibility of a Government to maintain or re-establish law and order defend territorial integrity"),

    # Crime of aggression (arts. 8 bis, 15 bis, 15 ter)
    (r"\binvasion|\binvad|\baggress|\bannex|attack\w* (?:another|a neighbou?ring|a foreign|other) (?:country|state|"
     r"nation)|\bact of war|wars? of (?:conquest|aggression)|start\w* (?:a |an )?wars?\b|\bunprovoked|"
     r"military occupation|\bblockade",
     "crime of aggression act of aggression use of armed force against sovereignty territorial integrity Charter"),
    (r"(?:who|which (?:people|persons|leaders)) can be (?:charged|prosecuted|tried|guilty) (?:with |for )?"
     r"(?:the crime of )?aggression|aggression .*\b(?:soldiers?|generals?|leaders?|officers?|troops)\b|"
     r"\b(?:soldiers?|generals?|leaders?|officers?|troops)\b.*\baggression",
     "crime of aggression person in a position effectively to exercise control over political or military action"),
    (r"aggression .*\b(?:jurisdiction|non-?(?:member|part)|opt|activat\w*|kampala|when|thirty|30|security council|"
     r"ratif\w*)|\bkampala|activat\w* (?:of )?(?:the )?(?:jurisdiction|aggression)",
     "exercise jurisdiction over the crime of aggression thirty States Parties declaration Security Council determination"),
    (r"\bmercenar|armed bands|\bproxy (?:forces|wars?|militias?)|private military|send\w* (?:armed )?(?:groups|"
     r"fighters|militias)",
     "sending by or on behalf of a State of armed bands groups irregulars or mercenaries"),
    (r"(?:allow|let|lend)\w* (?:[\w'-]+ ){0,2}(?:territory|land|airspace|bases?) (?:[\w'-]+ ){0,3}(?:used|to attack|to invade)",
     "action of a State in allowing its territory placed at the disposal of another State act of aggression"),
    (r"declar\w* (?:of )?war|without (?:declaring|a declaration of) war",
     "regardless of a declaration of war act of aggression"),

    # ── Part 2: jurisdiction, admissibility and applicable law (arts. 9–21) ───────────────
    (r"elements of crimes?|(?:what|which) (?:exactly )?(?:has|must|needs?) to be (?:proven|proved|shown)|"
     r"how (?:are|is) (?:the )?crimes? (?:defined|interpreted)|definitions? of (?:the )?crimes",
     "Elements of Crimes assist the Court in the interpretation and application adopted by two-thirds majority"),
    (r"customary (?:international )?law|(?:existing|other|general|developing) rules of international law|"
     r"(?:limit|restrict|prejudic|affect|replace|override)\w* (?:[\w'-]+ ){0,2}international law",
     "Nothing shall be interpreted as limiting or prejudicing existing or developing rules of international law"),
    (r"retroactiv|ex post facto|(?:past|old|historic(?:al)?|earlier) (?:crimes|atrocities|conflicts|wars)|"
     r"crimes? committed (?:before|prior)|before (?:the )?(?:icc|court|statute|treaty|it) (?:existed|was (?:created|"
     r"set up|established)|came into (?:force|being|effect)|started)|\bbefore (?:july )?(?:1998|2002)|before "
     r"(?:[\w'-]+ ){0,2}(?:joined|ratified|became a (?:member|party))",
     "jurisdiction ratione temporis only crimes committed after the entry into force of this Statute for that State"),
    (r"non-?(?:member|party|signatory|signatories|states? parties)|not (?:a )?(?:member|party|signatory)|"
     r"(?:hasn'?t|haven'?t|has not|have not|never|didn'?t|did not) (?:joined|signed|ratified)|"
     r"outside (?:of )?the (?:icc|rome statute|treaty|statute)|ad hoc (?:declaration|acceptance|arrangement)",
     "State which is not a Party to this Statute accept the exercise of jurisdiction declaration ad hoc arrangement"),
    (r"(?:citizens?|nationals?) of (?:a |an )?(?:non-?member|non-?party|member|state party|another|other|foreign)|"
     r"(?:territory|soil) of (?:a |an )?(?:member|state party|non)|(?:ship|vessel|aircraft|plane|boat)s?\b|"
     r"\bon board\b|where (?:the )?crimes? (?:was|were|are|is|took place|happened|committed)|nationality of the "
     r"(?:accused|perpetrator|suspect)",
     "preconditions State on the territory of which the conduct occurred vessel or aircraft State of which accused is national"),
    (r"who can (?:start|open|trigger|refer|launch|initiate|bring)|how (?:do|does|can|is|are) (?:an? |the )?"
     r"(?:cases?|investigations?|situations?) (?:start|begin|get to|come|opened|triggered|initiated|brought)|"
     r"\breferr(?:al|als|ed|ing)\b|\brefers?\b|trigger mechanisms?",
     "exercise of jurisdiction situation referred to the Prosecutor by a State Party Security Council proprio motu"),
    (r"(?:country|countries|state|states|government)s? (?:[\w'-]+ )?(?:refer|report|send|bring|hand)\w* (?:a |the |its )?"
     r"(?:situation|case|crimes?)|self-?referr|refer\w* (?:itself|its own)",
     "State Party may refer to the Prosecutor a situation requesting the Prosecutor to investigate"),
    (r"security council|\bunsc\b|\bveto\b|permanent members|\bp5\b",
     "Security Council acting under Chapter VII of the Charter of the United Nations referred to the Prosecutor"),
    (r"proprio motu|\bprosecutor\b.*\b(?:own initiative|on (?:his|her|its) own|by (?:himself|herself|itself)|"
     r"without (?:a |any )?referr)|(?:icc|court) .*\bon its own\b",
     "Prosecutor may initiate investigations proprio motu authorization Pre-Trial Chamber reasonable basis"),
    (r"(?:can|could|may|how (?:do|does|can|could)) (?:i|we|individuals?|victims?|ngos?|citizens?|ordinary people|"
     r"anyone|someone|a person|people|journalists?) (?:[\w'-]+ )?(?:file|submit|lodge|report|complain|sue|bring (?:a )?"
     r"(?:case|complaint)|make (?:a )?complaint|send (?:[\w'-]+ )?(?:information|evidence))|file (?:a )?complaints?|(?:submit|send|give|pass)\w* (?:[\w'-]+ )?(?:information|evidence|"
     r"a complaint) to the (?:icc|court|prosecutor)|report\w* (?:a )?crimes? to|preliminary (?:examination|"
     r"investigation|inquiry)",
     "information on crimes seriousness of the information non-governmental organizations reliable sources preliminary examination"),
    (r"\bdefer(?:ral|red|ring|s)?\b|\bsecurity council .*(?:stop|halt|pause|suspend|block|delay|postpone|freeze)|"
     r"(?:stop|halt|pause|suspend|block|delay|postpone|freeze|put on hold)\w* (?:[\w'-]+ ){0,2}(?:investigations?|"
     r"prosecutions?|probes?)\b|(?:12|twelve) months|\bon hold\b",
     "deferral of investigation or prosecution 12 months Security Council resolution Chapter VII renewed"),
    (r"national courts?|domestic courts?|own courts?|(?:local|national|domestic) (?:trials?|prosecutions?|"
     r"justice|judicial system)|complementar|\bat home\b|\bdomestically\b|"
     r"(?:its|their) own (?:trials?|prosecutions?|courts?)|already (?:being )?(?:tried|prosecuted|investigated)|"
     r"\b(?:in)?admissib\w*(?! (?:of |or relevance of )?(?:the )?evidence)|court of last resort",
     "complementary to national criminal jurisdictions admissibility unwilling or unable genuinely to investigate prosecute"),
    (r"\bunwilling|\bsham\b|\bshow trials?|\bfake (?:trials?|investigations?|prosecutions?)|\bwhitewash|"
     r"shield\w* (?:[\w'-]+ ){0,2}(?:from|accused|suspects?|officials?)|cover-?ups?|\bprotect\w* (?:their|its) own",
     "unwillingness shielding the person concerned from criminal responsibility unjustified delay not independently or impartially"),
    (r"\bunable\b.*\b(?:prosecute|investigate|try)|\binability\b|(?:justice|judicial|legal|court) system "
     r"(?:[\w'-]+ )?(?:collapsed|collapse|failed|broken|destroyed|doesn'?t work)|collapse of (?:the |its )?"
     r"(?:national )?(?:judicial|justice|legal)|failed states?",
     "inability total or substantial collapse or unavailability of its national judicial system unable to obtain the accused"),
    (r"\bgravity\b|not (?:serious|important|big) enough|(?:small|minor|petty|low-level|isolated) (?:cases?|crimes?|"
     r"offen[cs]es|perpetrators)|sufficient gravity|(?:big|top|senior|high-level) fish",
     "case is not of sufficient gravity to justify further action by the Court"),
    (r"notif\w* (?:[\w'-]+ ){0,2}(?:states|countries)|(?:step|back|stand)\w* (?:back|off|down|aside) (?:[\w'-]+ ){0,3}"
     r"(?:investigation|national|state|country)|(?:country|state|government)\w* (?:[\w'-]+ )?(?:ask|request)\w* "
     r"(?:[\w'-]+ )?(?:prosecutor|icc|court) to (?:defer|wait|hold off)|preliminary rulings?|one month|"
     r"\b(?:back|backs|backed) off\b|\bhold(?:s|ing)? off\b|investigating (?:itself|its own|their own)",
     "Prosecutor shall notify all States Parties within one month defer to the State's investigation Pre-Trial Chamber"),
    (r"challeng\w* (?:[\w'-]+ ){0,3}jurisdiction|(?:contest|dispute|object\w* to|question)\w* (?:[\w'-]+ ){0,2}jurisdiction|"
     r"(?:no|lacks?|without) jurisdiction|(?:argue|claim)\w* (?:that )?(?:the )?(?:icc|court) (?:has|had) no",
     "challenges to the jurisdiction of the Court or the admissibility of a case challenged only once"),
    (r"double jeopardy|ne bis in idem|(?:tried|prosecuted|punished|convicted|charged) twice|twice for the same|"
     r"tried again|re-?tried|same (?:crimes?|conduct|offen[cs]es|acts)|(?:acquitted|found not guilty|cleared) "
     r"(?:[\w'-]+ ){0,4}(?:again|another court|national court|at home)",
     "ne bis in idem no person tried by another court for conduct already convicted or acquitted by the Court"),
    (r"applicable law|sources? of law|(?:which|what) laws? (?:does|do|will|is|are|apply|applies|govern)|"
     r"(?:apply|use|follow)\w* (?:[\w'-]+ )?(?:national|domestic|local|sharia|religious|customary) laws?|\bprecedents?\b|"
     r"case law|(?:own |its )?(?:previous|past|earlier) (?:decisions|rulings|judgments|judgements)|"
     r"general principles of law",
     "applicable law this Statute Elements of Crimes Rules treaties principles of international law previous decisions"),
    (r"internationally recognized human rights|(?:respect|consistent with|violat\w*|breach\w*) (?:of )?human rights|"
     r"without (?:any )?(?:adverse )?(?:discriminat|distinction)|(?:race|religion|colou?r|wealth|sex|gender|"
     r"ethnicity) (?:[\w'-]+ ){0,3}(?:treated (?:equally|differently)|equal treatment)",
     "consistent with internationally recognized human rights without any adverse distinction gender age race religion"),

    # ── Part 3: general principles of criminal law (arts. 22–33) ──────────────────────────
    (r"nullum crimen|(?:wasn'?t|was not|weren'?t|were not|not) (?:yet )?(?:illegal|a crime|criminal|against the law|"
     r"prohibited|forbidden) (?:back )?then|(?:wasn'?t|was not|not) (?:a crime|illegal|criminal) at the time|"
     r"no crime without|by analogy|(?:vague|ambiguous|unclear) (?:definitions?|laws?|wording|crimes?)|"
     r"strictly (?:construed|interpreted)|(?:stretch|broaden|extend)\w* (?:[\w'-]+ )?definitions?",
     "nullum crimen sine lege crime at the time it takes place strictly construed not extended by analogy ambiguity"),
    (r"nulla poena|(?:punish\w*|penalt\w*|sentenc\w*) (?:[\w'-]+ ){0,3}not (?:in|listed|provided|set out|found) "
     r"(?:in )?(?:the )?statute|(?:invent|make up|creat)\w* (?:new )?(?:punishments|penalties)",
     "nulla poena sine lege person convicted may be punished only in accordance with this Statute"),
    (r"(?:law|definition)s? (?:[\w'-]+ )?(?:changes?|changed|amended)|change in the law|"
     r"(?:more|most) (?:favou?rable|lenient) (?:law|rule|penalty|version)|lighter (?:law|penalty)|lex mitior",
     "non-retroactivity change in the law applicable prior to a final judgement law more favourable to the person shall apply"),
    (r"\bcompan(?:y|ies)\b|\bcorporat|\bbusiness(?:es)?\b|\bfirms?\b|\bmultinationals?\b|legal (?:entit\w*|persons?) (?:[\w'-]+ ){0,3}(?:prosecuted|charged|tried|liable|responsible)|"
     r"(?:organi[sz]ations?|groups?|parties) (?:[\w'-]+ )?(?:be )?(?:prosecuted|charged|tried|convicted|held liable)|"
     r"\barms (?:dealers?|manufacturers?|compan)",
     "jurisdiction over natural persons individually responsible"),
    (r"(?:can|could|will|does|do) (?:the )?(?:icc|court) (?:prosecute|try|punish|convict|sue|put on trial) "
     r"(?:a |an |the )?" + _STATE + r"|state responsibility|(?:prosecute|try|punish|sue) (?:a |the )?" + _STATE
     + r"\b|" + _STATE + r" (?:themselves |itself )?(?:be )?(?:held )?(?:responsible|liable|on trial)",
     "individual criminal responsibility natural persons shall not affect the responsibility of States under international law"),
    (r"\baid(?:ing|ed|s)? (?:and|or) abet|\babet|\baccomplices?|\bco-?perpetrat|\bcomplicit|\bcomplicity|"
     r"\baid(?:ing|ed|s)? (?:a |the )?(?:crime|criminals?|perpetrators?)|help\w* (?:[\w'-]+ )?(?:to )?(?:commit|carry out)|"
     r"\bconspir|\bsolicit\w*|\binduc(?:e|ed|es|ing)\b|order\w* (?:[\w'-]+ )?(?:to commit|the crimes?|a crime|killings?|"
     r"massacres?)|\bmasterminds?|(?:fund|financ|arm|suppl)\w* (?:[\w'-]+ )?(?:militias?|rebels?|armed groups?|"
     r"perpetrators)|\bjointly\b|common (?:purpose|plan)|indirect(?:ly)? (?:perpetrat|responsib|involved)",
     "individual criminal responsibility commits jointly orders solicits induces aids abets assists common purpose"),
    (r"\bincit|hate speech|\bpropaganda|call\w* for (?:genocide|killing|extermination|violence)",
     "directly and publicly incites others to commit genocide"),
    (r"\battempt\w*|fail\w* (?:[\w'-]+ )?(?:plot|attack|attempt)|(?:chang\w*|changed) (?:his|her|their) minds?|"
     r"(?:gave|give|giving|gives) up (?:on )?(?:the )?(?:plan|attempt|crime|plot)|abandon\w* (?:the )?(?:plan|attempt|"
     r"effort|crime|plot)|(?:backed|backs?|pull\w*) out (?:of )?(?:the )?(?:plan|plot)",
     "attempts to commit such a crime substantial step abandons the effort completely and voluntarily gave up"),
    (r"too young|under-?age\b|\bminors?\b|\bjuveniles?\b|\bteen(?:age|ager|agers|s)?\b|(?:kids?|children|child)\b "
     r"(?:[\w'-]+ ){0,3}(?:prosecuted|tried|charged|convicted|punished|responsible|liable)|"
     r"under (?:the age of )?(?:18|eighteen)|\b1[0-7][- ]year[- ]olds?\b|how old|age of criminal responsibility",
     "no jurisdiction over any person under the age of 18 at the time of the alleged commission"),
    (r"heads? of (?:state|government)|prime ministers?|\bministers?\b|\bkings?\b|\bqueens?\b|\bmonarch|\bdictator|"
     r"\bpolitician|\bparliament|\blawmakers?\b|\bsenators?\b|government officials?|(?:state|public|senior|"
     r"high-ranking) officials?|official capacity|\bpresidents?\b(?! (?:of the |and (?:the )?)?(?:court|icc|assembly|"
     r"bureau|first|second|vice))|\bsitting (?:leaders?|heads?)|(?:world|political|national|country'?s?) leaders?|"
     r"(?:sovereign|head of state|personal|functional) immunity|\bimmun\w* (?:[\w'-]+ ){0,3}(?:leaders?|presidents?|"
     r"ministers?|officials?|heads?)\b|(?:leaders?|presidents?|ministers?|officials?|heads of state) "
     r"(?:[\w'-]+ ){0,3}immun",
     "irrelevance of official capacity Head of State or Government immunities shall not bar the Court"),
    (r"\bcommanders?\b|\bcommanding officers?|\bgenerals\b|\barmy (?:generals?|chiefs?|officers?)|military (?:leaders?|"
     r"chiefs?|officers?|superiors?)|chain of command|\bsubordinates?\b|\b(?:a|the) general\b(?! (?:principles?|assembly|rule|"
     r"obligation|provisions?|public|idea|sense|question))|\bgeneral'?s\b|(?:troops|soldiers|subordinates|forces|"
     r"men) (?:[\w'-]+ ){0,2}(?:did|committed|do)\b|\bsuperiors?\b(?! orders?)|\bwarlords?|"
     r"should have known|turn\w* a blind eye|look\w* the other way|fail\w* to (?:prevent|stop|punish|investigate|"
     r"repress|control) (?:[\w'-]+ ){0,2}(?:crimes?|abuses?|atrocities|troops|soldiers|subordinates|forces|men)|"
     r"(?:crimes?|atrocities|abuses?) (?:committed )?by (?:his|her|their) (?:troops|soldiers|men|subordinates|forces)",
     "responsibility of commanders and other superiors effective command and control knew or should have known"),
    (r"statute of limitations?|limitation period|\btime[- ]?(?:bar|limit)|too (?:long )?ago\b|too late to "
     r"(?:prosecute|charge|try|punish)|(?:crimes?|charges?|cases?) (?:[\w'-]+ )?(?:expire|lapse)|decades (?:later|ago)|"
     r"after (?:so many|many|\d+) years",
     "not be subject to any statute of limitations"),
    (r"\bintent(?:ion(?:al|ally)?)?\b|on purpose|\bdeliberate(?:ly)?\b|\baccident(?:al|ally)?\b|\bunintentional|"
     r"\bknowingly\b|\bmens rea\b|state of mind|\breckless|\bnegligen|(?:didn'?t|did not) (?:know|realize|mean)",
     "mental element intent and knowledge means to engage in the conduct aware in the ordinary course of events"),
    (r"grounds? for excluding|(?:legal )?defen[cs]es (?:to|against|for|available)|(?:what|which|possible|valid) "
     r"defen[cs]es|(?:exclud|escap|avoid)\w* (?:criminal )?(?:responsibility|liability)|excuses? (?:for|to) "
     r"(?:the )?(?:crimes?|killings?)|justif(?:y|ied|ication) (?:for )?(?:the )?(?:crimes?|killings?|atrocit)|"
     r"\bnot (?:criminally )?responsible\b|get off (?:the hook|free|scot)",
     "grounds for excluding criminal responsibility mental disease intoxication defend himself duress"),
    (r"\binsan|\bmental(?:ly)? (?:ill|illness|disease|disorder|defect|incapacit|unfit|unstable)|\bpsychiatric|"
     r"\bpsychotic|\bschizophren|\bcrazy\b|\bmad\b|unfit to (?:plead|stand trial)|diminished (?:capacity|"
     r"responsibility)",
     "mental disease or defect destroys capacity to appreciate the unlawfulness or nature of conduct"),
    (r"\bdrunk|\bintoxic|\balcohol|\bdrugs?\b|\bdrugged|\bhigh on\b|under the influence|\bstoned\b",
     "state of intoxication destroys capacity voluntarily intoxicated disregarded the risk"),
    (r"self[- ]?defen[cs]e|defend\w* (?:himself|herself|themselves|oneself|myself|yourself|others|another person|"
     r"(?:their |his |her )?(?:property|family|home))|protect\w* (?:himself|herself|themselves|oneself)",
     "acts reasonably to defend himself or another person property imminent and unlawful use of force proportionate"),
    (r"\bduress|\bcoerc|forced to (?:commit|kill|take part|participate|do it|shoot|fight)|threat\w* (?:with|of) "
     r"(?:death|being killed|harm)|(?:gun|knife) to (?:his|her|their|my) head|or (?:be|get) (?:killed|shot)|"
     r"killed or be killed|had no (?:other )?choice|under threat|\bnecessity\b",
     "duress threat of imminent death or serious bodily harm acts necessarily and reasonably to avoid this threat"),
    (r"\bmistak\w*|(?:didn'?t|did not) know (?:[\w'-]+ ){0,3}(?:illegal|a crime|unlawful|a war crime)|ignoran\w* of "
     r"(?:the )?law|thought (?:[\w'-]+ ){0,3}(?:legal|lawful|allowed|permitted)",
     "mistake of fact or mistake of law negates the mental element"),
    (r"(?:follow|obey)\w* (?:[\w'-]+ ){0,2}(?:orders?|instructions|commands?)|superior orders?|just (?:following|"
     r"obeying)|(?:was|were|being|been|is|are) ordered to|(?:boss|commander|superior|officer|general|government|"
     r"sergeant|captain) (?:ordered|told|commanded|instructed)|orders? from (?:above|the top|(?:my|his|her|their|a) "
     r"(?:boss|superior|commander|officer|government))|(?:illegal|unlawful) orders?|refus\w* (?:an? )?orders?",
     "superior orders and prescription of law legal obligation to obey orders manifestly unlawful"),

    # ── Part 4: composition and administration of the Court (arts. 34–52) ────────────────
    (r"organs? of the (?:court|icc)|(?:structure|composition|organi[sz]ation|parts|components|divisions|branches|"
     r"departments) of the (?:court|icc)|how is the (?:icc|court) (?:organi[sz]ed|structured|made up|composed|run)|"
     r"(?:icc|court) (?:is )?(?:made up|composed) of",
     "organs of the Court Presidency Appeals Division Trial Division Pre-Trial Division Office of the Prosecutor Registry"),
    (r"full[- ]time|part[- ]time|\bworkload",
     "judges elected as full-time members serve on a full-time basis workload of the Court"),
    (r"how many judges|number of judges|(?:more|additional|extra|fewer) judges|(?:increase|reduce|add)\w* "
     r"(?:[\w'-]+ ){0,2}judges",
     "there shall be 18 judges Presidency may propose an increase in the number of judges"),
    (r"(?:qualif\w*|requirements?|criteria|experience|background|eligib\w*|who can) (?:[\w'-]+ ){0,4}judges?\b|"
     r"\bjudges?\b (?:[\w'-]+ ){0,4}(?:qualif\w*|requirements?|criteria|experience|background|eligib\w*|must have|"
     r"need to)|becom\w* (?:an? )?(?:icc )?judge|\bjudge at the (?:icc|court)",
     "judges high moral character impartiality and integrity qualifications highest judicial offices competence"),
    (r"(?:elect\w*|chos\w*|choose|appoint\w*|select\w*|nominat\w*|pick\w*|vot\w*) (?:[\w'-]+ ){0,3}judges?\b|"
     r"\bjudges?\b (?:[\w'-]+ ){0,3}(?:elected|chosen|appointed|selected|nominated|picked|voted)|\bsecret ballot|"
     r"\bcandidates?\b",
     "nomination of candidates election of judges secret ballot Assembly of States Parties two-thirds majority"),
    (r"(?:gender|female|women|male|geographic\w*|regional|diversity|balance|represent\w*) (?:[\w'-]+ ){0,3}judges|"
     r"\bjudges?\b (?:[\w'-]+ ){0,4}(?:gender|female|women|diversity|geograph\w*|regions?|nationalit\w*|"
     r"same (?:country|state|nationality))|same nationality",
     "no two judges nationals of the same State principal legal systems equitable geographical representation female and male"),
    (r"(?:term|tenure|how long|years?) (?:[\w'-]+ ){0,4}(?:judges?|prosecutor|registrar)s?\b(?! (?:of|for) (?:a |the )?"
     r"(?:trial|case))|\b(?:judges?|prosecutor|registrar)s?\b (?:[\w'-]+ ){0,4}(?:terms?|tenure|serve for|in office|"
     r"stay (?:on|in))\b|re-?elect\w*|(?:second|another|more than one) term|terms? of office",
     "term of office nine years not eligible for re-election Registrar five years eligible for re-election once"),
    (r"\bvacanc|(?:judge|prosecutor|registrar)s? (?:[\w'-]+ )?(?:dies|died|resigns?|resigned|quits?|retires?|"
     r"steps? down)|(?:death|resignation|retirement) of (?:a |the )?(?:judge|prosecutor)|\bresign",
     "judicial vacancies election to fill the vacancy serve for the remainder of the predecessor's term"),
    (r"\bpresidency\b|president of the (?:court|icc)|\bvice-?presidents?|(?:who|which judge) (?:leads|heads|runs|is "
     r"in charge of) the (?:court|icc)|head of the (?:court|icc)|chief (?:judge|justice)|(?:court|icc)'?s? "
     r"(?:president|head|leader|boss)",
     "President First and Second Vice-Presidents elected by absolute majority of the judges Presidency administration"),
    (r"(?:how many|number of|which) judges (?:hear|sit|decide|are on|in|per|on)|(?:composition|make-?up) of (?:a |the )?"
     r"(?:chambers?|divisions?|appeals|trial|pre-trial)|(?:single|one|lone|three|five|\d) judges? (?:hear|decide|sit|"
     r"panel|chamber)|\bchambers? (?:of|in) the (?:icc|court)|\bdivisions\b|same judges? (?:[\w'-]+ ){0,5}(?:pre-?trial|"
     r"trial|appeal)|\bjury\b|\bjuries\b",
     "Chambers Appeals Chamber all judges of Appeals Division Trial Chamber three judges Pre-Trial Chamber single judge"),
    (r"independen\w* of (?:the )?judges|\bjudges?\b (?:[\w'-]+ ){0,4}(?:independen\w*|side jobs?|other jobs?|second jobs?|"
     r"outside (?:work|activit\w*|employment|jobs?)|moonlight\w*|politic\w*|business)|(?:side|second|other|outside) "
     r"(?:jobs?|work|employment|occupations?|income)\b",
     "independence of the judges not engage in any activity likely to interfere other occupation of a professional nature"),
    (r"\bdisqualif|\brecus|step (?:aside|down) from (?:a |the )?(?:case|trial)|\b(?:judges?|prosecutor)\b (?:[\w'-]+ ){0,4}"
     r"(?:bias\w*|partial|impartial\w*|conflicts? of interest|previously involved|recuse|sit out|excused?)|"
     r"(?:biased|partial) (?:judges?|prosecutors?)|\bexcus\w* (?:a |the )?(?:judge|prosecutor)|conflicts? of interest|"
     r"\bimpartial",
     "disqualification impartiality might reasonably be doubted previously involved in the case excuse absolute majority"),
    (r"(?:deputy )?prosecutor'?s? office|office of the prosecutor|\botp\b|deputy prosecutors?",
     "Office of the Prosecutor shall act independently as a separate organ Deputy Prosecutors"),
    (r"\bprosecutor\b (?:[\w'-]+ ){0,4}(?:independen\w*|instructions|take orders|orders from|pressured?|influenced|"
     r"politic\w*|bias\w*)|(?:governments?|states?|countries|security council|anyone|politicians?) (?:[\w'-]+ ){0,3}"
     r"(?:instruct|give orders to|control|direct|tell|pressure|influence)\w* (?:the )?prosecutor|(?:give|gives|giving) "
     r"(?:[\w'-]+ )?(?:orders|instructions) to (?:the )?prosecutor",
     "Office of the Prosecutor act independently shall not seek or act on instructions from any external source"),
    (r"(?:elect\w*|chos\w*|choose|appoint\w*|select\w*|nominat\w*|picked|vot\w*) (?:[\w'-]+ ){0,3}(?:the )?(?:icc )?"
     r"prosecutor|\bprosecutor\b (?:[\w'-]+ ){0,3}(?:elected|chosen|appointed|selected|nominated|qualif\w*)|"
     r"becom\w* (?:the )?(?:icc )?prosecutor|who (?:is|can be) (?:the )?(?:icc )?prosecutor",
     "Prosecutor elected by secret ballot absolute majority Assembly of States Parties high moral character nine years"),
    (r"(?:advis\w*|experts?|specialists?) (?:[\w'-]+ ){0,3}(?:sexual|gender|children)|(?:sexual|gender) (?:and gender )?"
     r"violence (?:advis\w*|experts?|specialists?)",
     "advisers with legal expertise on sexual and gender violence and violence against children"),
    (r"\bregistr(?:ar|y)\b|\badmin\b|\badministrati(?:ve|on) (?:side|work|tasks|functions|matters|staff)|"
     r"non-judicial|(?:who|which (?:organ|part|office|body)) (?:runs|handles|manages|deals with|is in charge of) "
     r"(?:the )?(?:admin|administration|day-to-day|logistics|paperwork)|\bclerks?\b",
     "Registry non-judicial aspects of the administration and servicing of the Court Registrar principal administrative officer"),
    (r"victims and witnesses unit|\bcounsel?ling\b|\btrauma\b|psycholog\w* (?:support|help|care|assistance)|"
     r"support (?:for|to) (?:victims|witnesses)",
     "Victims and Witnesses Unit protective measures security arrangements counselling assistance trauma"),
    (r"(?:hire|hires|hired|hiring|recruit\w*|employ\w*) (?:[\w'-]+ ){0,2}(?:staff|employees|investigators|personnel)|"
     r"\bwork(?:s|ing)? (?:for|at) the (?:icc|court)|\bjobs? (?:at|with|in) the (?:icc|court)|\bstaff (?:regulations|"
     r"members|rules|hiring|recruitment)|(?:icc|court)'?s? (?:staff|employees|personnel)|"
     r"\bgratis\b|\bseconded\b|\bvolunteers?\b|\binterns?(?:hips?)?\b",
     "staff investigators highest standards of efficiency competency and integrity Staff Regulations gratis personnel"),
    (r"oath of office|\bswear\w* in\b|sworn in|solemn (?:undertaking|declaration|promise)|(?:take|took|taking) "
     r"(?:an|the) oath|\b(?:judges?|prosecutor|registrar)s?\b (?:[\w'-]+ ){0,3}(?:oath|swear|pledge|promise)",
     "solemn undertaking in open court to exercise functions impartially and conscientiously"),
    (r"\bfired\b|\bfire (?:a |the )?(?:judge|prosecutor|registrar)|remov\w* (?:[\w'-]+ ){0,2}(?:from office|judges?|"
     r"prosecutor|registrar)|kick\w* (?:[\w'-]+ ){0,2}(?:off|out of) the (?:bench|court|job|office)|off the bench|"
     r"\bsack(?:ed|ing)? (?:a |the )?(?:judge|prosecutor|registrar)|\boust|\bimpeach|get rid of (?:a |the )?"
     r"(?:judge|prosecutor|registrar)|dismiss\w* (?:a |the )?(?:judge|prosecutor|registrar)|"
     r"(?:judges?|prosecutors?|registrars?) (?:[\w'-]+ ){0,2}(?:dismissed|fired|removed|replaced|sacked)",
     "removal from office serious misconduct serious breach of duties two-thirds majority of the States Parties"),
    (r"\bdisciplin|\breprimand|(?:minor|less serious|petty) misconduct|(?:punish|sanction)\w* (?:a |the )?"
     r"(?:judge|prosecutor|registrar)|\b(?:judges?|prosecutor|registrar)s?\b (?:[\w'-]+ ){0,4}(?:misbehav\w*|misconduct|"
     r"inappropriate|wrongdoing|unethical|behav\w* badly|bad behaviou?r)|code of conduct|\bethics\b",
     "disciplinary measures misconduct of a less serious nature serious misconduct removal from office"),
    (r"privileges? and immunit|diplomatic (?:status|privileges)|\b(?:judges?|prosecutor|registrar|staff|"
     r"court officials?|icc officials?|counsel|witnesses|experts)\b (?:[\w'-]+ ){0,4}(?:immun\w*|privileges?|be "
     r"(?:arrested|sued|prosecuted) for)|immun\w* (?:[\w'-]+ ){0,3}(?:judges?|prosecutor|staff|registrar)|"
     r"waiv\w* (?:[\w'-]+ )?immunit",
     "privileges and immunities heads of diplomatic missions immunity from legal process waived"),
    (r"\bsalar(?:y|ies)\b|\bwages?\b|\ballowances?\b|\b(?:judges?|prosecutor|registrar)s?\b (?:[\w'-]+ ){0,3}(?:paid|earn|"
     r"pay|pension)|how much (?:[\w'-]+ ){0,3}(?:judges?|prosecutor|registrar) (?:[\w'-]+ )?(?:earn|make|paid)|pay cuts?",
     "salaries allowances and expenses decided upon by the Assembly of States Parties not be reduced during terms of office"),
    (r"(?:what|which|official|working) languages?|languages? (?:of|used|does|do|is|are)\b(?! the accused)|"
     r"\bin (?:english|french|arabic|chinese|russian|spanish)\b|\b(?:english|french|arabic|chinese|russian|"
     r"spanish) (?:language|version|text|translation)",
     "official languages Arabic Chinese English French Russian Spanish working languages English and French"),
    (r"rules of procedure|procedural rules|\brulebook|(?:who|how) (?:[\w'-]+ )?(?:writes?|makes?|adopts?|drafts?|sets?|"
     r"changes?|amends?) (?:the )?(?:court'?s? |icc'?s? )?(?:rules|procedures)|provisional rules|(?:conflict|"
     r"contradict\w*|clash\w*) (?:[\w'-]+ ){0,3}(?:statute|rules)|which (?:one )?prevails|(?:statute|treaty) (?:and|vs\.?|"
     r"versus) (?:the )?rules",
     "Rules of Procedure and Evidence two-thirds majority provisional Rules conflict the Statute shall prevail"),
    (r"regulations of the (?:court|icc)|routine (?:functioning|operations)|\bday-to-day\b|internal (?:rules|"
     r"regulations|procedures)|\bhousekeeping",
     "Regulations of the Court necessary for its routine functioning adopted by absolute majority of judges"),

    # ── Part 5: investigation and prosecution (arts. 53–61) ───────────────────────────────
    (r"(?:decide|decides|deciding|choose|chooses) (?:[\w'-]+ ){0,2}(?:to )?(?:open|start|launch|begin|initiate|"
     r"investigate|prosecute|proceed|charge)|(?:open|start|launch|begin|initiat)\w* (?:an? |the )?(?:investigation|"
     r"probe|case)|(?:not|n'?t) (?:to )?(?:investigate|prosecute|proceed|open)|(?:close|drop|abandon|end|shelve)\w* "
     r"(?:an? |the |its )?(?:[\w'-]+ )?(?:investigations?|case|prosecution|probe)|interests? of justice|reasonable basis",
     "initiation of an investigation reasonable basis to proceed gravity interests of victims interests of justice"),
    (r"\bamnest|peace (?:deals?|agreements?|process|talks|negotiations|accords?)|truth (?:and reconciliation )?"
     r"commissions?|\breconciliation",
     "interests of justice investigation would not serve the interests of justice shielding from criminal responsibility"),
    (r"\bprosecutor\b (?:[\w'-]+ ){0,4}(?:exculpat\w*|exonerat\w*|both sides|neutral|the truth|duties|powers)|"
     r"(?:exculpatory|exonerating|incriminating) (?:evidence|circumstances|facts)|establish the truth|"
     r"evidence (?:that |which )?(?:clears?|exonerat\w*|favou?rs?) (?:the )?(?:suspect|accused|defendant)|"
     r"investigat\w* (?:[\w'-]+ ){0,2}(?:in|on the territory of|inside) (?:a |the |another )?(?:country|state)",
     "Prosecutor establish the truth investigate incriminating and exonerating circumstances equally territory of a State"),
    (r"(?:anonymous|confidential|secret) (?:sources?|informants?|tip)|\binformants?\b|lead evidence|"
     r"generat\w* new evidence",
     "agree not to disclose documents obtained on condition of confidentiality solely for generating new evidence"),
    (r"\b(?:rights?|protections?)\b (?:[\w'-]+ ){0,4}(?:suspects?|questioned|interrogat\w*|during (?:an |the )?"
     r"investigations?|being investigated|under investigation)|\bsuspects?'? rights|\binterrogat|(?:police|"
     r"prosecutor|investigators?) (?:[\w'-]+ ){0,3}(?:question\w*|interview\w*) (?:[\w'-]+ ){0,2}suspects?|\bmiranda|"
     r"self-?incriminat|incriminate (?:himself|herself|themselves|yourself|oneself)|forc\w* (?:[\w'-]+ ){0,2}to "
     r"confess|forced confessions?|confess\w* under",
     "rights of persons during an investigation not compelled to incriminate himself remain silent legal assistance counsel"),
    (r"rights? of (?:the )?(?:accused|defendants?)|(?:accused|defendants?)'?s? rights|fair trial|due process|"
     r"right to (?:a |an )?(?:lawyer|attorney|counsel|defen[cs]e|remain silent|silence|interpreter|translat\w*|"
     r"speedy|fair)|\blawyers?\b|\battorneys?\b|defen[cs]e (?:counsel|lawyers?|team)|legal (?:aid|assistance|"
     r"representation)|remain silent|stay silent|\bsilence\b|plead the fifth|\binterpreters?\b|\btranslat\w*|"
     r"(?:doesn'?t|does not|don'?t|cannot|can'?t) (?:speak|understand) (?:the )?(?:language|english|french)|"
     r"cross-?exam|speedy trial|undue delay|(?:can'?t|cannot) afford",
     "rights of the accused fair hearing counsel legal assistance without payment undue delay interpreter remain silent"),
    (r"unique (?:investigative )?opportunity|(?:evidence|witness\w*) (?:[\w'-]+ ){0,2}(?:might|may|could|will) "
     r"(?:disappear|be lost|die|vanish|not be available)|(?:dying|terminally ill|elderly|sick) witness|"
     r"witness\w* (?:[\w'-]+ ){0,2}(?:dying|terminally ill|very ill|about to die)|"
     r"(?:preserv|secur|sav)\w* (?:the )?evidence (?:before|early|now|quickly)",
     "unique opportunity to take testimony or examine collect or test evidence not available subsequently for trial"),
    (r"\bexhum|mass graves?|grave ?sites?|\bforensic",
     "examination of places or sites including the exhumation and examination of grave sites"),
    (r"pre-?trial chamber|pre-?trial (?:judges?|stage|phase)",
     "Pre-Trial Chamber functions and powers orders and warrants protection of victims preservation of evidence"),
    (r"investigat\w* without (?:the )?(?:[\w'-]+ )?(?:consent|permission|cooperation|approval|help)|"
     r"(?:no|without a) (?:functioning )?government|(?:no|without) (?:functioning )?(?:courts|police|authorit)",
     "investigative steps within the territory of a State Party without cooperation State clearly unable to execute"),
    (r"\barrest warrants?|\bwarrants? (?:of|for) (?:[\w'-]+ )?arrest|\bwarrants?\b|issu\w* (?:an? )?(?:arrest|warrant)|"
     r"(?:grounds|reasons?|basis|standard) (?:for|to) (?:an? )?arrest|reasonable grounds",
     "warrant of arrest reasonable grounds to believe arrest appears necessary ensure appearance not obstruct investigation"),
    (r"\bsummons|(?:appear|come|show up|report|present \w+) voluntarily|voluntar\w* (?:appear|surrender|come)|"
     r"turn\w* (?:himself|herself|themselves|yourself) in|instead of (?:being )?(?:arrested|an? arrest|an? warrant)|"
     r"\bshow(?:s|ed)? up\b",
     "summons to appear sufficient to ensure the person's appearance conditions restricting liberty"),
    (r"\barrested\b (?:[\w'-]+ ){0,2}in (?:a |another |their |his |her |the )?(?:country|state)|local (?:courts?|judges?|"
     r"authorities|police) (?:[\w'-]+ ){0,4}(?:arrest|warrant|surrender)|\bbail\b|(?:interim|provisional|temporary) "
     r"release|released (?:on bail|pending|before trial|while awaiting)|(?:let|set) (?:[\w'-]+ )?(?:free|go) "
     r"(?:before|until|pending) (?:the )?trial",
     "arrest proceedings in the custodial State competent judicial authority interim release pending surrender or trial"),
    (r"(?:detain\w*|detention|held|locked up|jailed|in custody|kept in (?:jail|prison|custody)) (?:[\w'-]+ ){0,2}"
     r"(?:too long|for ages|for years|indefinitely|before (?:the |a )?trial|pending trial|awaiting trial|"
     r"without (?:a )?trial)|pre-?trial detention|how long (?:[\w'-]+ ){0,4}(?:detained|held|kept|locked up|in custody)|"
     r"first appearance|initial (?:appearance|proceedings)",
     "not detained for an unreasonable period prior to trial inexcusable delay interim release periodically review"),
    (r"confirm\w* (?:of )?(?:the )?charges|\bcharges?\b (?:[\w'-]+ ){0,2}confirm|charges? (?:[\w'-]+ )?(?:are|get|be|being|were) (?:confirmed|dropped|brought|"
     r"laid|filed|withdrawn|changed|amended)|\bindict|enough evidence (?:[\w'-]+ ){0,2}(?:for|to go to|to stand) "
     r"(?:a )?trial|substantial grounds|(?:drop|dropped|withdraw|withdrawn|amend|amended|change|changed|add|"
     r"added|adding)\w* (?:the |more |new )?charges|(?:new|additional|more serious|extra) charges|charge sheet|"
     r"go(?:es)? to trial|stand trial",
     "confirmation of the charges before trial substantial grounds to believe decline to confirm amend or withdraw charges"),
    (r"in absentia|\babsent\b|\bin (?:his|her|their) absence|without (?:the )?(?:accused|defendant|suspect|him|her|them) "
     r"(?:being )?(?:there|present)|(?:accused|defendant|suspect)s? (?:isn'?t|is not|aren'?t|are not|not) (?:there|"
     r"present)|attend (?:[\w'-]+ ){0,2}(?:own )?trial|\bskip (?:[\w'-]+ )?trial|refus\w* to (?:attend|show up|appear|come)|"
     r"(?:fled|fugitive|on the run|at large|cannot be found|in hiding)\b",
     "trial in the presence of the accused hearing in the absence of the person charged fled or cannot be found"),

    # ── Part 6: the trial (arts. 62–76) ────────────────────────────────────────────────────
    (r"\bdisrupt|(?:kick\w*|thr[eo]w\w*|remov\w*|expel\w*|ban\w*) (?:[\w'-]+ ){0,2}out of (?:the )?(?:court ?room|court|"
     r"hearing|trial|proceedings)|\bunruly|misbehav\w* (?:in|during) (?:court|trial|the hearing)|contempt of court|"
     r"(?:shout|yell|insult)\w* (?:in court|at the judges?)",
     "accused continues to disrupt the trial removal from the courtroom misconduct fine instruct counsel from outside"),
    (r"trial chamber|(?:fair|speedy|quick|expeditious) trial|how (?:does|do|will) (?:a |the )?trials? (?:work|proceed|"
     r"start|run|unfold)|trial (?:procedure|process)|presiding judge|(?:judges|court) (?:[\w'-]+ )?(?:call|summon|order) "
     r"(?:[\w'-]+ )?(?:witnesses|evidence|documents)",
     "Trial Chamber fair and expeditious rights of the accused protection of victims attendance and testimony of witnesses"),
    (r"joinder|\bseveran|(?:try|tried|trying|prosecut\w*) (?:[\w'-]+ ){0,3}(?:together|jointly|separately)|co-?(?:accused|"
     r"defendants?)|joint trials?|more than one (?:accused|defendant)",
     "joinder or severance in respect of charges against more than one accused"),
    (r"public (?:hearings?|trials?)|open (?:court|to the public)|(?:trials?|hearings?) (?:[\w'-]+ )?(?:public|open|closed|"
     r"secret|private|televised|broadcast)|behind closed doors|\bin public\b|closed sessions?|in camera|(?:media|press|public|"
     r"journalists) (?:[\w'-]+ )?(?:attend|watch|observe|cover)",
     "trial shall be held in public closed session in camera sentence pronounced in public open court"),
    (r"plead\w* (?:not )?guilty|\bpleas?\b|admission of guilt|\bconfess(?:ion|es|ed)?\b|admit\w* (?:[\w'-]+ ){0,2}"
     r"(?:guilt|crimes?|did it|responsibility|charges)|plea (?:bargain|deal|agreement)|deal with (?:the )?prosecut",
     "admission of guilt plead not guilty voluntarily made discussions regarding charges or penalty not binding on the Court"),
    (r"presum\w* (?:of )?innocen|innocent until|prove (?:his|her|their) innocence|burden of proof|\bonus\b|"
     r"beyond (?:a |any )?reasonable doubt|standard of proof|(?:who|which side) (?:has|bears|carries) the burden|"
     r"(?:how sure|how certain|certainty)|prov(?:e|ing) (?:[\w'-]+ )?guilt|who (?:has to|must) prove",
     "presumed innocent until proved guilty onus on the Prosecutor guilt beyond reasonable doubt"),
    (r"(?:prosecut\w*|defen[cs]e) (?:[\w'-]+ ){0,3}(?:disclos\w*|share|hand over|turn over) (?:[\w'-]+ ){0,2}evidence|"
     r"disclos\w* (?:of )?(?:the )?evidence|(?:hide|hid|hiding|withh[oe]ld\w*|suppress\w*|bury|conceal\w*) "
     r"(?:the )?evidence|exculpatory|evidence (?:[\w'-]+ ){0,3}(?:innocence|helps? the defen[cs]e)",
     "Prosecutor shall disclose to the defence evidence tends to show the innocence mitigate the guilt credibility"),
    (r"protect\w* (?:of )?(?:the )?(?:victims?|witness\w*)|(?:victims?|witness\w*|survivors?)\b (?:[\w'-]+ ){0,4}"
     r"(?:protect\w*|safety|safe|anonym\w*|hid(?:e|den|ing)|identit\w*|privacy|intimidat\w*|threat\w*|danger|"
     r"at risk|relocat\w*)|anonymous (?:witness\w*|testimony)|witness protection|(?:child|children|minor|rape|"
     r"sexual violence) (?:victims?|witness\w*|survivors?)|testif\w* (?:remotely|anonymously|in secret|behind a screen)",
     "protect the safety physical and psychological well-being dignity and privacy of victims and witnesses in camera"),
    (r"(?:victims?|survivors?|families|relatives)\b (?:[\w'-]+ ){0,4}(?:participat\w*|take part|have a say|be heard|"
     r"speak|tell their stor\w*|views|voices?|represent\w*|involved|lawyers?)|victim participation|legal "
     r"representatives? (?:of|for) (?:the )?victims|(?:role|place) (?:of|for) (?:the )?victims",
     "participation of victims views and concerns presented and considered legal representatives of the victims"),
    (r"(?:testify|testimony|witness\w*)\b (?:[\w'-]+ ){0,4}(?:video|remotely|in person|audio|recorded|written "
     r"statements?|transcripts?|online)|video[- ](?:link|testimony|conference)|recorded testimony|written "
     r"(?:statements?|testimony)|viva voce",
     "testimony of a witness at trial given in person viva voce or recorded testimony video or audio technology"),
    (r"(?:witness\w*|testify\w*|testimony)\b (?:[\w'-]+ ){0,3}(?:oath|swear|sworn|truth)|under oath|"
     r"(?:tell|telling) the truth",
     "each witness shall give an undertaking as to the truthfulness of the evidence false testimony"),
    (r"admissib\w* of (?:the )?evidence|(?:evidence|proof|confessions?|testimony)\b (?:[\w'-]+ ){0,3}(?:allowed|"
     r"admissible|inadmissible|excluded|thrown out|obtained|accepted|rejected)|illegal(?:ly)? obtained|unlawfully "
     r"obtained|obtained (?:by|through|under) (?:torture|coercion|illegal|unlawful)|hearsay|\bprobative|"
     r"(?:relevance|reliab\w*|weight) of (?:the )?evidence|what (?:kinds? of |types? of )?evidence",
     "relevance or admissibility of evidence probative value obtained by violation of human rights not admissible"),
    (r"common knowledge|judicial notice|well[- ]known facts?|(?:obvious|undisputed) facts?",
     "Court shall not require proof of facts of common knowledge may take judicial notice"),
    (r"(?:lawyer|attorney|counsel)-?client|privileged (?:communications?|information)|(?:doctors?|priests?|clergy|"
     r"journalists?)\b (?:[\w'-]+ ){0,4}(?:privilege|confidential|sources?|forced to testify|refuse to testify)|"
     r"protect\w* (?:their |his |her )?sources",
     "privileges on confidentiality as provided for in the Rules of Procedure and Evidence"),
    (r"\bperjur|\blying (?:under oath|in court|to the (?:court|judges))|\blie (?:under oath|in court|to the (?:court|"
     r"judges))|\blied (?:under oath|in court|to the (?:court|judges))|false (?:testimony|evidence|witness\w*|"
     r"statements?)|(?:fake|forged|fabricated|doctored|falsified) (?:evidence|documents?)|\bforg(?:e|ed|ery|ing)\b|"
     r"\bbrib\w*|(?:intimidat|threaten|pressur|influenc|tamper|silenc|harass|pay|paid|paying|buy|bought|kill|"
     r"attack|retaliat)\w* (?:[\w'-]+ ){0,2}(?:witness|witnesses|judges?|court officials?|officials of the court)\b|"
     r"witness tampering|tamper\w* (?:with )?(?:the )?evidence|destroy\w* (?:the )?evidence|obstruct\w* "
     r"(?:of )?justice|administration of justice|corruptly",
     "offences against the administration of justice false testimony forged evidence corruptly influencing a witness bribe"),
    (r"national security|state secrets?|\bclassified\b|(?:secret|sensitive|confidential|intelligence|military) "
     r"(?:documents?|information|intelligence|files|reports?)|intelligence (?:services?|agenc\w*|reports?|files)|"
     r"refus\w* to (?:hand over|disclose|provide|share|release) (?:[\w'-]+ )?(?:documents|information|intelligence|files)",
     "protection of national security information disclosure would prejudice national security interests"),
    (r"third[- ]part(?:y|ies) (?:information|documents?|intelligence)|(?:received|shared|given|obtained|disclosed) "
     r"(?:[\w'-]+ ){0,3}in confidence|\boriginator|(?:intelligence|information|documents?) (?:[\w'-]+ )?(?:from|by) "
     r"(?:an? )?(?:ally|allied|another|other|foreign) (?:state|country|government|organi[sz]ation)",
     "third-party information or documents disclosed in confidence consent of the originator"),
    (r"\bverdicts?\b|\bunanim|majority (?:decision|vote|verdict)|split (?:decision|verdict)|\bjudges?\b (?:[\w'-]+ ){0,3}"
     r"(?:disagree|vote|majority|dissent\w*)|\bdissent\w*|(?:written|reasoned) (?:decisions?|judgments?|judgements?|"
     r"verdicts?)|alternate judges?|reasons? for (?:the )?(?:decision|verdict|judgment|judgement)",
     "requirements for the decision unanimity majority of the judges reasoned statement views of majority and minority"),
    (r"\bdeliberations?\b|\bleak\w*",
     "deliberations of the Trial Chamber shall remain secret confidential"),
    (r"\breparations?\b|\brestitution|\brehabilitat|compensat\w* (?:[\w'-]+ ){0,2}victims?|victims?\b (?:[\w'-]+ ){0,4}"
     r"(?:compensat\w*|paid|money|damages|financial)|make amends|\bdamages\b",
     "reparations to victims restitution compensation rehabilitation order against a convicted person Trust Fund"),
    (r"sentencing|how (?:is|are) (?:the )?sentences? (?:decided|determined|set|pronounced|calculated)|"
     r"(?:hand\w* down|pronounc\w*|announc\w*) (?:the |a )?sentence|sentences? (?:[\w'-]+ ){0,2}(?:announced|"
     r"pronounced|handed down|read out)|(?:factors|criteria) (?:[\w'-]+ ){0,4}"
     r"(?:sentences?|punishment|penalt\w*)|\bmitigat|\baggravat|time (?:already )?(?:served|spent) (?:in )?"
     r"(?:detention|custody|jail|prison)?|credit for time|(?:multiple|several|more than one) (?:crimes?|"
     r"convictions|counts)|(?:consecutive|concurrent|joint|combined|total) sentences?",
     "determination of the sentence gravity of the crime individual circumstances deduct time in detention joint sentence"),

    # ── Part 7: penalties (arts. 77–80) ────────────────────────────────────────────────────
    (r"\bpenalt(?:y|ies)\b|max(?:imum)? (?:sentence|penalty|punishment|term)|\blife (?:sentences?|imprisonment|in "
     r"prison)|how (?:long|many years) (?:[\w'-]+ ){0,3}(?:in prison|in jail|sentence|sentenced|imprison\w*|locked up|"
     r"behind bars)|jail time|prison (?:time|terms?|sentences?)|\bbehind bars|locked up for (?:life|years|decades)|"
     r"(?:what|which) (?:[\w'-]+ )?punishments?|kinds? of (?:punishment|penalt)|\bfor life\b",
     "applicable penalties imprisonment specified number of years maximum of 30 years life imprisonment fine"),
    (r"death penalty|capital punishment|\bexecut(?:e|ed|ion)\b (?:[\w'-]+ )?(?:convicts?|criminals?|guilty|war "
     r"criminals?|perpetrators?)|(?:be|get|being) (?:executed|hanged|put to death)|put to death|\bhang(?:ed|ing)\b",
     "applicable penalties life imprisonment penalties prescribed by their national law"),
    (r"\bassets?\b|\bseiz|confiscat|forfeit|\bfine[sd]?\b|\bproceeds\b|take (?:away )?(?:their|his|her) (?:money|"
     r"property|wealth|possessions|houses?)|bank accounts?|\bfreez\w* (?:[\w'-]+ )?(?:assets|accounts|property|funds)|"
     r"\bwealth\b|ill-?gotten",
     "fine forfeiture of proceeds property and assets derived from that crime bona fide third parties"),
    (r"trust fund|victims'? fund|fund for (?:the )?victims",
     "Trust Fund for the benefit of victims and their families money collected through fines or forfeiture"),
    (r"(?:national|domestic|own|countr\w*'?s?|state'?s?) (?:laws? |courts? )?(?:penalt\w*|punish\w*|sentenc\w*)|"
     r"death penalty (?:[\w'-]+ ){0,4}(?:national|domestic|countr\w*|states?)|(?:countries|states) (?:[\w'-]+ ){0,4}"
     r"(?:death penalty|capital punishment)",
     "non-prejudice to national application of penalties prescribed by their national law"),

    # ── Part 8: appeal and revision (arts. 81–85) ──────────────────────────────────────────
    (r"\bappeal\w*|\boverturn|\breverse\w* (?:the )?(?:verdict|conviction|decision|acquittal|sentence)|"
     r"(?:challenge|contest)\w* (?:a |the )?(?:verdict|conviction|sentence|decision|acquittal|ruling|judgm?ent)|"
     r"error of (?:fact|law)|procedural error|too (?:harsh|lenient|light|severe|short)|disproportionat\w* "
     r"(?:sentence|punishment|penalty)|\bacquit",
     "appeal against acquittal conviction or sentence procedural error error of fact error of law disproportion"),
    (r"appeal\w* (?:[\w'-]+ ){0,3}(?:bail|release|detention|jurisdiction|admissibility|reparations?|interim)|"
     r"interlocutory|suspensive effect|(?:bail|release|detention|jurisdiction|admissibility|reparations?) "
     r"(?:[\w'-]+ ){0,3}appeal",
     "appeal against other decisions jurisdiction admissibility granting or denying release order for reparations"),
    (r"appeals chamber|appeals? judges|new trial|\bretrial|\bre-?tr(?:y|ied|ial)\b|(?:increase|worsen|lengthen)\w* "
     r"(?:the |his |her )?sentence|(?:sentence|punishment) (?:[\w'-]+ )?(?:increased|made (?:worse|longer|harsher))|"
     r"to (?:his|her|their) detriment|\bharsher\b|appeals? court",
     "Appeals Chamber reverse or amend the decision order a new trial not amended to his or her detriment"),
    (r"new(?:ly discovered)? (?:evidence|facts)|\brevis(?:e|ion|ed|ing)\b|wrongful(?:ly)? convict|(?:reopen|re-open)\w* "
     r"(?:a |the )?(?:case|conviction|verdict|judgm?ent)|after (?:his|her|their|the (?:accused|convicted)\w*'?s?) "
     r"death|clear (?:his|her|their) names?",
     "revision of conviction or sentence new evidence discovered false forged or falsified after death spouses children"),
    (r"compensat\w* (?:[\w'-]+ ){0,5}(?:arrest\w*|detain\w*|detention|jail\w*|imprison\w*|convict\w*|acquit\w*|"
     r"innocent)|(?:wrongful|unlawful|illegal)(?:ly)? (?:arrest|detain|detention|convict|jail|imprison)\w*|"
     r"miscarriage of justice|wrongly (?:[\w'-]+ ){0,2}(?:locked up|jailed|imprisoned|detained|arrested|"
     r"convicted)|(?:locked up|jailed|detained|arrested|imprisoned) (?:[\w'-]+ ){0,4}compensat",
     "compensation to an arrested or convicted person unlawful arrest or detention miscarriage of justice"),

    # ── Part 9: international cooperation and judicial assistance (arts. 86–102) ──────────
    (r"\bcooperat|help the (?:icc|court)|(?:must|have to|obliged to|required to|bound to) (?:[\w'-]+ )?(?:help|assist|obey|"
     r"comply)|obligat\w* (?:[\w'-]+ )?to (?:help|assist|cooperate|comply)",
     "general obligation to cooperate fully States Parties international cooperation and judicial assistance"),
    (r"refus\w* to (?:cooperate|comply|arrest|surrender|hand|extradite|execute)|non-?(?:complian|cooperat)|"
     r"ignor\w* (?:[\w'-]+ ){0,2}(?:request|warrant|order)|(?:fail\w*|don'?t|doesn'?t|does not|do not|won'?t|will not|"
     r"didn'?t|did not) (?:to )?(?:cooperate|comply|arrest|surrender|hand (?:[\w'-]+ )?over|execute)|(?:visit\w*|travel\w*)"
     r" (?:[\w'-]+ ){0,4}without (?:being )?arrested|consequences? (?:for|of) (?:not|non|refusing)",
     "failure to comply with a request to cooperate finding refer the matter to the Assembly of States Parties"),
    (r"\binterpol\b|international (?:criminal )?police|diplomatic channels?|(?:how|through which|what) channels?|"
     r"requests? (?:[\w'-]+ ){0,2}(?:are |is )?(?:sent|transmitted|delivered|passed on|communicated)",
     "requests for cooperation transmitted through the diplomatic channel International Criminal Police Organization"),
    (r"implementing legislation|(?:change|adapt|pass|amend)\w* (?:[\w'-]+ ){0,2}(?:national|domestic) (?:laws?|"
     r"legislation)|(?:national|domestic) (?:laws?|legislation|procedures?) (?:[\w'-]+ ){0,3}(?:cooperat\w*|icc|court)",
     "procedures available under their national law for all of the forms of cooperation"),
    (r"(?<!who )(?<!that )(?<!who had )\bsurrender\w*\b(?! (?:at discretion|soldiers|combatants|fighters|troops))|hand\w* (?:[\w'-]+ ){0,2}over (?:a |the )?"
     r"(?:suspects?|persons?|people|accused|fugitives?|him|her|them|nationals?|citizens?|leaders?|presidents?)|"
     r"hand\w* (?:[\w'-]+ ){0,3}over (?:[\w'-]+ ){0,3}to (?:the )?(?:icc|court|hague)|(?:send|deliver|transfer)\w* (?:[\w'-]+ ){0,2}"
     r"to the hague",
     "surrender of persons to the Court request for arrest and surrender comply with requests national law"),
    (r"\btransit\b|(?:fly|flying|flew|flight|travel\w*) (?:through|over|across)|\bairspace|\bstopover|\blayover|"
     r"unscheduled landing|(?:plane|flight|aircraft) (?:lands?|landing|stops?)",
     "transportation through its territory of a person being surrendered transit State unscheduled landing 96 hours"),
    (r"\bextradit\w*|competing requests?|(?:two|both|multiple|several|another) (?:countries|states|requests) "
     r"(?:[\w'-]+ ){0,3}(?:want|request|seek|claim)|(?:which|whose) request (?:[\w'-]+ ){0,2}(?:priority|first|prevails)",
     "competing requests surrender to the Court extradition to the requesting State priority international obligation"),
    (r"difference between (?:surrender|extradition)|(?:surrender|extradition) (?:vs\.?|versus|or|and) "
     r"(?:surrender|extradition)|(?:extradit|surrender|hand)\w* (?:[\w'-]+ )?(?:their|its) own (?:citizens|nationals)",
     "surrender means delivering up of a person by a State to the Court extradition by one State to another"),
    (r"(?:contents?|contain\w*|include) (?:[\w'-]+ ){0,3}(?:request|warrant)s?\b|(?:request|warrant)s? (?:[\w'-]+ ){0,3}"
     r"(?:must|should|need to) (?:contain|include|say)|(?:request|warrant)s?\b (?:[\w'-]+ ){0,3}contain|(?:what|which) (?:information|documents?|details?) "
     r"(?:[\w'-]+ ){0,4}(?:request|warrant)|(?:urgent|emergency) requests?",
     "request made in writing information describing the person sought copy of the warrant supporting documents"),
    (r"provisional(?:ly)? arrest|(?:urgent|emergency|immediate) arrest|arrest (?:[\w'-]+ ){0,2}(?:before|pending|ahead of) "
     r"(?:the )?(?:full |formal )?(?:request|paperwork|documents)|consent to (?:[\w'-]+ )?surrender",
     "provisional arrest urgent cases pending presentation of the request for surrender released from custody"),
    (r"(?:what|which|other) (?:kinds?|types?|forms?) of (?:cooperation|assistance|help)|other (?:help|assistance)|\bsearches\b|\bsearch(?:es)? and "
     r"seizures?|\bsearch (?:warrants?|premises|homes?|houses?|offices?)|\braids?\b|serv(?:e|ice|ing) (?:of )?"
     r"(?:documents|papers)|(?:identify|find|locate|track|trac)\w* (?:[\w'-]+ ){0,2}(?:suspects?|persons?|people|"
     r"assets|witnesses)|\bwhereabouts|(?:collect|gather|obtain)\w* evidence (?:abroad|in (?:a |another |other )"
     r"countr\w*)|temporary transfer",
     "other forms of cooperation identification and whereabouts taking of evidence searches and seizures freezing assets"),
    (r"safe conduct|(?:witness\w*|experts?)\b (?:[\w'-]+ ){0,4}(?:not be|won'?t be|can'?t be|immune from being) "
     r"(?:prosecuted|arrested|detained)",
     "assurance to a witness or an expert will not be prosecuted detained or subjected to restriction of personal freedom"),
    (r"(?:refus|deny|denie|declin|reject)\w* (?:[\w'-]+ ){0,2}(?:requests?|assistance|cooperation)\b|grounds (?:for|to) "
     r"(?:refus|deny|reject)\w*|(?:say no|said no|saying no) to (?:a |the )?(?:icc|court)|turn\w* down (?:[\w'-]+ ){0,2}requests?",
     "deny a request for assistance national security fundamental legal principle inform the Court of the reasons"),
    (r"(?:icc|court) (?:[\w'-]+ )?(?:help|assist|share (?:[\w'-]+ )?evidence with|cooperate with) (?:a |national |domestic )?"
     r"(?:countr\w*|states?|national courts?|domestic courts?|prosecutors?)|(?:national|domestic) (?:courts?|"
     r"prosecutors?|trials?|investigations?) (?:[\w'-]+ ){0,3}(?:icc|court)'?s? (?:evidence|help|assistance)",
     "Court may cooperate with and provide assistance to a State Party conducting an investigation or trial"),
    (r"\bpostpon\w*|\bdelay\w* (?:[\w'-]+ ){0,2}(?:execution|surrender|requests?|handing over|arrest|cooperation|"
     r"compliance)|(?:own|national|domestic) (?:investigation|prosecution|case|trial) (?:[\w'-]+ ){0,3}(?:first|priority|"
     r"before)|(?:already|currently) (?:serving|on trial|in (?:jail|prison))",
     "postponement of execution of a request ongoing investigation or prosecution admissibility challenge"),
    (r"(?:problems?|difficult\w*|obstacles?|issues?|trouble) (?:[\w'-]+ ){0,2}(?:executing |carrying out |with )?"
     r"(?:a |the )?(?:request|surrender|cooperation)|(?:can'?t|cannot|unable to) (?:find|locate) (?:the )?"
     r"(?:suspect|person|accused|fugitive)|wrong (?:person|man|woman|suspect)|mistaken identity|(?:conflict\w*|"
     r"clash\w*|breach\w*) (?:[\w'-]+ ){0,2}(?:treaty|agreement|obligation)",
     "consultations problems impede execution of the request person cannot be located breach pre-existing treaty obligation"),
    (r"article 98|(?:bilateral|immunity|non-?surrender) (?:agreements?|deals?|treat(?:y|ies))|status of forces|"
     r"\bsofas?\b|\bdiplomats?\b|diplomatic immunity|sending state|(?:foreign|visiting) (?:troops|soldiers|heads? "
     r"of state|presidents?|leaders?|officials?)",
     "waiver of immunity consent to surrender State or diplomatic immunity of a third State consent of a sending State"),
    (r"(?:prosecutor|investigators?)\b (?:[\w'-]+ ){0,4}(?:directly|themselves|without (?:the )?(?:local|national) "
     r"(?:authorities|police))|carry(?:ing)? out (?:a |the )?(?:court'?s? )?requests?|execut\w* (?:[\w'-]+ )?requests?|"
     r"law of the requested state",
     "execution of requests procedure under the law of the requested State Prosecutor may execute directly"),
    (r"(?:who|which (?:side|party|state|country)) (?:[\w'-]+ )?(?:pays|bears|covers|foots)|\bfoot(?:s|ing)? the bill|"
     r"pick\w* up the (?:tab|bill)|costs? (?:[\w'-]+ ){0,3}(?:requests?|cooperation|surrender|transfer|witness\w*|"
     r"translation|interpret\w*|travel|transport\w*)|(?:requests?|cooperation|surrender|transfer|witness\w*|"
     r"translation|interpretation|travel|transport\w*)\b (?:[\w'-]+ ){0,3}(?:costs?|paid for|expenses)",
     "ordinary costs for execution of requests borne by the requested State costs borne by the Court"),
    (r"rule of speciality|\bspeciality|\bspecialty|(?:tried|charged|prosecuted|punished) (?:[\w'-]+ ){0,2}(?:for|with) "
     r"(?:other|different|additional|new|more|older|earlier) (?:crimes|charges|offen[cs]es|conduct)",
     "rule of speciality not proceeded against punished or detained for conduct committed prior to surrender waiver"),

    # ── Part 10: enforcement (arts. 103–111) ───────────────────────────────────────────────
    (r"where (?:do|does|will|would|are|is) (?:[\w'-]+ ){0,4}(?:serve|imprisoned|jailed|locked up|sent|go to prison|"
     r"do (?:their|his|her) time)|which (?:country|state|prison)|(?:what|which) prisons?|serv(?:e|es|ing) "
     r"(?:their|the|his|her|a) (?:sentences?|time|prison terms?)|(?:icc|court) (?:[\w'-]+ )?(?:have|has|run|own)s? "
     r"(?:its |a )?(?:own )?(?:prison|jail)|(?:accept|take|host|agree to take) (?:[\w'-]+ )?(?:prisoners|convicts|"
     r"sentenced)|state of enforcement",
     "enforcement of sentences of imprisonment State designated by the Court willingness to accept sentenced persons"),
    (r"transfer\w* (?:[\w'-]+ ){0,3}(?:to )?(?:another|a different) (?:prison|country|state)|(?:move|moved|moving) "
     r"(?:[\w'-]+ ){0,3}(?:to )?(?:another|a different) (?:prison|country)|prison transfer",
     "change in designation of State of enforcement transfer a sentenced person to a prison of another State"),
    (r"(?:state|country|government)s? (?:[\w'-]+ ){0,3}(?:change|modify|shorten|lengthen|reduce|alter|commute|pardon)\w* "
     r"(?:the |a |his |her |their )?(?:sentences?|punishment|prison terms?)|\bcommut\w*|\bpardon\w*|\bclemency",
     "sentence of imprisonment binding on the States Parties which shall in no case modify it Court alone shall decide"),
    (r"prison conditions|conditions (?:of|in) (?:imprisonment|detention|prison|jail)|(?:treatment|treated) "
     r"(?:of )?(?:prisoners|inmates|convicts)|(?:prisoners|inmates|convicts) (?:[\w'-]+ )?(?:treated|kept|housed)|"
     r"(?:luxury|comfortable|harsh|humane|inhumane) (?:prisons?|jails?|cells?|conditions)|(?:monitor|inspect|"
     r"supervis)\w* (?:[\w'-]+ ){0,2}(?:prisons?|prisoners|inmates|conditions)",
     "supervision of enforcement conditions of imprisonment international treaty standards governing treatment of prisoners"),
    (r"(?:after|once|when) (?:[\w'-]+ ){0,3}(?:released|finish\w*|complet\w*|served|serving) (?:[\w'-]+ ){0,3}"
     r"(?:sentences?|time|prison|jail)|(?:what happens|where (?:do|does|will)) (?:[\w'-]+ ){0,4}(?:after|upon) "
     r"(?:release|completion|prison|serving)|(?:go|return|sent) (?:back )?home after",
     "transfer of the person upon completion of sentence State obliged to receive or agrees to receive"),
    (r"(?:prosecut|tri|extradit|charg)\w* (?:[\w'-]+ ){0,3}while (?:serving|in prison|imprisoned|in jail)|(?:prisoners?|"
     r"convicts?|sentenced persons?)\b (?:[\w'-]+ ){0,4}(?:other|more|older|different|additional|earlier) (?:crimes|"
     r"charges|offen[cs]es)",
     "limitation on the prosecution or punishment of other offences State of enforcement approved by the Court"),
    (r"(?:enforc|collect|recover|execut|give effect)\w* (?:[\w'-]+ ){0,2}(?:fines?|forfeiture|confiscation|seizures?|"
     r"reparations? orders?)|(?:fines?|forfeiture|confiscat\w*|seized (?:assets|property))\b (?:[\w'-]+ ){0,4}"
     r"(?:enforc\w*|collect\w*|recover\w*|national|transferred|sold|value)|(?:sell|sold|sale of) (?:[\w'-]+ ){0,2}"
     r"(?:property|assets|houses?|real estate)|real (?:property|estate)",
     "enforcement of fines and forfeiture measures recover the value of proceeds property or assets bona fide third parties"),
    (r"early release|\bparole|reduc\w* (?:of |in )?(?:the |a |his |her |their )?sentences?|(?:sentences?|terms?) "
     r"(?:[\w'-]+ ){0,2}(?:reduced|shortened|cut)|(?:let|get|got|gets|be|being|released) out early|released early|"
     r"(?:before|prior to) (?:the )?(?:end|expiry) of (?:the |a |his |her |their )?sentence|time off|"
     r"good behaviou?r|(?:full|whole|entire) (?:sentence|term)|two[- ]thirds of|25 years|(?:review|reconsider)\w* "
     r"(?:of )?(?:the |a )?sentence|life (?:[\w'-]+ ){0,2}(?:really|actually) (?:mean|life)",
     "review by the Court concerning reduction of sentence two thirds of the sentence 25 years life imprisonment"),
    (r"\bescap\w* (?:[\w'-]+ ){0,2}(?:prison|custody|jail|detention)|break\w* out of (?:prison|jail)|\bjail ?break|"
     r"prison ?break|\bflee\w* (?:[\w'-]+ )?(?:prison|jail|custody)|escaped (?:convicts?|prisoners?)",
     "convicted person escapes from custody and flees the State of enforcement request the person's surrender"),

    # ── Part 11: Assembly of States Parties (art. 112) ─────────────────────────────────────
    (r"assembly of (?:the )?states parties|\basp\b|(?:who|which body) (?:[\w'-]+ ){0,2}(?:oversees|supervises|governs|"
     r"controls|runs|manages|is in charge of) the (?:icc|court)|(?:oversight|control) (?:of|over) the (?:icc|court)|"
     r"(?:member (?:states|countries)|states parties) (?:[\w'-]+ ){0,3}(?:meet|vote|gather|decide|oversee|govern|"
     r"control|get together)",
     "Assembly of States Parties management oversight Presidency Prosecutor Registrar budget number of judges"),
    (r"(?:annual|yearly) (?:meeting|session)|how often (?:[\w'-]+ ){0,4}(?:meet|gather|convene|get together)|"
     r"\bget together\b|\bconvene|one (?:country|state),? one vote|voting (?:rights|power|rules)|each (?:state|country)"
     r" (?:[\w'-]+ ){0,3}votes?|\bconsensus\b|\bquorum\b|special sessions?",
     "Assembly shall meet once a year special sessions each State Party one vote consensus two-thirds majority quorum"),
    (r"\bbureau\b", "Bureau of the Assembly President two Vice-Presidents and 18 members three-year terms"),
    (r"watchdog|oversight (?:body|mechanism)|internal (?:investigations?|oversight|audit)|\binspect\w* (?:[\w'-]+ )?"
     r"(?:icc|court)|investigat\w* (?:the )?(?:icc|court) itself|(?:who|which body) (?:investigates|polices|checks on|"
     r"inspects) (?:the )?(?:icc|court)",
     "independent oversight mechanism for inspection evaluation and investigation of the Court subsidiary bodies"),
    (r"\bobservers?\b|(?:non-?(?:member|party)|signator\w*) (?:[\w'-]+ ){0,4}(?:attend|participate|sit in|take part)",
     "Other States which have signed this Statute or the Final Act may be observers in the Assembly"),
    (r"\barrears|behind (?:on|in|with) (?:[\w'-]+ ){0,2}(?:pay\w*|dues|contributions)|(?:doesn'?t|does not|don'?t|"
     r"do not|fail\w* to|not|stop\w*|refus\w* to) (?:[\w'-]+ )?pay\w* (?:[\w'-]+ )?(?:share|dues|contributions?|bills?)|"
     r"(?:lose|lost|losing) (?:its |their )?(?:vote|voting rights)|unpaid (?:dues|contributions)",
     "in arrears in the payment of its financial contributions no vote in the Assembly preceding two full years"),

    # ── Part 12: financing (arts. 113–118) ─────────────────────────────────────────────────
    (r"\bbudget\b|(?<!trust )\bfund(?:s|ed|ing)?\b(?! for (?:the )?victims)|\bfinanc(?:e|es|ed|ing)\b|"
     r"how (?:is|does) (?:the )?(?:icc|court) (?:[\w'-]+ )?(?:funded|financed|paid for|get (?:its )?money)|"
     r"(?:icc|court)'?s? (?:money|funding|finances|budget|expenses)|\bexpenses\b|who pays for (?:the )?(?:icc|court)",
     "expenses of the Court paid from the funds of the Court budget assessed contributions funds provided by the United Nations"),
    (r"financial (?:regulations|rules|matters)",
     "Financial Regulations and Rules adopted by the Assembly of States Parties"),
    (r"\bdonat\w*|\bdonors?\b|voluntary contributions?|\bgifts?\b|private (?:money|funding|donations?)|"
     r"(?:corporations?|companies|individuals|billionaires?|ngos?|people|charities|governments?) (?:[\w'-]+ ){0,3}"
     r"(?:donate|give money|contribute|fund)",
     "voluntary contributions from Governments international organizations individuals corporations and other entities"),
    (r"(?:how much|what share) (?:[\w'-]+ ){0,4}(?:each|every|member) (?:country|state)|scale of assessment|"
     r"assessed contributions?|membership fees?|(?:how|what determines) (?:[\w'-]+ ){0,4}(?:contributions?|"
     r"share)",
     "contributions of States Parties assessed in accordance with an agreed scale of assessment United Nations regular budget"),
    (r"\baudit\w*|\baccounts\b|(?:who|how) (?:[\w'-]+ )?(?:checks|oversees|monitors|controls) (?:the )?(?:icc'?s? |court'?s? )?"
     r"(?:spending|finances|money|books|budget)|financial statements|\bbooks\b",
     "records books and accounts annual financial statements audited annually by an independent auditor"),

    # ── Part 13: final clauses (arts. 119–128) ─────────────────────────────────────────────
    (r"\bdisputes?\b|disagree\w* (?:between|among) (?:[\w'-]+ )?(?:states|countries|members)|international court of "
     r"justice|\bicj\b|world court",
     "settlement of disputes judicial functions of the Court negotiations Assembly International Court of Justice"),
    (r"\breservations?\b|(?:opt|pick|choose|cherry-?pick)\w* (?:out of )?(?:certain|some|specific|particular|which) "
     r"(?:parts|articles|provisions|crimes)|(?:exclude|exempt)\w* (?:certain |some )?(?:articles|provisions|parts)|"
     r"(?:accept|sign|join|ratif)\w* (?:only )?(?:part|parts|some) of (?:the )?(?:statute|treaty)",
     "No reservations may be made to this Statute"),
    (r"\bamend\w* (?:[\w'-]+ ){0,2}(?:statute|treaty)|amendments?\b(?! (?:to|of) the charges)|(?:change|chang\w*|rewrite|"
     r"modify|alter|revise)\w* (?:[\w'-]+ ){0,2}(?:statute|treaty)|(?:statute|treaty) (?:[\w'-]+ ){0,3}(?:amended|changed|"
     r"rewritten|modified)",
     "amendments proposal Secretary-General two-thirds majority seven-eighths entry into force one year"),
    (r"(?:new|add\w*|more|extra) (?:[\w'-]+ )?crimes? (?:to|in) (?:the )?(?:statute|list|icc)|(?:add|adding|include|"
     r"including|expand\w*|extend\w*) (?:[\w'-]+ ){0,3}(?:to|in) the (?:list of )?crimes|(?:new|more) crimes? "
     r"(?:[\w'-]+ ){0,2}added|add\w* (?:new |more )crimes?",
     "amendment to articles 5 6 7 and 8 States Parties which have accepted the amendment list of crimes"),
    (r"institutional (?:nature|provisions|amendments)|(?:change|amend)\w* (?:[\w'-]+ ){0,3}(?:number of judges|"
     r"salaries|terms? of office|staff regulations)|number of judges (?:[\w'-]+ ){0,2}(?:changed|amended|altered)",
     "amendments to provisions of an exclusively institutional nature proposed at any time six months after adoption"),
    (r"review conference|\bkampala|(?:review|reviewing|revisit\w*) (?:of )?(?:the )?(?:rome )?(?:statute|treaty)",
     "Review Conference Secretary-General seven years after entry into force list of crimes contained in article 5"),
    (r"\bopt(?:ed|ing|s)?[- ]?out|transitional (?:provision|period|clause)|seven[- ]year (?:opt|exemption|exception|"
     r"delay|period|window)|(?:exempt|shield|exclude)\w* (?:[\w'-]+ ){0,3}(?:from|of) war crimes|article 124",
     "transitional provision declaration seven years does not accept jurisdiction war crimes nationals or territory"),
    (r"\bjoin(?:s|ed|ing)? (?:the )?(?:icc|court|statute|treaty|rome statute)|\bratif|\bsign(?:ed|ing|s|atory|"
     r"atories|ature)?\b(?! (?:contracts?|agreements?|deals?))|\baccession|\baccede|becom\w* (?:a )?(?:state )?(?:party|parties|member)",
     "signature ratification acceptance approval or accession instruments deposited with the Secretary-General"),
    (r"entry into force|enter(?:ed|s)? into force|c(?:a|o)me into (?:force|effect|being|existence)|(?:take|took|takes) "
     r"effect|start\w* (?:working|operating|functioning)|(?:when|what year|since when) (?:[\w'-]+ ){0,2}(?:icc|court|"
     r"statute|treaty) (?:[\w'-]+ )?(?:created|established|founded|set up|start|begin|began|born|exist|operat)|"
     r"\b60(?:th)? (?:ratifications?|instruments?|countries|states)|sixty (?:ratifications|countries|states)|"
     r"how many (?:countries|states|ratifications) (?:[\w'-]+ )?(?:needed|required)|\bin force\b",
     "entry into force first day of the month after the 60th day deposit of the 60th instrument of ratification"),
    (r"withdraw\w* (?:[\w'-]+ ){0,2}(?:from )?(?:the )?(?:icc|court|statute|treaty|rome statute|membership)|(?:leave|leaving|"
     r"left|quit|quitting|exit|exiting|pull\w* out of|abandon\w*) (?:the )?(?:icc|court|statute|treaty|rome statute)"
     r"|(?:countr\w*|states?)\b (?:[\w'-]+ ){0,3}(?:withdraw|pull out|leave)|\bwithdrawal\b(?! of (?:the )?charges)",
     "withdrawal written notification Secretary-General one year not discharged from obligations financial obligations"),
    (r"authentic|official (?:text|copy|version)|original (?:text|copy|version)|authoritative (?:text|version)|"
     r"\bdepositary|certified cop|(?:which|what) (?:language )?(?:version|text) (?:[\w'-]+ )?(?:prevails|counts|official)",
     "original Arabic Chinese English French Russian and Spanish texts equally authentic Secretary-General"),

    # ── The news report (the corpus's second source) ──────────────────────────────────────
    (r"sanction\w* (?:against|on|targeting) (?:the )?(?:icc|court|its|judges|prosecutor|officials|staff)|"
     r"threat\w* (?:of )?sanctions|impos\w* sanctions|\btrump|netanyahu|gallant|\bgaza|\bisrael|afghanistan|\bbiden|"
     r"human rights watch|state department|washington|united states|\bu\.s\.|\busa\b|(?-i:\bUS\b)|\bamerica",
     "United States sanctions demands ICC news report"),
]

_COMPILED = [(re.compile(pattern, re.IGNORECASE), terms) for pattern, terms in _ENTRIES]


def expand_query(question: str) -> str:
    """``question`` followed by the Statute's own terms for the concepts it mentions."""
    text = question.replace("\u2019", "'")  # typographic apostrophes, as in "country\u2019s"
    extra = [terms for rx, terms in _COMPILED if rx.search(text)]
    return question if not extra else question + "\n" + " ".join(extra)
