"""The glossary's table: (pattern on the reader's words, the Statute's own terms).

Data, not logic — see :mod:`rag.retrieve.glossary` for how it is used. Entries follow the Statute Part by
Part; every term is a word the Statute itself uses.
"""

from __future__ import annotations

# "a country", "states", "a nation", "governments" …
_STATE = r"(?:countr(?:y|ies)|states?|nations?|governments?)"

ENTRIES: list[tuple[str, str]] = [
    # ── Preamble ────────────────────────────────────────────────────────────────────────────
    (r"\bpreamble\b|why (?:was|is|did|does|were) (?:the )?(?:icc|international criminal court|rome statute|"
     r"statute)\b.*\b(?:created|set up|established|founded|needed|exist|made)|why (?:create|set up|"
     r"establish)\w* (?:the |an? )?(?:icc|international criminal court|court)|(?:purpose|aims?|goals?|mission|"
     r"objectives?|point) of (?:the |having )?(?:icc|international criminal court|rome statute|statute|treaty)|"
     r"what is the (?:icc|court) for\b|(?:icc|court)'?s? (?:purpose|aims?|goals?|mission|objectives?)\b"
     r"|^(?=.*\b(?:why|purpose|point|reason|aims?))(?=.*\b(?:creat\w*|set(?:ting)? up|establish\w*|found\w*|exist|bother\w*))(?=.*\b(?:icc|court|statute|treaty))",
     "Preamble determined to put an end to impunity establish an independent permanent International Criminal Court"),
    (r"\bimpunity\b|go(?:es)? unpunished|get(?:s|ting)? away with|escap\w* justice|above the law"
     r"|(?:never|not|without|escap\w*|avoid\w*) fac\w* (?:any )?consequences|off the hook|scot-?free",
     "put an end to impunity most serious crimes must not go unpunished effective prosecution"),
    (r"\bdeter(?:rent|rence|s)?\b|\bprevent(?:ing)? (?:future )?(?:atrocities|crimes|genocide)\b|"
     r"prevention of (?:[\w'-]+ ){0,2}(?:crimes?|atrocities|genocide)",
     "put an end to impunity contribute to the prevention of such crimes"),
    (r"universal jurisdiction|(?:duty|obligation|responsibilit\w*) (?:of|for) (?:every |each )?" + _STATE
     + r" to (?:prosecute|punish|try|investigate)|" + _STATE
     + r" (?:must|should|have to|has to) (?:prosecute|punish|try) (?:these |such |international )?crim|" + _STATE
     + r" (?:[\w'-]+ ){0,2}(?:have|has) (?:a |the |any )?(?:duty|obligation) to (?:prosecute|punish|try|investigate)",
     "duty of every State to exercise its criminal jurisdiction over those responsible for international crimes"),
    (r"humanitarian intervention|(?:right|licen[cs]e|authori[sz]\w*|justif\w*) (?:[\w'-]+ ){0,3}(?:to )?(?:intervene|"
     r"invade|military intervention)|interfer\w* in (?:the |its |their )?(?:internal|domestic) affairs|"
     r"internal affairs",
     "nothing in this Statute authorizing any State Party to intervene in armed conflict internal affairs"),

    # ── Part 1: establishment of the Court (arts. 1–4) ─────────────────────────────────────
    (r"what (?:is|exactly is) (?:the )?(?:icc|international criminal court|rome statute)\b|what does the (?:icc|"
     r"international criminal court) do\b|\bpermanent (?:court|tribunal|institution)|\btemporary (?:court|tribunal)|"
     r"\bad hoc (?:court|tribunal)s?"
     r"|what (?:\w+ )?(?:is|does) (?:the )?(?:icc|international criminal court)\b"
     r"|^(?=.*\b(?:icc|court|tribunal))(?=.*\b(?:permanent|temporary|one (?:war|conflict)|ad hoc))",
     "International Criminal Court established permanent institution most serious crimes of international concern"),
    (r"relationship (?:with|to|between) (?:the )?(?:un|united nations)\b|(?:part of|an organ of|linked to|tied to|"
     r"connected to|independent (?:of|from)|related to|separate from) (?:the )?(?:un|united nations)\b|"
     r"(?-i:\bUN\b) (?:body|agency|court|organ)|is (?:the )?(?:icc|court) (?:an? )?(?:un|united nations)\b"
     r"|^(?=.*\b(?:icc|international criminal court|court))(?=.*\b(?:un|united nations))(?=.*\b(?:connect\w*|run|runs|part|agency|organ|relat\w*|link\w*|tied|control\w*|belong\w*|independent|separate))",
     "Court brought into relationship with the United Nations through an agreement"),
    (r"\bseat of the (?:icc|court)|where is (?:the )?(?:icc|court|international criminal court)\b|\bheadquarter|"
     r"\bthe hague\b|\bnetherlands\b|\bhost (?:state|country)\b(?!.*\b(?:prison|sentence|jail))|(?:icc|"
     r"court) (?:is )?(?:based|located|situated|housed)\b|which (?:city|country) .*\b(?:icc|court)\b",
     "seat of the Court The Hague in the Netherlands host State headquarters agreement"),
    (r"where (?:[\w'-]+ ){0,3}(?:trials?|hearings?) (?:[\w'-]+ )?(?:held|take place|happen|heard)|"
     r"place of (?:the )?trial"
     r"|^(?=.*\b(?:trials?|hearings?))(?=.*\b(?:where|which city|which country|always held|held in|hosts?|location|place|country of|happen\w* in))",
     "place of the trial shall be the seat of the Court unless otherwise decided"),
    (r"\b(?:sit|sits|sitting|hold (?:hearings|trials?|sessions?)|trials?|hearings?) (?:[\w'-]+ )?(?:outside|away from|"
     r"elsewhere|abroad)\b|outside (?:of )?(?:the hague|the netherlands)|\bin situ\b|(?:move|"
     r"relocate)\w* (?:the )?(?:trial|hearings?|proceedings|court) to\b"
     r"|^(?=.*\b(?:judges?|court|icc|trials?|hearings?))(?=.*\b(?:sit|hold|held|go|travel\w*|move|happen\w*))(?=.*\b(?:country where|elsewhere|on location|where the crimes|other than|outside|abroad|locally|in the country))",
     "Court may sit elsewhere whenever it considers it desirable place of the trial"),
    (r"(?:icc|court)'?s? legal (?:personality|capacity|status)|legal (?:personality|capacity|"
     r"status) of (?:the )?(?:icc|court)|(?:icc|court) (?:[\w'-]+ ){0,2}(?:an? )?legal (?:entity|person)|"
     r"international legal personality|(?:icc|court) (?:[\w'-]+ ){0,2}(?:sign|enter into|conclude) (?:contracts?|"
     r"agreements?|deals?)|(?:icc|court) (?:[\w'-]+ ){0,2}(?:own|buy|rent) (?:property|buildings?|land)|(?:icc|"
     r"court) (?:can |could |may )?(?:sue|be sued)\b|(?:icc|court) (?:[\w'-]+ ){0,2}(?:operate|work|act|"
     r"function)\w* (?:in|on the territory of) (?:other|any|another|foreign|non-?member) (?:countr|state)"
     r"|^(?=.*\b(?:icc|court))(?=.*\b(?:work\w*|operat\w*|function\w*|powers?|act))(?=.*\b(?:territor\w*|inside (?:any|a|other|another)))"
     r"|international legal person",
     "international legal personality legal capacity functions and powers on the territory of any State"),

    # ── Part 2: the crimes (arts. 5–8 bis) ──────────────────────────────────────────────────
    (r"which crimes|what crimes|crimes? (?:does|can|do|will) (?:the )?(?:icc|court)|kinds? of crimes|types? of crimes|"
     r"list of crimes|most serious crimes|worst crimes|core crimes|\bterroris[mt]|drug trafficking|\bcybercrime|"
     r"\bcorruption\b"
     r"|^(?=.*\b(?:kinds?|types?|sorts?|which|what))(?=.*\b(?:offen[cs]es|atrocities|crimes))(?=.*\b(?:icc|court|fall under|cover\w*|deal|handle))"
     r"|\bdrug (?:smuggl|deal|cartel)\w*|\bsmuggl\w*",
     "crimes within the jurisdiction of the Court genocide crimes against humanity war crimes aggression"),

    # Genocide (art. 6)
    (r"what (?:is|counts as|constitutes|qualifies as) (?:a )?genocide|difference between .*\bgenocide|"
     r"genocide (?:[\w'-]+ )?(?:mean|defined|definition|requires?)|\bis\b (?!there\b).*\bgenocide\W*$|wip(?:e|es|ed|"
     r"ing) out|destroy\w* (?:an? |the )?(?:ethnic|religious|racial|national) group|\bethnic(?:al)? (?:group|minorit)|"
     r"religious (?:group|minorit)|\bholocaust",
     "genocide intent to destroy in whole or in part national ethnical racial religious group"),
    (r"prevent\w* births|birth control|forced (?:abortions?|sterili[sz]ation)|\bsterili[sz]|(?:take|took|taking|"
     r"steal\w*|kidnap\w*|transfer\w*|remov\w*|abduct\w*) (?:[\w'-]+ ){0,2}(?:children|kids|"
     r"babies) (?:[\w'-]+ ){0,2}(?:away|from (?:their|the|a) (?:parents|families|group|community|tribe|people))|"
     r"(?:children|kids) (?:[\w'-]+ ){0,3}(?:to|into) another group",
     "measures intended to prevent births forcibly transferring children of the group enforced sterilization"),

    # Crimes against humanity (art. 7)
    (r"what (?:is|are|counts as|constitutes|qualifies as) (?:a )?crimes? against humanity|"
     r"difference between .*\bcrimes? against humanity|crimes? against humanity (?:[\w'-]+ )?(?:mean|defined|"
     r"definition|requires?|include)|\b(?:is|are)\b (?!there\b).*\bcrimes? against humanity\W*$"
     r"|(?:makes?|count\w*|consider\w*|classif\w*|amount\w* to|qualif\w*) .*\bcrimes? against humanity",
     "crimes against humanity widespread or systematic attack directed against any civilian population"),
    (r"\bwidespread\b|\bsystematic\b|(?:state|organi[sz]ational) polic(?:y|ies)|\bone-?off\b|isolated (?:incidents?|"
     r"acts?|crimes?|killings?)|single (?:incident|murder|killing)",
     "widespread or systematic attack course of conduct multiple commission State or organizational policy"),
    (r"\bmurder|\bmassacre|\bmass (?:killings?|murders?|executions?)|\bslaughter|\bexterminat|\bkilling\b",
     "murder extermination wilful killing killing members of the group destruction of part of a population"),
    (r"\bslave|\btraffick|forced labou?r|\bservitude|\bbonded labou?r",
     "enslavement right of ownership over a person trafficking in persons women and children sexual slavery"),
    (r"\bdeport|ethnic cleansing|\bdisplac|\brefugees?\b|\bexpulsion|forc\w* (?:[\w'-]+ ){0,2}(?:people|civilians|"
     r"residents|population|villagers|inhabitants|families|minorit\w*|them) (?:[\w'-]+ ){0,2}(?:move|leave|flee|out)\b|"
     r"(?:expel|driv|chas)\w* (?:[\w'-]+ ){0,2}(?:people|civilians|residents|population|villagers|inhabitants|"
     r"minorit\w*) (?:[\w'-]+ ){0,2}(?:out|from|away)",
     "deportation or forcible transfer of population forced displacement expulsion ordering the displacement"),
    (r"\b(?:arbitrary|illegal|unlawful|mass|indefinite) (?:detention|imprisonment|arrests?|internment)|"
     r"political prisoners?|\binternment|(?:detention|concentration|prison) camps?|without (?:charge|trial)\b"
     r"|^(?=.*\b(?:jail\w*|imprison\w*|lock\w* up|detain\w*|round\w* up))(?=.*\b(?:opponents|dissidents|activists|protesters|critics|thousands|political))",
     "imprisonment or other severe deprivation of physical liberty in violation of fundamental rules"),
    (r"what (?:is|counts as|constitutes) torture|\bis\b (?!there\b).*\btorture\W*$|torture (?:mean|defined|definition)|"
     r"\btortur(?:e|ed|ing) (?:[\w'-]+ ){0,2}(?:prisoners|detainees|civilians|people|captives)|waterboard|(?:beat\w*|"
     r"abus\w*|mistreat\w*|maltreat\w*) (?:of )?(?:prisoners|detainees|captives|inmates)|prisoner abuse",
     "torture intentional infliction of severe pain or suffering physical or mental inhuman treatment"),
    (r"\brape\b|\braped\b|\braping\b|sexual (?:violence|abuse|assault|crimes?|slavery|exploitation|attacks?)|"
     r"sex(?:ual)? slave|\bmolest",
     "rape sexual slavery enforced prostitution forced pregnancy enforced sterilization sexual violence"),
    (r"\bprostitut|forc\w* (?:[\w'-]+ )?into (?:sex|marriage)|forced marriage",
     "enforced prostitution sexual slavery sexual violence of comparable gravity"),
    (r"forced pregnan|forcibly (?:made )?(?:pregnant|impregnat)|forc\w* (?:[\w'-]+ ){0,3}pregnan|\bimpregnat|"
     r"pregnan\w* (?:[\w'-]+ ){0,4}(?:crimes?|forced|rape|war|ethnic)",
     "forced pregnancy unlawful confinement of a woman forcibly made pregnant ethnic composition"),
    (r"\bpersecut|\bdiscriminat|target\w* (?:[\w'-]+ ){0,3}(?:because of|on account of|for) (?:their|his|"
     r"her) (?:religion|race|ethnicity|politics|political|beliefs?|gender|culture|sexual)",
     "persecution identifiable group political racial national ethnic cultural religious gender grounds"),
    (r"defin\w* (?:[\w'-]+ ){0,2}gender|\bgender\b (?:[\w'-]+ ){0,2}(?:mean|defin\w*)|\blgbt\w*|\bgay\b|\blesbians?\b|"
     r"\bhomosexual|\btransgender|non-?binary|gender identity|sexual orientation",
     "term gender refers to the two sexes male and female context of society"),
    (r"(?:enforced|forced) disappearance|mak\w* (?:[\w'-]+ ){0,2}disappear|"
     r"disappear\w* (?:of )?(?:[\w'-]+ ){0,2}(?:people|persons|activists|dissidents|opponents|journalists|civilians|"
     r"victims)|(?:people|persons|activists|dissidents|opponents|journalists|civilians) (?:[\w'-]+ ){0,3}disappear|"
     r"\babduct|\bkidnap|secret (?:detention|prisons?)"
     r"|\bvanish\w*|secret police",
     "enforced disappearance of persons arrest detention or abduction refusal to acknowledge fate or whereabouts"),
    (r"\bapartheid|racial (?:domination|segregation)|\bsegregat",
     "crime of apartheid institutionalized regime of systematic oppression and domination by one racial group"),
    (r"inhumane acts?|other inhumane|cruel (?:treatment|acts)|great suffering|\batrocit",
     "other inhumane acts intentionally causing great suffering or serious injury to body or mental health"),

    # War crimes (art. 8): the general notion, then the acts of art. 8(2)
    (r"what (?:is|are|counts as|constitutes|qualifies as) (?:a )?war crimes?|difference between .*\bwar crimes?|"
     r"war crimes? (?:[\w'-]+ )?(?:mean|defined|definition|include)|\b(?:is|are)\b (?!there\b).*\bwar crimes?\W*$",
     "war crimes grave breaches of the Geneva Conventions plan or policy large-scale commission"),
    (r"geneva conventions?|laws? of war|rules of (?:war|engagement)|laws and customs|international humanitarian law|"
     r"\bihl\b",
     "grave breaches of the Geneva Conventions serious violations of the laws and customs of armed conflict"),
    (r"\bcivilians?\b|non-?combatants?|innocent (?:people|bystanders)|\bvillagers\b",
     "intentionally directing attacks against the civilian population individual civilians not taking direct part"),
    (r"civilian (?:objects|infrastructure|targets|homes|houses|buildings)|(?:critical|energy|water|"
     r"electric\w*) (?:infrastructure|grid|supply|supplies)|(?:attack\w*|bomb\w*|strik\w*|target\w*|destroy\w*|"
     r"hit\w*) (?:[\w'-]+ ){0,3}(?:infrastructure|power (?:plants?|stations?|grid))|military (?:objectives?|targets?)|"
     r"legitimate targets?",
     "attacks against civilian objects objects which are not military objectives"),
    (r"collateral damage|\bproportionality\b|disproportionate (?:attacks?|force|harm|civilian)|incidental (?:loss|harm|"
     r"civilian|deaths?)|civilian (?:casualties|deaths)|excessive (?:civilian|force|harm)|military advantage",
     "incidental loss of life or injury to civilians clearly excessive overall military advantage anticipated"),
    (r"\bbomb(?:s|ed|ing|ings|ard\w*)?\b|\bair ?strikes?|\bshell(?:ing|ed)\b|(?:drone|missile|rocket|"
     r"artillery) (?:strikes?|attacks?|fire|barrages?)|(?:drones?|missiles?|rockets?|"
     r"artillery)\b (?:[\w'-]+ ){0,4}(?:civilians?|towns?|villages?|cit(?:y|ies)|homes?|houses?)|undefended (?:towns?|"
     r"villages?|cit)",
     "attacking or bombarding by whatever means towns villages dwellings or buildings which are undefended"),
    (r"(?:attack|bomb|shell|strik|struck|target|destroy|hit|raid|shoot|shot|fir(?:e|ed|ing) on|loot|damag|"
     r"demolish)\w* (?:[\w'-]+ ){0,3}(?:hospitals?|schools?|churche?s?|mosques?|temples?|synagogues?|shrines?|"
     r"monuments?|museums?|universit(?:y|ies)|cultural (?:property|sites?|heritage)|heritage sites?|historic (?:sites?|"
     r"buildings?))\b|(?:hospitals?|schools?|churche?s?|mosques?|temples?|synagogues?|shrines?|monuments?|museums?|"
     r"universit(?:y|ies)|cultural (?:property|sites?|heritage)|heritage sites?)\b (?:[\w'-]+ ){0,4}(?:attack\w*|"
     r"bomb\w*|shell\w*|struck|target\w*|destroy\w*|hit|raid\w*|war crimes?|protected|legitimate)",
     "attacks against buildings dedicated to religion education art science historic monuments hospitals"),
    (r"\bambulances?\b|\bmedics?\b|\bmedical (?:staff|personnel|units?|workers?|transport|convoys?)|red cross|"
     r"red crescent|\bemblems?\b|(?:attack\w*|target\w*|shoot\w*|shot|kill\w*) (?:[\w'-]+ ){0,2}(?:doctors?|nurses?)",
     "attacks against medical units and transport personnel using the distinctive emblems of the Geneva Conventions"),
    (r"peace-?keep|\bblue helmets|humanitarian (?:aid|workers?|missions?|convoys?|staff|assistance|organi[sz]ations?|"
     r"personnel)|aid (?:workers?|convoys?|trucks?)",
     "attacks against personnel installations vehicles involved in a humanitarian assistance or peacekeeping mission"),
    (r"\becocide|(?:environment\w*|ecolog\w*)\b (?:[\w'-]+ ){0,5}(?:crimes?|damage|destr\w*|war|attack\w*|icc|court|"
     r"prosecut\w*|statute)|(?:damag\w*|destr\w*|harm\w*|attack\w*|pollut\w*|"
     r"devastat\w*) (?:[\w'-]+ ){0,3}(?:the )?(?:natural )?environment|oil (?:spills?|fires?|wells?)",
     "widespread long-term and severe damage to the natural environment clearly excessive"),
    (r"\bstarv|\bfamine|\bsiege|block\w* (?:food|aid|humanitarian|relief)|cut\w* off (?:food|water|aid|supplies)|"
     r"relief supplies|food as a weapon",
     "starvation of civilians method of warfare objects indispensable to their survival impeding relief supplies"),
    (r"\bhostages?\b|\bransom\b", "taking of hostages"),
    (r"human shields?|(?:civilians|people|children|prisoners) as (?:human )?(?:shields?|cover)",
     "utilizing the presence of a civilian or other protected person to render military forces immune"),
    (r"\bpillag|\bloot(?:s|ed|ing)?\b|\bplunder|\bsack(?:ed|ing)? (?:of )?(?:a |the )?(?:towns?|cit(?:y|ies)|"
     r"villages?)",
     "pillaging a town or place even when taken by assault"),
    (r"destr\w* (?:of )?(?:[\w'-]+ )?(?:property|homes|houses|towns|villages|cities|crops)|\braz(?:e|ed|"
     r"ing) (?:[\w'-]+ )?(?:villages?|homes|towns?)|burn\w* (?:down )?(?:[\w'-]+ )?(?:villages?|homes|houses|towns?)|"
     r"scorched earth|military necessity|confiscat\w* (?:enemy|civilian) property",
     "extensive destruction and appropriation of property not justified by military necessity destroying or seizing"),
    (r"prisoners? of war|\bpows?\b|captured (?:soldiers?|enemy|combatants?|fighters?)|enemy (?:soldiers?|"
     r"fighters?) (?:[\w'-]+ )?captured",
     "prisoner of war protected person compelling to serve in forces of a hostile Power fair trial"),
    (r"no quarter|no survivors|take no prisoners|(?:soldiers?|combatants?|fighters?|enem(?:y|ies)|troops) (?:who|"
     r"that) (?:[\w'-]+ )?(?:surrender|gave up)|surrender(?:ed|ing) (?:soldiers?|combatants?|fighters?|troops)|"
     r"laid down (?:their|his) arms|hors de combat|wounded (?:soldiers?|combatants?|fighters?)",
     "killing or wounding a combatant who has laid down his arms surrendered no quarter"),
    (r"\bperfid|\btreacher|\bambush|pretend\w* (?:to be )?(?:[\w'-]+ ){0,2}(?:civilians?|red cross|medics?|"
     r"peacekeepers|surrender\w*|wounded|dead)|(?:fake|false|misuse of the) (?:white )?flags?|white flag|flag of truce|"
     r"enemy(?:'s)? uniforms?|(?:disguis\w*|pos\w*|dress\w*) (?:[\w'-]+ ){0,2}as (?:civilians|the enemy|medics|"
     r"peacekeepers|(?:un|red cross))",
     "improper use of a flag of truce insignia and uniform of the enemy killing treacherously"),
    (r"\bmutilat|(?:medical|human|scientific) experiments?|experiment\w* on (?:people|prisoners|humans|detainees)|"
     r"organ harvest",
     "physical mutilation medical or scientific experiments seriously endanger the health of such person"),
    (r"\bhumiliat|\bdegrading\b|outrages? (?:upon|on|against) (?:personal )?dignity|desecrat|\bcorpses?\b|dead bodies",
     "committing outrages upon personal dignity humiliating and degrading treatment"),
    (r"summary executions?|execut\w* (?:[\w'-]+ ){0,2}without (?:a |any )?(?:fair )?trial|extra-?judicial|"
     r"kangaroo courts?|show trials?",
     "passing of sentences and carrying out of executions without previous judgement regularly constituted court"),
    (r"forc\w* (?:[\w'-]+ ){0,2}to fight (?:against )?(?:their|his|her) own|fight against (?:their|his|"
     r"her) own (?:country|people|side)",
     "compelling nationals of hostile party take part in operations of war against their own country"),
    (r"(?:abolish|suspend|deny|denie)\w* (?:[\w'-]+ ){0,3}(?:rights|access to (?:the )?courts?) (?:of|for|to) (?:enemy|"
     r"hostile|foreign)|(?:enemy|hostile|foreign) (?:nationals|citizens|"
     r"civilians) (?:[\w'-]+ ){0,3}(?:access to (?:the )?courts?|rights)|(?:deny|denie|abolish|"
     r"suspend)\w* (?:[\w'-]+ ){0,4}access to (?:the )?courts",
     "declaring abolished suspended inadmissible in a court of law rights of nationals of hostile party"),
    (r"child(?:ren)? (?:soldiers?|combatants?|fighters?)|\bboy soldiers?|(?:recruit|conscript|enlist|draft|"
     r"us)\w* (?:of )?(?:child|children|kids?|minors?|boys|girls|teen\w*|under-?(?:15|fifteen|age)s?)\b|(?:child|"
     r"children|kids?|minors?) (?:in|into|to) (?:the )?(?:army|armed|war|fight|militias?|combat|battle)|"
     r"under (?:the age of )?(?:15|fifteen)\b",
     "conscripting or enlisting children under the age of fifteen years participate actively in hostilities"),
    # Prohibited weapons (art. 8(2)(b)(xvii)–(xx), (xxvii)–(xxix); (e)(xiii)–(xviii))
    (r"\bpoison|chemical (?:weapons?|attacks?|warfare|agents?)|(?:poison|toxic|nerve|mustard|tear|chlorine) gas|"
     r"gas(?:sed|sing)? (?:attacks?|weapons?|chambers?)|\bgassed\b|nerve agents?|\bsarin\b",
     "employing poison or poisoned weapons asphyxiating poisonous or other gases analogous liquids materials devices"),
    (r"biological (?:weapons?|agents?|warfare|attacks?)|\bbio-?weapons?|germ warfare|\btoxins?\b|"
     r"\bmicrob\w* (?:weapons?|agents?)|viruse?s? as (?:a )?weapons?|\bweaponi[sz]\w* (?:[\w'-]+ )?(?:virus|disease|"
     r"bacteria|germs)|\banthrax",
     "weapons which use microbial or other biological agents or toxins"),
    (r"dum-?dum|hollow[- ]?points?|expanding bullets?|bullets? (?:that|which) (?:expand|flatten|mushroom)",
     "bullets which expand or flatten easily in the human body"),
    (r"laser (?:weapons?|guns?|blind\w*)|blinding (?:lasers?|weapons?)|permanent(?:ly)? blind",
     "laser weapons specifically designed to cause permanent blindness to unenhanced vision"),
    (r"(?:weapons?|fragments?|shrapnel|bombs?)\b (?:[\w'-]+ ){0,4}x-?rays?|x-?rays? (?:[\w'-]+ ){0,3}(?:weapons?|"
     r"fragments?|shrapnel)|undetectable (?:fragments|shrapnel|weapons?)",
     "weapons primary effect to injure by fragments which escape detection by X-rays"),
    (r"\bnuclear (?:weapons?|bombs?|arms|attacks?|strikes?|war)|\bnukes?\b|\batomic (?:bombs?|weapons?)|land ?mines?|"
     r"cluster (?:bombs?|munitions)|\bnapalm|white phosphorus|\bincendiar|(?:banned|prohibited|illegal|"
     r"forbidden) weapons?|which weapons|weapons? (?:are|is) (?:banned|prohibited|illegal|forbidden)|"
     r"weapons of mass destruction",
     "weapons projectiles methods of warfare superfluous injury unnecessary suffering inherently indiscriminate annex"),
    # Armed conflicts not of an international character (art. 8(2)(c)–(f), 8(3))
    (r"civil wars?|internal (?:armed )?conflicts?|non-?international|\brebels?\b|\brebellion|\binsurgen|\bmilitias?\b|"
     r"armed groups?|\bguerrill|\bcoups?\b",
     "armed conflict not of an international character protracted armed conflict organized armed groups"),
    (r"\briots?\b|\bprotests?\b|\bprotesters\b|\bdemonstrators\b|(?:street|mass|peaceful|political) demonstrations|"
     r"internal disturbances|\bunrest\b|\bcrackdowns?\b|police (?:violence|brutality)",
     "internal disturbances and tensions riots isolated and sporadic acts of violence attack on civilian population"),
    (r"law and order|counter-?insurgen|(?:fight\w*|put\w* down|crush\w*|suppress\w*) (?:[\w'-]+ ){0,2}(?:rebellion|"
     r"insurgen\w*|uprising|separatists?|secession)|\bsecession|\bseparatis|unity of the (?:state|country)",
     "responsibility of a Government to maintain or re-establish law and order defend territorial integrity"),

    # Crime of aggression (arts. 8 bis, 15 bis, 15 ter)
    (r"\binvasion|\binvad|\baggressor|what (?:is|counts as|constitutes) (?:an? |the )?(?:crime of |act of )?aggression|"
     r"aggression (?:[\w'-]+ )?(?:mean|defined|definition)|\bis\b (?!there\b).*\baggression\W*$|\bannex(?:ation|ed|"
     r"ing)\b|attack\w* (?:another|a neighbou?ring|a foreign|other) (?:country|state|nation)|\bact of war|"
     r"wars? of (?:conquest|aggression)|start\w* (?:a |an )?wars?\b|\bunprovoked|military occupation|\bblockade"
     r"|(?:start\w*|launch\w*|wag\w*|begin\w*) (?:[\w'-]+ ){0,2}(?:illegal |unlawful |aggressive |unprovoked )?wars?\b|illegal wars?|war of (?:conquest|aggression)|\binva(?:de|des|ded|ding|sion)\b|crime of aggression",
     "crime of aggression act of aggression use of armed force against sovereignty territorial integrity Charter"),
    (r"(?:who|which (?:people|persons|leaders)) can be (?:charged|prosecuted|tried|guilty) (?:with |"
     r"for )?(?:the crime of )?aggression|aggression .*\b(?:soldiers?|generals?|leaders?|officers?|troops)\b|"
     r"\b(?:soldiers?|generals?|leaders?|officers?|troops)\b.*\baggression",
     "crime of aggression person in a position to exercise control over political or military action"),
    (r"aggression .*\b(?:jurisdiction|non-?(?:member|part)|opt|activat\w*|kampala|when|thirty|30|security council|"
     r"ratif\w*)|\bkampala|activat\w* (?:of )?(?:the )?(?:jurisdiction|aggression)"
     r"|^(?=.*\b(?:aggression|invasion|invad\w*))(?=.*\b(?:without (?:the )?(?:security council|un)|refer\w*|opt[- ]?in|opt[- ]?out|non-?member|not (?:a )?(?:member|party)|accept\w*|jurisdiction|prosecutor|security council|handle|charged|activat\w*|kampala|un|united nations|decid\w*|determin\w*|finding|bound))",
     "jurisdiction over the crime of aggression thirty States Parties declaration Security Council determination"),
    (r"\bmercenar|armed bands|\bproxy (?:forces|wars?|militias?)|private military|send\w* (?:armed )?(?:groups|"
     r"fighters|militias)",
     "sending by or on behalf of a State of armed bands groups irregulars or mercenaries"),
    (r"(?:allow|let|lend)\w* (?:[\w'-]+ ){0,4}(?:territory|land|airspace|bases?) (?:[\w'-]+ ){0,3}(?:used|to attack|"
     r"to invade)",
     "State allowing its territory placed at the disposal of another State act of aggression"),
    (r"declar\w* (?:of )?war|without (?:declaring|a declaration of) war|\bwar (?:[\w'-]+ ){0,3}declared|"
     r"formal(?:ly)? declar",
     "regardless of a declaration of war act of aggression"),

    # ── Part 2: jurisdiction, admissibility and applicable law (arts. 9–21) ───────────────
    # Elements of Crimes; other rules of international law (arts. 9–10)
    (r"elements of crimes?|(?:what|which) (?:exactly )?(?:has|must|needs?) to be (?:proven|proved|"
     r"shown) (?:[\w'-]+ ){0,4}(?:crimes?|genocide|war crimes?|guilt|convict\w*|murder)\b|how (?:are|"
     r"is) (?:the )?crimes? (?:defined|interpreted)|definitions? of (?:the )?crimes"
     r"|checklist|what (?:must|has to|needs to) be (?:proven|proved)|ingredients of|breaks? down each crime|elements? of (?:each|the|a) crime",
     "Elements of Crimes assist the Court in the interpretation and application adopted by two-thirds majority"),
    (r"customary (?:international )?law|(?:existing|other|general|developing) rules of international law|(?:limit|"
     r"restrict|prejudic|affect|replace|override)\w* (?:[\w'-]+ ){0,2}international law"
     r"|^(?=.*\b(?:limit\w*|restrict\w*|overrid\w*|prevent\w*|prejudic\w*|freez\w*|affect\w*|beyond))(?=.*\b(?:international law|customary (?:international )?law|development of (?:international )?law|evolv\w*))",
     "Nothing shall be interpreted as limiting or prejudicing existing or developing rules of international law"),
    # When and where: temporal and territorial reach, non-party States (arts. 11–12)
    (r"retroactiv|ex post facto|(?:past|old|historic(?:al)?|earlier) (?:crimes|atrocities|conflicts|wars)|"
     r"crimes? committed (?:before|prior)|before (?:the )?(?:icc|court|statute|treaty|it) (?:existed|was (?:created|"
     r"set up|established)|came into (?:force|being|effect)|started)|\bbefore (?:july )?(?:1998|2002)|"
     r"before (?:[\w'-]+ ){0,2}(?:joined|ratified|became a (?:member|party))"
     r"|^(?=.*\b(?:crimes?|atrocities|acts?|things|offen[cs]es|events|prosecut\w*))(?=.*\b(?:(?:before|prior to) (?:it|the (?:court|icc|statute|treaty)|2002|joining|they joined|it joined)|19\d0s|from (?:what|which) date|(?:how far|how long) back|back in time|old cases|decades ago|past crimes|historic(?:al)? (?:crimes|atrocities|cases)))",
     "jurisdiction ratione temporis crimes committed after the entry into force of this Statute for that State"),
    (r"non-?(?:member|party|signatory|signatories|states? parties)|not (?:a )?(?:member|party|signatory)\b|(?:hasn'?t|"
     r"haven'?t|has not|have not|never|didn'?t|did not) (?:joined|signed|ratified)|outside (?:of )?the (?:icc|"
     r"rome statute|treaty|statute)|ad hoc (?:declaration|acceptance|arrangement)"
     r"|^(?=.*\b(?:non-?member|not (?:a )?(?:member|party)|never joined|outside the (?:icc|court)))(?=.*\b(?:accept\w*|consent\w*|agree\w*|one-?off|opt in|declaration|recogni[sz]\w*))",
     "State not a Party to this Statute accept the exercise of jurisdiction declaration ad hoc arrangement"),
    (r"(?:citizens?|nationals?) of (?:a |an )?(?:non-?member|non-?party|member|state party|another|other|foreign)|"
     r"(?:territory|soil) of (?:a |an )?(?:member|state party|non)|crimes? (?:[\w'-]+ ){0,4}(?:ships?|vessels?|"
     r"aircraft|planes?|boats?)\b|(?:on|aboard) (?:a |an )?(?:ship|vessel|aircraft|plane|boat)\b|registered (?:ships?|"
     r"vessels?|aircraft)|where (?:the )?crimes? (?:was|were|are|is|took place|happened|committed)|"
     r"nationality of the (?:accused|perpetrator|suspect)"
     r"|^(?=.*\b(?:crimes?|suspects?|accused|someone|they))(?=.*\b(?:member (?:country|state)|state party|non-?member|nationality|national of|citizens? of|territory|soil))(?=.*\b(?:happen\w*|committed|occur\w*|tried|prosecut\w*|nationality|citizen\w*))",
     "preconditions territory on which the conduct occurred vessel or aircraft State of which accused is national"),
    # Who starts a case: referrals, Security Council, the Prosecutor (arts. 13–15); deferral (art. 16)
    (r"who can (?:start|open|trigger|refer|launch|initiate|bring) (?:[\w'-]+ ){0,2}(?:cases?|investigations?|"
     r"situations?|proceedings|prosecutions?)|how (?:do|does|can|is|are) (?:an? |the )?(?:cases?|investigations?|"
     r"situations?) (?:start|begin|get to|come|opened|triggered|initiated|brought)|\breferr(?:al|als|ed|ing)\b|"
     r"trigger mechanisms?"
     r"|^(?=.*\b(?:send|sends|refer\w*|bring|brings|submit\w*|trigger\w*|start\w*|kick\w* off|set\w* in motion|get\w* to))(?=.*\b(?:icc\b|international criminal court|the court|this court|situation|jurisdiction|authority))(?=.*\b(?:who|how|ways?|which))",
     "exercise of jurisdiction situation referred to the Prosecutor by State Party Security Council proprio motu"),
    (r"(?:country|countries|state|states|government)s? (?:[\w'-]+ )?(?:refer|report|send|bring|hand)\w* (?:a |the |"
     r"its )?(?:situation|case|crimes?)|self-?referr|refer\w* (?:itself|its own)"
     r"|^(?=.*\b(?:countr\w*|states?|nations?|governments?))(?=.*\b(?:ask\w*|report\w*|refer\w*|complain\w*|turn\w* in|denounc\w*))(?=.*\b(?:icc|court|prosecutor))"
     r"|self-?refer\w*",
     "State Party may refer to the Prosecutor a situation requesting the Prosecutor to investigate"),
    (r"security council|\bunsc\b|\bveto\b|permanent members|\bp5\b",
     "Security Council acting under Chapter VII of the Charter of the United Nations referred"),
    (r"proprio motu|\bprosecutor\b.*\b(?:own initiative|on (?:his|her|its) own|by (?:himself|herself|itself)|"
     r"without (?:a |any )?referr)|(?:icc|court) .*\bon its own\b"
     r"|^(?=.*\b(?:prosecutor))(?=.*\b(?:own (?:initiative|accord)|on (?:their|his|her|its) own|by (?:themselves|himself|herself)|permission|approv\w*|green light|authori[sz]\w*|without (?:a )?referral|independently))",
     "Prosecutor may initiate investigations proprio motu authorization Pre-Trial Chamber reasonable basis"),
    (r"(?:can|could|may|how (?:do|does|can|could)) (?:i|we|individuals?|victims?|ngos?|citizens?|ordinary people|"
     r"anyone|someone|a person|people|journalists?) (?:[\w'-]+ )?(?:(?:file|lodge|submit|make|bring|send) (?:a |"
     r"an )?(?:complaint|case|report|communication|petition)|complain|sue\b|report (?:[\w'-]+ )?crimes?|"
     r"send (?:[\w'-]+ )?(?:information|evidence))|file (?:a )?complaints? (?:[\w'-]+ ){0,2}(?:icc|court|prosecutor)|"
     r"(?:submit|send|give|pass)\w* (?:[\w'-]+ )?(?:information|evidence|a complaint) to the (?:icc|court|prosecutor)|"
     r"report\w* (?:[\w'-]+ ){0,2}crimes? to (?:the )?(?:icc|court|prosecutor)|preliminary (?:examination|"
     r"investigation|inquiry)"
     r"|^(?=.*\b(?:journalists?|ngos?|activists?|victims?|civil society|charit\w*|members? of the public|ordinary (?:people|citizens)|individuals?|anyone|citizens?))(?=.*\b(?:send\w*|submit\w*|give|hand\w*|pass\w*|file\w*|report\w*|tip\w*|complain\w*|provide|share|alert\w*))(?=.*\b(?:prosecutor|icc|court))",
     "information on crimes seriousness non-governmental organizations reliable sources preliminary examination"),
    (r"\bdefer(?:ral|red|ring|s)?\b|\bsecurity council .*(?:stop|halt|pause|suspend|block|delay|postpone|freeze|hold)|"
     r"(?:stop|halt|pause|suspend|block|delay|postpone|freeze)\w* (?:[\w'-]+ ){0,2}(?:investigations?|prosecutions?|"
     r"probes?)\b|(?:investigations?|prosecutions?|cases?|probes?) on hold|on hold (?:[\w'-]+ ){0,3}(?:investigations?|"
     r"prosecutions?|cases?)",
     "deferral of investigation or prosecution 12 months Security Council resolution Chapter VII renewed"),
    # Admissibility and complementarity (arts. 17–19); ne bis in idem (art. 20)
    (r"national courts?|domestic courts?|own courts?|(?:local|national|domestic) (?:trials?|prosecutions?|justice|"
     r"judicial system)|complementar|\bdomestically\b|(?:its|their) own (?:trials?|prosecutions?|courts?)|(?:trial|"
     r"tried|prosecut\w*|investigat\w*) (?:[\w'-]+ ){0,2}at home\b|already (?:being )?(?:tried|prosecuted|"
     r"investigated)|\b(?:in)?admissib\w*(?! (?:of |or relevance of )?(?:the )?evidence)|court of last resort"
     r"|^(?=.*\b(?:icc|court))(?=.*\b(?:backup|back-?up|replac\w*|last resort|substitute|instead of|take over|overrid\w*))(?=.*\b(?:national|local|domestic|home|countr\w*|their own))"
     r"|^(?=.*\b(?:case|crime|situation|suspect))(?=.*\b(?:already (?:being )?(?:handl|investigat|prosecut|tri|look|deal)\w*|own (?:courts?|investigation|trial)|domestic\w* (?:court|trial|prosecution)|national (?:court|trial|prosecution|investigation)s?))",
     "complementary to national criminal jurisdictions admissibility unwilling or unable genuinely to prosecute"),
    (r"\bunwilling|\bsham\b|\bshow trials?|\bfake (?:trials?|investigations?|prosecutions?)|\bwhitewash|"
     r"shield\w* (?:[\w'-]+ ){0,2}(?:from|accused|suspects?|officials?)|cover-?ups?|\bprotect\w* (?:their|"
     r"its) own (?:officials|soldiers|troops|leaders|generals|people|nationals|citizens)",
     "unwillingness shielding from criminal responsibility unjustified delay not conducted independently impartially"),
    (r"\bunable (?:[\w'-]+ ){0,2}(?:to )?(?:prosecute|investigate)|\binability\b|(?:justice|judicial|legal|"
     r"court) system (?:[\w'-]+ )?(?:collapsed|collapse|failed|broken|destroyed|doesn'?t work)|collapse of (?:the |"
     r"its )?(?:national )?(?:judicial|justice|legal)|failed states?",
     "inability total or substantial collapse or unavailability of national judicial system obtain the accused"),
    (r"gravity of (?:the )?(?:crimes?|case|situation|offen[cs]es?)|sufficient gravity|not (?:serious|grave|important|"
     r"big) enough|(?:small|minor|petty|low-level|isolated) (?:cases?|crimes?|offen[cs]es|perpetrators)|(?:big|top|"
     r"senior|high-level) fish"
     r"|too (?:minor|small|trivial|petty|insignificant)|(?:minor|small-?scale|petty|low-?level) (?:cases?|crimes?|offen[cs]es)|not (?:serious|grave|big) enough",
     "case is not of sufficient gravity to justify further action by the Court"),
    (r"notif\w* (?:[\w'-]+ ){0,2}(?:states|countries)|(?:step|back|stand)\w* (?:back|off|down|"
     r"aside) (?:[\w'-]+ ){0,3}(?:investigation|national|state|country)|(?:country|state|"
     r"government)\w* (?:[\w'-]+ )?(?:ask|request)\w* (?:[\w'-]+ )?(?:prosecutor|icc|court) to (?:defer|wait|hold off)|"
     r"preliminary rulings?|\b(?:back|backs|backed) off\b|investigating (?:itself|its own|their own)"
     r"|^(?=.*\b(?:prosecutor|icc|court))(?=.*\b(?:tell|notif\w*|inform\w*|notice|warn\w*|heads up|back off|defer\w*|hand\w* (?:it |the case )?back|let (?:it|them|the (?:state|country)) (?:investigate|handle)|step aside))(?=.*\b(?:countr\w*|states?|governments?|them))",
     "Prosecutor shall notify all States Parties within one month defer to the State's investigation"),
    (r"challeng\w* (?:[\w'-]+ ){0,3}jurisdiction|(?:contest|dispute|object\w* to|"
     r"question)\w* (?:[\w'-]+ ){0,2}jurisdiction|(?:no|lacks?|without) jurisdiction|(?:argue|"
     r"claim)\w* (?:that )?(?:the )?(?:icc|court) (?:has|had) no"
     r"|^(?=.*\b(?:challeng\w*|contest\w*|object\w*|disput\w*|argu\w*))(?=.*\b(?:jurisdiction|authority|admissib\w*|(?:can|could|should) (?:hear|try|handle|take)|no (?:right|power)|heard at home|(?:belongs?|be heard|be tried) (?:at home|in (?:a |the )?(?:national|domestic|local))))",
     "challenges to the jurisdiction of the Court or admissibility of a case challenged only once"),
    (r"double jeopardy|ne bis in idem|(?:tried|prosecuted|punished|convicted|charged) twice|twice for the same|"
     r"tried again|re-?tried|same (?:crimes?|conduct|offen[cs]es|acts)|(?:acquitted|found not guilty|"
     r"cleared) (?:[\w'-]+ ){0,4}(?:again|another court|national court|at home)",
     "ne bis in idem tried by another court for conduct already convicted or acquitted"),
    # Applicable law (art. 21)
    (r"applicable law|sources? of law|(?:which|what) laws? (?:does|do|will|is|are|apply|applies|govern)|(?:apply|use|"
     r"follow)\w* (?:[\w'-]+ )?(?:national|domestic|local|sharia|religious|customary) laws?|\bprecedents?\b|case law|"
     r"(?:own |its )?(?:previous|past|earlier) (?:decisions|rulings|judgments|judgements)|general principles of law",
     "applicable law Statute Elements of Crimes Rules treaties principles of international law previous decisions"),
    (r"internationally recognized human rights|(?:respect|consistent with|violat\w*|breach\w*) (?:of )?human rights|"
     r"(?:apply|respect|bound by|follow)\w* (?:[\w'-]+ ){0,2}human rights|without (?:any )?(?:adverse )?(?:discriminat|"
     r"distinction)|(?:race|religion|colou?r|wealth|sex|gender|ethnicity) (?:[\w'-]+ ){0,3}(?:treated (?:equally|"
     r"differently)|equal treatment)",
     "consistent with internationally recognized human rights without adverse distinction gender age race religion"),

    # ── Part 3: general principles of criminal law (arts. 22–33) ──────────────────────────
    # No crime or punishment without law; non-retroactivity (arts. 22–24)
    (r"nullum crimen|(?:wasn'?t|was not|weren'?t|were not|not) (?:yet )?(?:illegal|a crime|criminal|against the law|"
     r"prohibited|forbidden) (?:back )?then|(?:wasn'?t|was not|not) (?:a crime|illegal|criminal) at the time|"
     r"no crime without|by analogy|(?:vague|ambiguous|unclear) (?:definitions?|laws?|wording|crimes?)|"
     r"strictly (?:construed|interpreted)|(?:stretch|broaden|extend)\w* (?:[\w'-]+ )?definitions?"
     r"|(?:legal|lawful|allowed|not (?:a )?crime|not illegal) (?:[\w'-]+ ){0,3}(?:when|at the time)|(?:unclear|ambiguous|vague|doubt\w*) (?:[\w'-]+ ){0,4}(?:favou?r|benefit|help)\w* (?:the )?(?:accused|defendant|suspect)|not (?:listed|defined|written|mentioned) (?:as a )?crimes?|invent\w* (?:[\w'-]+ ){0,2}(?:new )?crimes?|by analogy",
     "nullum crimen sine lege crime at the time it takes place strictly construed analogy ambiguity"),
    (r"nulla poena|(?:punish\w*|penalt\w*|sentenc\w*) (?:[\w'-]+ ){0,3}not (?:in|listed|provided|set out|"
     r"found) (?:in )?(?:the )?statute|(?:invent|make up|creat)\w* (?:new )?(?:punishments|penalties)"
     r"|^(?=.*\b(?:punish\w*|penalt\w*|sentences?))(?=.*\b(?:not (?:written|listed|provided|found|mentioned|in)|made up|make up|invent\w*|limited to|outside (?:the )?statute|beyond (?:the )?statute|what the statute says))",
     "nulla poena sine lege person convicted may be punished only in accordance with this Statute"),
    (r"(?:law|definition)s? (?:[\w'-]+ )?(?:changes?|changed|amended)|change in the law|(?:more|most) (?:favou?rable|"
     r"lenient) (?:law|rule|penalty|version)|lighter (?:law|penalty)|lex mitior"
     r"|retroactiv\w*|(?:convict\w*|prosecut\w*|tried|punish\w*) (?:[\w'-]+ ){0,4}(?:before|prior to) (?:the )?(?:statute|treaty|court|icc|law) (?:[\w'-]+ )?(?:came into|entered into|took effect|existed|was created)|law (?:[\w'-]+ ){0,3}chang\w*|(?:lenient|favourable|favorable|milder|softer) (?:rule|law|version)|which version (?:of the law )?applies",
     "non-retroactivity change in the law prior to a final judgement law more favourable shall apply"),
    # Who is responsible: individuals, modes of liability, age, office, command (arts. 25–28)
    (r"(?:compan(?:y|ies)|corporations?|businesses|firms?|multinationals?|corporate (?:executives?|officers?|bosses)|"
     r"legal (?:entit(?:y|ies)|persons?))\b (?:[\w'-]+ ){0,5}(?:prosecut\w*|tried|charged|liable|responsib\w*|"
     r"convicted|guilty|crimes?|complicit)|(?:prosecut\w*|try|charg\w*|convict\w*) (?:[\w'-]+ ){0,3}(?:compan(?:y|ies)|"
     r"corporations?|businesses|firms?)\b|corporate (?:liability|responsibility|criminal)|(?:organi[sz]ations?|groups?|"
     r"parties) (?:[\w'-]+ )?(?:be )?(?:prosecuted|charged|tried|convicted|held liable)|\barms (?:dealers?|"
     r"manufacturers?|compan)",
     "jurisdiction over natural persons individually responsible"),
    (r"(?:can|could|will|does|do) (?:the )?(?:icc|court) (?:prosecute|try|punish|convict|sue|put on trial) "
     r"(?:a |an |the )?" + _STATE + r"|state responsibility|(?:prosecute|try|punish|sue) (?:a |the )?" + _STATE
     + r"\b|" + _STATE + r" (?:themselves |itself )?(?:be )?(?:held )?(?:responsible|liable|on trial)",
     "individual criminal responsibility natural persons not affect responsibility of States under international law"),
    (r"\baid(?:ing|ed|s)? (?:and|or) abet|\babet|\baccomplices?|\bco-?perpetrat|\bcomplicit|\bcomplicity|\baid(?:ing|"
     r"ed|s)? (?:a |the )?(?:crime|criminals?|perpetrators?)|help\w* (?:[\w'-]+ )?(?:to )?(?:commit|carry out)|"
     r"\bconspir|\bsolicit(?:s|ed|ing|ation)?\b|\binduc(?:e|ed|es|ing)\b|order\w* (?:[\w'-]+ )?(?:to commit|"
     r"the crimes?|a crime|killings?|massacres?)|\bmasterminds?|(?:fund|financ|arm|suppl)\w* (?:[\w'-]+ )?(?:militias?|"
     r"rebels?|armed groups?|perpetrators)|jointly (?:[\w'-]+ ){0,2}(?:commit\w*|responsible|liable|with)|"
     r"common (?:purpose|plan)|indirect(?:ly)? (?:perpetrat|responsib|involved)"
     r"|(?:order\w*|tell\w*|told|instruct\w*|command\w*|get\w*|pay\w*|hir\w*|persuad\w*|encourag\w*) (?:someone|somebody|others?|people|soldiers|men|troops|them) (?:else )?to (?:kill|commit|murder|attack|do)|(?:help\w*|assist\w*|financ\w*|fund\w*|bankroll\w*|suppl\w*|arm\w*|aid\w*|abet\w*) (?:[\w'-]+ ){0,3}(?:atrocit\w*|crimes?|genocide|massacres?|killings?)|accomplices?|complicit\w*|complicity",
     "individual criminal responsibility commits jointly orders solicits induces aids abets assists common purpose"),
    (r"\bincit|hate speech|\bpropaganda|call\w* for (?:genocide|killing|extermination|violence)",
     "directly and publicly incites others to commit genocide"),
    (r"attempt\w* (?:[\w'-]+ ){0,3}(?:crimes?|murder|genocide|kill\w*|commit\w*|attacks?|coup)|(?:failed|unsuccessful|"
     r"botched) (?:[\w'-]+ )?(?:attempts?|plots?|attacks?|coups?)|\battempted\b|(?:chang\w*|changed) (?:his|her|"
     r"their) minds?|(?:gave|give|giving|gives) up (?:on )?(?:the )?(?:plan|attempt|crime|plot)|"
     r"abandon\w* (?:the )?(?:plan|attempt|effort|crime|plot)|(?:backed|backs?|pull\w*) out (?:of )?(?:the )?(?:plan|"
     r"plot)",
     "attempts to commit a crime substantial step abandons the effort completely and voluntarily gave up"),
    (r"too young|under-?age\b|\bjuveniles?\b|(?:teen\w*|minors|kids?|children|child|"
     r"1[0-7][- ]year[- ]olds?)\b (?:[\w'-]+ ){0,4}(?:prosecut\w*|tried|trial|charged|convicted|punished|responsib\w*|"
     r"liable|jurisdiction|arrested)|(?:prosecut\w*|try|tried|charg\w*|convict\w*|punish\w*|"
     r"arrest\w*) (?:[\w'-]+ ){0,3}(?:teen\w*|minors|juveniles?|kids?|children|child|under-?age|"
     r"1[0-7][- ]year[- ]olds?)\b|under (?:the age of )?(?:18|eighteen)\b|how old (?:[\w'-]+ ){0,4}(?:prosecut\w*|"
     r"tried|charged|responsib\w*)|age of criminal responsibility|minimum age"
     r"|\b1[0-7][- ]year[- ]olds?\b|\b(?:teen\w*|minors?|juveniles?|adolescents?|kids|children)\b (?:[\w'-]+ ){0,4}(?:tried|prosecut\w*|trial|charged|punish\w*)|child soldiers? themselves",
     "no jurisdiction over any person under the age of 18 at the time of commission"),
    (r"heads? of (?:state|government)|official capacity|(?:sovereign|head of state|personal|functional) immunity|"
     r"(?:presidents?|prime ministers?|ministers?|kings?|queens?|monarchs?|dictators?|politicians?|parliamentarians?|"
     r"members of parliament|lawmakers|senators|(?:state|government|public|senior|high-ranking) officials?|(?:world|"
     r"political|national|country'?s?|sitting|former) leaders?)\b(?! of the (?:court|icc|assembly|"
     r"bureau)) (?:[\w'-]+ ){0,5}(?:prosecut\w*|tried|charged|arrest\w*|immun\w*|indict\w*|convict\w*|above the law|"
     r"exempt\w*|responsib\w*|liable|icc|court|protected|warrants?)|(?:prosecut\w*|try|tried|charg\w*|arrest\w*|"
     r"indict\w*|convict\w*|immunity (?:of|for)) (?:[\w'-]+ ){0,3}(?:sitting |former |serving )?(?:presidents?|"
     r"prime ministers?|ministers?|kings?|queens?|monarchs?|dictators?|politicians?|leaders?|heads? of state)\b"
     r"|hide behind|official (?:position|capacity|status|role)|(?:sitting|serving) (?:president|head|minister|leader)",
     "irrelevance of official capacity Head of State or Government immunities shall not bar the Court"),
    (r"\bcommanders?\b|\bcommanding officers?|\bgenerals\b|\barmy (?:generals?|chiefs?|officers?)|military (?:leaders?|"
     r"chiefs?|officers?|superiors?)|chain of command|\bsubordinates?\b|\b(?:a|the) general\b(?! (?:principles?|"
     r"assembly|rule|obligation|provisions?|public|idea|sense|question))|\bsuperiors?\b(?! orders?)|\bwarlords?|"
     r"should have known|turn\w* a blind eye|look\w* the other way|fail\w* to (?:prevent|stop|punish|investigate|"
     r"repress|control) (?:[\w'-]+ ){0,2}(?:crimes?|abuses?|atrocities|troops|soldiers|subordinates|forces|men)|"
     r"(?:crimes?|atrocities|abuses?) (?:committed )?by (?:his|her|their) (?:troops|soldiers|men|subordinates|forces)|"
     r"(?:his|her|their) (?:troops|soldiers|subordinates|forces|men) (?:[\w'-]+ ){0,2}(?:did|committed|do)\b"
     r"|(?:people|those|men|troops|staff|officials|subordinates) (?:[\w'-]+ ){0,2}under (?:them|him|her|their (?:command|control|authority))|(?:boss\w*|leaders?|superiors?|commanders?|generals?|officers?|chiefs?) (?:[\w'-]+ ){0,4}(?:liable|responsible|blamed?|accountable)",
     "responsibility of commanders and other superiors effective command and control knew or should have known"),
    # Limitations; mental element (arts. 29–30)
    (r"statute of limitations?|limitation period|time[- ]?barred|time limits? (?:[\w'-]+ ){0,3}(?:prosecut\w*|charg\w*|"
     r"crimes?|genocide|investigat\w*)|too (?:long )?ago\b|too late to (?:prosecute|charge|try|punish)|(?:crimes?|"
     r"charges?|cases?) (?:[\w'-]+ ){0,4}(?:expire|lapse)|decades (?:later|after)"
     r"|^(?=.*\b(?:deadline|time[- ]limits?|expir\w*|too late|years later|decades (?:later|after)|limitations?|run out))(?=.*\b(?:prosecut\w*|crimes?|genocide|charg\w*|tried|atrocit\w*|cases?))",
     "not be subject to any statute of limitations"),
    (r"\bintent(?:ion(?:al|ally)?)?\b|on purpose|\baccidental(?:ly)?\b|\bunintentional|\bknowingly\b|\bmens rea\b|"
     r"state of mind|\breckless|\bnegligen|(?:didn'?t|did not) (?:know|realize|mean)"
     r"|(?:mean|meant|intend\w*|on purpose|deliberate\w*) (?:[\w'-]+ ){0,4}guilty|guilty (?:[\w'-]+ ){0,4}(?:mean|intend\w*|on purpose|knew|aware)|\bintent\b|reckless\w*|negligen\w*",
     "mental element intent and knowledge means to engage in conduct aware ordinary course of events"),
    # Defences (arts. 31–33)
    (r"grounds? for excluding|(?:legal )?defen[cs]es (?:to|against|for|available)|(?:what|which|possible|"
     r"valid) defen[cs]es|(?:exclud|escap|avoid)\w* (?:criminal )?(?:responsibility|liability)|excuses? (?:for|"
     r"to) (?:the )?(?:crimes?|killings?)|justif(?:y|ied|ication) (?:for )?(?:the )?(?:crimes?|killings?|atrocit)|"
     r"\bnot (?:criminally )?responsible\b|get off (?:the hook|free|scot)|\ba defen[cs]e\b",
     "grounds for excluding criminal responsibility mental disease intoxication defend himself duress"),
    (r"\binsan|\bmental(?:ly)? (?:ill|illness|disease|disorder|defect|incapacit|unfit|unstable)|\bpsychiatric|"
     r"\bpsychotic|\bschizophren|unfit to (?:plead|stand trial)|diminished (?:capacity|responsibility)",
     "mental disease or defect destroys capacity to appreciate the unlawfulness or nature of conduct"),
    (r"\bdrunk|\bintoxic|under the influence|\bhigh on\b|\bstoned\b|(?:alcohol|drugs?|"
     r"drinking)\b (?:[\w'-]+ ){0,4}(?:defen[cs]e|excuse|responsib\w*|crimes?|liable|guilty|convicted)|(?:took|taking|"
     r"on) drugs",
     "state of intoxication destroys capacity voluntarily intoxicated disregarded the risk"),
    (r"self[- ]?defen[cs]e|defend\w* (?:himself|herself|themselves|oneself|myself|yourself|others|another person|"
     r"(?:their |his |her )?(?:property|family|home))|protect\w* (?:himself|herself|themselves|oneself)",
     "acts reasonably to defend himself or another person imminent and unlawful use of force proportionate"),
    (r"\bduress|\bcoerc|forced to (?:commit|kill|take part|participate|do it|shoot|fight)|threat\w* (?:with|"
     r"of) (?:death|being killed|harm)|(?:gun|knife) to (?:his|her|their|my) head|or (?:be|get) (?:killed|shot)|"
     r"killed or be killed|had no (?:other )?choice|under threat"
     r"|gun ?point|forced (?:[\w'-]+ ){0,3}to (?:commit|kill|take part|participate|do it)|threat\w* (?:of|with) (?:death|being killed|violence)",
     "duress threat of imminent death or serious bodily harm acts necessarily and reasonably to avoid"),
    (r"\bmistak\w*|(?:didn'?t|did not) know (?:[\w'-]+ ){0,3}(?:illegal|a crime|unlawful|a war crime)|"
     r"ignoran\w* of (?:the )?law|thought (?:[\w'-]+ ){0,3}(?:legal|lawful|allowed|permitted)"
     r"|(?:not knowing|ignorance of|unaware of|didn'?t know) (?:[\w'-]+ ){0,2}(?:the )?law|(?:got|get|had) (?:the )?facts wrong|(?:honest|genuine|innocent) (?:mistake|error|misunderstanding)|didn'?t (?:realise|realize|know) (?:[\w'-]+ ){0,3}(?:illegal|unlawful|a crime|wrong)|mistak\w* (?:[\w'-]+ ){0,3}(?:excuse|defen[cs]e|get (?:you )?off|law|fact)",
     "mistake of fact or mistake of law negates the mental element"),
    (r"(?:follow|obey)\w* (?:[\w'-]+ ){0,2}orders?\b|superior orders?|just (?:following|obeying)|(?:was|were|being|"
     r"been|is|are) ordered to|(?:boss|commander|superior|officer|general|government|sergeant|captain) (?:ordered|told|"
     r"commanded|instructed)|orders? from (?:above|the top|(?:my|his|her|their|a) (?:boss|superior|commander|officer|"
     r"government))|(?:illegal|unlawful) orders?|refus\w* (?:an? )?orders?"
     r"|obey\w* (?:[\w'-]+ ){0,2}(?:superior|boss|commander|order)|follow\w* orders",
     "superior orders and prescription of law legal obligation to obey orders manifestly unlawful"),

    # ── Part 4: composition and administration of the Court (arts. 34–52) ────────────────
    # Organs; the judges: service, number, qualifications, election, term, vacancies (arts. 34–37)
    (r"organs? of the (?:court|icc)|(?:structure|composition|organi[sz]ation|parts|components|divisions|branches|"
     r"departments) of the (?:court|icc)|how is the (?:icc|court) (?:organi[sz]ed|structured|made up|composed|run)|"
     r"(?:icc|court) (?:is )?(?:made up|composed) of"
     r"|^(?=.*\b(?:what|which|how))(?=.*\b(?:organs?|bodies|branches|components|made up|structure|organi[sz]ed|consist\w*|different parts|parts of the (?:icc|court)))(?=.*\b(?:icc|court))",
     "organs of the Court Presidency Appeals Trial and Pre-Trial Divisions Office of the Prosecutor Registry"),
    (r"\b(?:judges?|prosecutors?|registrar)\b (?:[\w'-]+ ){0,4}(?:full|part)[- ]time|(?:full|"
     r"part)[- ]time (?:[\w'-]+ ){0,2}judges?|\bworkload\b"
     r"|^(?=.*\b(?:judges?))(?=.*\b(?:full[- ]time|part[- ]time|live|resid\w*|permanent\w*|on call|available|based in))",
     "judges elected as full-time members serve on a full-time basis workload of the Court"),
    (r"how many judges|number of judges|(?:more|additional|extra|fewer) judges|(?:increase|reduce|"
     r"add)\w* (?:[\w'-]+ ){0,2}judges",
     "there shall be 18 judges Presidency may propose an increase in the number of judges"),
    (r"(?:qualif\w*|requirements?|criteria|experience|background|eligib\w*|who can) (?:[\w'-]+ ){0,4}judges?\b|"
     r"\bjudges?\b (?:[\w'-]+ ){0,4}(?:qualif\w*|requirements?|criteria|experience|background|eligib\w*|must have|"
     r"need to)|becom\w* (?:an? )?(?:icc )?judge|\bjudge at the (?:icc|court)",
     "judges high moral character impartiality and integrity qualifications highest judicial offices competence"),
    (r"(?:elect\w*|chos\w*|choose|appoint\w*|select\w*|nominat\w*|pick\w*|vot\w*) (?:[\w'-]+ ){0,3}judges?\b|"
     r"\bjudges?\b (?:[\w'-]+ ){0,3}(?:elected|chosen|appointed|selected|nominated|picked|voted)|\bsecret ballot|"
     r"candidates? (?:[\w'-]+ ){0,4}(?:judges?|bench|icc|court)",
     "nomination of candidates election of judges secret ballot Assembly of States Parties two-thirds majority"),
    (r"(?:gender|female|women|male|geographic\w*|regional|diversity|balance|represent\w*) (?:[\w'-]+ ){0,3}judges|"
     r"\bjudges?\b (?:[\w'-]+ ){0,4}(?:gender|female|women|diversity|geograph\w*|regions?|nationalit\w*|"
     r"same (?:country|state|nationality))|same nationality",
     "no two judges nationals of the same State legal systems equitable geographical representation female and male"),
    (r"(?:term|tenure) (?:[\w'-]+ ){0,3}judges?\b|how long (?:do|does|can|will|may) (?:[\w'-]+ ){0,2}judges? (?:serve|"
     r"stay|remain|hold)|\bjudges?\b (?:[\w'-]+ ){0,4}(?:terms?|tenure|serve for|in office|stay (?:on|in)|"
     r"re-?elect\w*)\b|re-?elect\w* (?:[\w'-]+ ){0,3}judges?|terms? of office",
     "judges hold office for a term of nine years not eligible for re-election"),
    (r"(?:term|tenure) (?:[\w'-]+ ){0,3}prosecutors?\b|how long (?:do|does|can|will|"
     r"may) (?:[\w'-]+ ){0,2}prosecutors? (?:serve|stay|remain|hold)|\bprosecutors?\b (?:[\w'-]+ ){0,4}(?:terms?|"
     r"tenure|serve for|in office|re-?elect\w*)\b|re-?elect\w* (?:[\w'-]+ ){0,3}prosecutor",
     "Prosecutor and Deputy Prosecutors hold office for a term of nine years not eligible for re-election"),
    (r"(?:term|tenure) (?:[\w'-]+ ){0,3}registrar\b|how long (?:do|does|can|will|"
     r"may) (?:[\w'-]+ ){0,2}registrar (?:serve|stay|remain|hold)|\bregistrar\b (?:[\w'-]+ ){0,4}(?:terms?|tenure|"
     r"serve for|in office|re-?elect\w*)\b|re-?elect\w* (?:[\w'-]+ ){0,3}registrar",
     "Registrar shall hold office for a term of five years eligible for re-election once"),
    (r"\bvacanc|(?:judge|prosecutor|registrar)s? (?:[\w'-]+ )?(?:dies|died|resigns?|resigned|quits?|retires?|"
     r"steps? down)|(?:death|resignation|retirement) of (?:a |the )?(?:judge|prosecutor)|(?:judges?|prosecutor|"
     r"registrar)s? (?:[\w'-]+ ){0,5}resign|\bjudges?\b (?:[\w'-]+ ){0,2}replaced"
     r"|^(?=.*\b(?:judges?|bench|seat))(?=.*\b(?:vacan\w*|empty|replac\w*|fill\w*|dies|died|death|resign\w*|quit\w*|step\w* down))",
     "judicial vacancies election to fill the vacancy serve for the remainder of the predecessor's term"),
    # Presidency, Chambers, independence and disqualification of judges (arts. 38–41)
    (r"\bpresidency\b|president of the (?:court|icc)|\bvice-?presidents?|(?:who|which judge) (?:leads|heads|runs|"
     r"is in charge of) the (?:court|icc)|head of the (?:court|icc)|chief (?:judge|justice)|(?:court|"
     r"icc)'?s? (?:president|head|leader|boss)"
     r"|presidency|head judge|chief judge|top judge|president of the (?:icc|court)|court president|day[- ]to[- ]day",
     "President First and Second Vice-Presidents elected by absolute majority of the judges Presidency administration"),
    (r"(?:how many|number of|which) judges (?:hear|decide|sit on (?:a|an|each|the) (?:case|trial|appeal|chamber|panel)|"
     r"per (?:case|trial|chamber))\b|(?:composition|make-?up) of (?:a |the )?(?:chambers?|divisions?|appeals|trial|"
     r"pre-trial)|(?:single|one|lone|three|five|\d) judges? (?:hear|decide|sit|panel|chamber)|\bchambers? (?:of|"
     r"in) the (?:icc|court)|same judges? (?:[\w'-]+ ){0,5}(?:pre-?trial|trial|appeal)|\bjury\b|\bjuries\b"
     r"|^(?=.*\b(?:judges?))(?=.*\b(?:split|divid\w*|divisions?|sections?|assign\w*|chambers?|move|transfer\w*|rotat\w*|switch\w*|panels?))",
     "Chambers Appeals Chamber all judges of Appeals Division Trial Chamber three judges single judge"),
    (r"independen\w* of (?:the )?judges|\bjudges?\b (?:[\w'-]+ ){0,4}(?:independen\w*|side jobs?|other jobs?|"
     r"second jobs?|outside (?:work|activit\w*|employment|jobs?)|moonlight\w*|politic\w*|business)"
     r"|^(?=.*\b(?:judges?))(?=.*\b(?:another job|other (?:jobs?|work|occupation|employment)|side (?:job|gig|work|hustle)|moonlight\w*|politic\w*|parliament\w*|business|consult\w*|second job|on the side))",
     "independence of the judges activity likely to interfere other occupation of a professional nature"),
    (r"\bdisqualif|\brecus|step (?:aside|down) from (?:a |the )?(?:case|trial)|\b(?:judges?|"
     r"prosecutor)\b (?:[\w'-]+ ){0,4}(?:bias\w*|partial|impartial\w*|conflicts? of interest|previously involved|"
     r"recuse|sit out|excused?)|(?:biased|partial) (?:judges?|prosecutors?)|\bexcus\w* (?:a |the )?(?:judge|"
     r"prosecutor)|conflicts? of interest|\bimpartial"
     r"|^(?=.*\b(?:judges?|prosecutors?))(?=.*\b(?:bias\w*|kicked off|removed from (?:a |the )?case|step (?:aside|down from (?:a|the) case)|recus\w*|withdraw from (?:a |the )?case|conflict of interest|impartial\w*|excus\w*|disqualif\w*))",
     "disqualification impartiality might reasonably be doubted previously involved in the case excuse"),
    # Office of the Prosecutor, Registry, staff (arts. 42–44)
    (r"(?:deputy )?prosecutor'?s? office|office of the prosecutor|deputy prosecutors?",
     "Office of the Prosecutor shall act independently as a separate organ Deputy Prosecutors"),
    (r"\bprosecutor\b (?:[\w'-]+ ){0,4}(?:independen\w*|instructions|take orders|orders from|pressured?|influenced|"
     r"politic\w*|bias\w*)|(?:governments?|states?|countries|security council|anyone|"
     r"politicians?) (?:[\w'-]+ ){0,3}(?:instruct|give orders to|control|direct|tell|pressure|"
     r"influence)\w* (?:the )?prosecutor|(?:give|gives|giving) (?:[\w'-]+ )?(?:orders|"
     r"instructions) to (?:the )?prosecutor",
     "Prosecutor shall act independently not seek or act on instructions from any external source"),
    (r"(?:elect\w*|chos\w*|choose|appoint\w*|select\w*|nominat\w*|picked|"
     r"vot\w*) (?:[\w'-]+ ){0,3}(?:the )?(?:icc )?prosecutor|\bprosecutor\b (?:[\w'-]+ ){0,3}(?:elected|chosen|"
     r"appointed|selected|nominated|qualif\w*)|becom\w* (?:the )?(?:icc )?prosecutor|who (?:is|"
     r"can be) (?:the )?(?:icc )?prosecutor",
     "Prosecutor elected by secret ballot absolute majority of the Assembly of States Parties high moral character"),
    (r"(?:advis\w*|experts?|specialists?) (?:[\w'-]+ ){0,3}(?:sexual|gender|children)|(?:sexual|"
     r"gender) (?:and gender )?violence (?:advis\w*|experts?|specialists?)",
     "advisers with legal expertise on sexual and gender violence and violence against children"),
    (r"\bregistr(?:ar|y)\b|\badmin (?:side|staff|work|tasks|of the (?:court|icc))|(?:court|icc)'?s? admin\b|"
     r"the admin (?:at|of|for)|\badministrati(?:ve|on) (?:side|work|tasks|functions|matters|staff) (?:of|"
     r"at) the (?:court|icc)|non-judicial|(?:who|which (?:organ|part|office|body)) (?:runs|handles|manages|deals with|"
     r"is in charge of) (?:the )?(?:admin|administration|logistics|paperwork)|court clerks?"
     r"|^(?=.*\b(?:icc|court))(?=.*\b(?:admin\w*|logistics|paperwork|back office|support services))",
     "Registry non-judicial aspects of the administration and servicing of the Court Registrar administrative officer"),
    (r"victims and witnesses unit|(?:victims?|witness\w*|survivors?)\b (?:[\w'-]+ ){0,5}(?:counsel?ling|trauma|"
     r"psycholog\w*|therapy|support)|(?:counsel?ling|trauma|psycholog\w* support|therapy) (?:[\w'-]+ ){0,4}(?:victims?|"
     r"witness\w*|survivors?)"
     r"|^(?=.*\b(?:victims?|witness\w*))(?=.*\b(?:unit|office|section|look\w* after|care|counsel\w*|support))",
     "Victims and Witnesses Unit protective measures security arrangements counselling assistance trauma"),
    (r"(?:hire|hires|hired|hiring|recruit\w*|employ\w*) (?:[\w'-]+ ){0,2}(?:staff|employees|investigators|personnel)|"
     r"\bwork(?:s|ing)? (?:for|at) the (?:icc|court)|\bjobs? (?:at|with|in) the (?:icc|court)|\bstaff (?:regulations|"
     r"members|rules|hiring|recruitment)|(?:icc|court)'?s? (?:staff|employees|personnel)|\bgratis\b|\bseconded\b|"
     r"(?:volunteer|intern)\w* (?:[\w'-]+ ){0,3}(?:at|for|with) (?:the )?(?:icc|court)"
     r"|^(?=.*\b(?:staff|employees?|workers?|personnel|volunteers?|interns?|recruit\w*|hir(?:e|es|ed|ing)))(?=.*\b(?:icc|court|registrar|prosecutor|gratis|unpaid|governments?))",
     "staff investigators highest standards of efficiency competency and integrity Staff Regulations gratis personnel"),
    # Oath, removal, discipline, privileges, salaries, languages, Rules, Regulations (arts. 45–52)
    (r"oath of office|\bswear\w* in\b|sworn in|solemn (?:undertaking|declaration|promise)|(?:take|took|taking) (?:an|"
     r"the) oath|\b(?:judges?|prosecutor|registrar)s?\b (?:[\w'-]+ ){0,3}(?:oath|swear|pledge|promise)"
     r"|^(?=.*\b(?:promise|pledge|vow|swear\w*|sworn|oath))(?=.*\b(?:officials?|judges?|prosecutor|registrar|start|take office))",
     "solemn undertaking in open court to exercise functions impartially and conscientiously"),
    (r"\bfire (?:a |the )?(?:judge|prosecutor|registrar)|(?:serious|gross) misconduct|(?:officials?|judges?|prosecutor|"
     r"registrar)\b (?:[\w'-]+ ){0,3}(?:misconduct|breach of (?:duty|duties))|remov\w* (?:[\w'-]+ ){0,2}(?:from office|"
     r"judges?|prosecutor|registrar)|kick\w* (?:[\w'-]+ ){0,2}(?:off|out of) the (?:bench|court|job|office)|"
     r"off the bench|\bsack(?:ed|ing)? (?:a |the )?(?:judge|prosecutor|registrar)|\boust|\bimpeach|get rid of (?:a |"
     r"the )?(?:judge|prosecutor|registrar)|dismiss\w* (?:a |the )?(?:judge|prosecutor|registrar)|(?:judges?|"
     r"prosecutors?|registrars?) (?:[\w'-]+ ){0,2}(?:dismissed|fired|removed|sacked)"
     r"|^(?=.*\b(?:judges?|prosecutors?|registrar|officials?))(?=.*\b(?:fired|sack\w*|get rid|remov\w*|dismiss\w*|kick\w* out|impeach\w*|oust\w*|can'?t do the job|unable to (?:do|perform|carry)|incapacit\w*|corrupt\w*))",
     "removal from office serious misconduct serious breach of duties two-thirds majority of the States Parties"),
    (r"\bdisciplin|\breprimand|(?:minor|less serious|petty) misconduct|(?:punish|sanction)\w* (?:a |the )?(?:judge|"
     r"prosecutor|registrar)|\b(?:judges?|prosecutor|registrar)s?\b (?:[\w'-]+ ){0,4}(?:misbehav\w*|misconduct|"
     r"inappropriate|wrongdoing|unethical|behav\w* badly|bad behaviou?r|ethics)|code of conduct"
     r"|^(?=.*\b(?:misconduct|behav\w* badly|misbehav\w*|wrongdoing|disciplin\w*|reprimand\w*))(?=.*\b(?:judges?|prosecutors?|registrar|officials?|staff))",
     "disciplinary measures misconduct of a less serious nature serious misconduct removal from office"),
    (r"privileges? and immunit|diplomatic (?:status|privileges)|\b(?:judges?|prosecutor|registrar|staff|"
     r"court officials?|icc officials?|counsel|witnesses|experts)\b (?:[\w'-]+ ){0,4}(?:immun\w*|privileges?|"
     r"be (?:arrested|sued|prosecuted) for)|immun\w* (?:[\w'-]+ ){0,3}(?:judges?|prosecutor|staff|registrar)|"
     r"waiv\w* (?:[\w'-]+ )?immunit"
     r"|^(?=.*\b(?:judges?|prosecutors?|registrar|staff|officials?|lawyers?|counsel|witness\w*|experts?))(?=.*\b(?:arrest\w*|immun\w*|protected from|sued|privileg\w*|diplomatic))(?=.*\b(?:netherlands|dutch|police|travel\w*|host|local|national|the hague|immunity|privileges))",
     "privileges and immunities heads of diplomatic missions immunity from legal process waived"),
    (r"\b(?:judges?|prosecutors?|registrar)'?s?'? (?:[\w'-]+ ){0,3}(?:salar\w*|wages?|allowances?|pay|paid|earn\w*|"
     r"pensions?)\b|\b(?:icc|court|staff)'?s?'? (?:[\w'-]+ ){0,2}(?:salar\w*|wages?|allowances?|pensions?)\b|"
     r"(?:salar\w*|wages?|allowances?|pay) (?:[\w'-]+ ){0,3}(?:judges?|prosecutors?|registrar)|"
     r"how much (?:[\w'-]+ ){0,3}(?:judges?|prosecutor|registrar) (?:[\w'-]+ )?(?:earn|make|paid)|pay cuts?",
     "salaries allowances expenses decided by Assembly of States Parties not reduced during terms of office"),
    (r"(?:official|working) languages?|languages? (?:[\w'-]+ ){0,4}(?:icc|court|statute|trials?|proceedings|"
     r"judgm?ents?|hearings?)\b|(?:icc|court|statute|trials?|proceedings|judgm?ents?|"
     r"hearings?)\b (?:[\w'-]+ ){0,4}languages?|\b(?:english|french|arabic|chinese|russian|spanish) (?:version|text)|"
     r"(?:documents?|judgm?ents?|decisions?|trials?|hearings?|proceedings|testimony|"
     r"statute)\b (?:[\w'-]+ ){0,3}in (?:arabic|chinese|english|french|russian|spanish)\b"
     r"|\btranslat\w* (?:[\w'-]+ ){0,4}(?:arabic|chinese|english|french|russian|spanish|languages?)|(?:verdicts?|judgm\w*|decisions?|trials?|hearings?) (?:[\w'-]+ ){0,4}(?:arabic|chinese|english|french|russian|spanish)\b",
     "official languages Arabic Chinese English French Russian Spanish working languages English and French"),
    (r"rules of procedure|procedural rules|\brulebook|(?:who|how) (?:[\w'-]+ )?(?:writes?|makes?|adopts?|drafts?|sets?|"
     r"changes?|amends?) (?:the )?(?:court'?s? |icc'?s? )?(?:rules|procedures)|provisional rules|(?:conflict|"
     r"contradict\w*|clash\w*) (?:[\w'-]+ ){0,3}(?:statute|rules)|which (?:one )?prevails|(?:statute|treaty) (?:and|"
     r"vs\.?|versus) (?:the )?rules"
     r"|procedur\w* (?:[\w'-]+ ){0,2}rules|rules (?:[\w'-]+ ){0,3}(?:emergenc|urgent)\w*|rulebook",
     "Rules of Procedure and Evidence two-thirds majority provisional Rules conflict the Statute shall prevail"),
    (r"regulations of the (?:court|icc)|routine (?:functioning|operations)|internal (?:rules|regulations|"
     r"procedures) (?:[\w'-]+ ){0,3}(?:court|icc)|(?:court|icc)'?s? internal (?:rules|regulations|procedures)"
     r"|(?<!financial )(?<!staff )\bregulations\b|internal (?:rules|regulations)|(?:routine|day-to-day|operating|housekeeping) (?:rules|procedures)",
     "Regulations of the Court necessary for its routine functioning adopted by absolute majority of judges"),

    # ── Part 5: investigation and prosecution (arts. 53–61) ───────────────────────────────
    (r"(?:decide|decides|deciding|choose|chooses) (?:[\w'-]+ ){0,3}(?:investigat\w*|prosecut\w*|proceed|charge)|"
     r"(?:open|start|launch|begin|initiat)\w* (?:an? |the )?(?:investigation|probe|case)|(?:not|"
     r"n'?t) (?:to )?(?:investigate|prosecute|proceed)|(?:close|drop|abandon|end|shelve)\w* (?:an? |the |"
     r"its )?(?:[\w'-]+ )?(?:investigations?|case|prosecution|probe)|interests? of justice|reasonable basis",
     "initiation of an investigation reasonable basis to proceed gravity interests of victims interests of justice"),
    (r"\bamnest|peace (?:deals?|agreements?|process|talks|negotiations|accords?)|"
     r"truth (?:and reconciliation )?commissions?|national reconciliation"
     r"|^(?=.*\b(?:decision|decid\w*|refus\w*|choice))(?=.*\b(?:not to (?:go ahead|proceed|investigate|prosecute|charge)|drop\w*|shelv\w*))(?=.*\b(?:review\w*|overturn\w*|challeng\w*|judges?|chamber|reconsider\w*))",
     "investigation would not serve the interests of justice shielding from criminal responsibility"),
    (r"\bprosecutor\b (?:[\w'-]+ ){0,4}(?:exculpat\w*|exonerat\w*|both sides|neutral|the truth|duties|powers)|"
     r"(?:exculpatory|exonerating|incriminating) (?:evidence|circumstances|facts)|establish the truth|"
     r"evidence (?:that |which )?(?:clears?|exonerat\w*|favou?rs?) (?:the )?(?:suspect|accused|defendant)|"
     r"investigat\w* (?:[\w'-]+ ){0,2}(?:in|on the territory of|inside) (?:a |the |another )?(?:country|state)"
     r"|^(?=.*\b(?:prosecutor))(?=.*\b(?:investigat\w*|inquir\w*|probe))(?=.*\b(?:what can|powers?|allowed|do during|on the ground|go to|visit\w*|travel\w*|collect\w*|gather\w*|helps? the defen[cs]e|exonerat\w*|both sides))",
     "Prosecutor establish the truth investigate incriminating and exonerating circumstances equally"),
    (r"(?:anonymous|confidential|secret) (?:sources?|informants?|tip)|sources? (?:[\w'-]+ ){0,2}(?:anonymous|"
     r"confidential|secret)\b|\binformants?\b|lead evidence|generat\w* new evidence"
     r"|^(?=.*\b(?:prosecutor))(?=.*\b(?:secret|confidential\w*|not (?:to )?disclose|keep (?:[\w'-]+ ){0,2}(?:quiet|private|secret)))",
     "agree not to disclose documents obtained on condition of confidentiality solely for generating new evidence"),
    # Rights during an investigation; the accused's rights (arts. 55, 67)
    (r"\b(?:rights?|protections?)\b (?:[\w'-]+ ){0,4}(?:suspects?|questioned|interrogat\w*|during (?:an |"
     r"the )?investigations?|being investigated|under investigation)|\bsuspects?'? rights|\binterrogat|(?:police|"
     r"prosecutor|investigators?) (?:[\w'-]+ ){0,3}(?:question\w*|interview\w*) (?:[\w'-]+ ){0,2}suspects?|\bmiranda|"
     r"self-?incriminat|incriminate (?:himself|herself|themselves|yourself|oneself)|"
     r"forc\w* (?:[\w'-]+ ){0,2}to confess|forced confessions?|confess\w* under"
     r"|^(?=.*\b(?:question\w*|interrogat\w*|interview\w*|quizz\w*|grill\w*))(?=.*\b(?:lawyer|counsel|attorney|legal (?:help|aid|advice|assistance)|silent|silence|interpreter|coerc\w*))",
     "rights of persons during an investigation not compelled to incriminate himself remain silent legal assistance"),
    (r"rights? of (?:the )?(?:accused|defendants?)|(?:accused|defendants?)'?s? rights|fair trial|due process|"
     r"right to (?:a |an )?(?:lawyer|attorney|counsel|defen[cs]e|remain silent|silence|interpreter|translat\w*|speedy|"
     r"fair)|(?:lawyers?|attorneys?|counsel)\b (?:[\w'-]+ ){0,5}(?:accused|suspects?|defendants?|defen[cs]e|trial|icc|"
     r"court|charged|arrested)|(?:accused|suspects?|defendants?|charged|arrested)\b (?:[\w'-]+ ){0,5}(?:lawyers?|"
     r"attorneys?|counsel)\b|defen[cs]e (?:counsel|lawyers?|team)|legal (?:aid|assistance|representation)|"
     r"remain silent|stay silent|plead the fifth|\binterpreters?\b|translat\w* (?:[\w'-]+ ){0,4}(?:accused|suspects?|"
     r"defendants?|trial|court|icc|proceedings|hearings?|charges?)|(?:doesn'?t|does not|don'?t|cannot|can'?t) (?:speak|"
     r"understand) (?:the )?(?:language|english|french)|cross-?exam|speedy trial|undue delay|(?:can'?t|"
     r"cannot) afford (?:a |an )?(?:lawyer|attorney|counsel|defen[cs]e)"
     r"|^(?=.*\b(?:rights?|entitled|entitlements?|guarantee\w*))(?=.*\b(?:defendants?|accused|the defen[cs]e))"
     r"|(?:question|cross-?examin\w*|confront\w*|examin\w*) (?:[\w'-]+ ){0,2}(?:the )?(?:witnesses|accusers?)|witnesses against",
     "rights of the accused fair hearing counsel legal assistance without payment undue delay interpreter silent"),
    (r"unique (?:investigative )?opportunity|(?:evidence|witness\w*) (?:[\w'-]+ ){0,2}(?:might|may|could|"
     r"will) (?:disappear|be lost|die|vanish|not be available)|(?:dying|terminally ill|elderly|sick) witness|"
     r"witness\w* (?:[\w'-]+ ){0,2}(?:dying|terminally ill|very ill|about to die)|(?:preserv|secur|"
     r"sav)\w* (?:the )?evidence (?:before|early|now|quickly)"
     r"|^(?=.*\b(?:evidence|testimony|witness\w*))(?=.*\b(?:preserv\w*|disappear\w*|lost|destroy\w*|not (?:be )?available|won'?t be available|dying|gone))",
     "unique opportunity to take testimony or collect evidence which may not be available subsequently for trial"),
    (r"\bexhum|mass graves?|grave ?sites?|\bforensic",
     "examination of places or sites including the exhumation and examination of grave sites"),
    (r"pre-?trial chamber|pre-?trial (?:judges?|stage|phase)"
     r"|pre[- ]?trial (?:chamber|judges?|division)\b (?:[\w'-]+ ){0,3}(?:do|does|role|powers?|functions?|authori[sz]\w*|order\w*|protect\w*)|(?:role|powers?|functions?|job) of (?:the )?pre[- ]?trial"
     r"|^(?=.*\b(?:rights?|protect\w*))(?=.*\b(?:suspects?|accused|defen[cs]e|persons? arrested))(?=.*\b(?:before (?:the )?trial|pre[- ]?trial|investigation stage))"
     r"|^(?=.*\b(?:freez\w*|frozen|protective measures))(?=.*\b(?:assets?|bank accounts?|property|money|funds))(?=.*\b(?:before|pre[- ]?trial|judges?|chamber|pending))",
     "Pre-Trial Chamber functions and powers orders and warrants protection of victims preservation of evidence"),
    (r"investigat\w* without (?:the )?(?:[\w'-]+ )?(?:consent|permission|cooperation|approval|help)|(?:no|"
     r"without a) (?:functioning )?government|(?:no|without) (?:functioning )?(?:courts|police|authorit)",
     "investigative steps within the territory of a State Party without cooperation clearly unable to execute"),
    # Warrants, summonses, arrest and initial proceedings, confirmation of charges (arts. 58–61)
    (r"issu\w* (?:[\w'-]+ ){0,2}(?:arrest )?warrants?|warrants? (?:[\w'-]+ ){0,3}(?:issued|granted|requested|"
     r"applied for)|(?:get|obtain|seek|request|apply for)\w* (?:an? )?(?:arrest )?warrant|(?:grounds|reasons?|basis|"
     r"standard|requirements?|conditions?|criteria) (?:for|to (?:get|obtain|issue)) (?:an? )?(?:arrest|warrant)|"
     r"reasonable grounds|why (?:[\w'-]+ ){0,3}arrest(?:ed)?\b",
     "warrant of arrest reasonable grounds to believe arrest necessary ensure appearance not obstruct investigation"),
    (r"\bsummons|(?:appear|come|show up|report|present \w+) voluntarily|voluntar\w* (?:appear|surrender|come)|"
     r"turn\w* (?:himself|herself|themselves|yourself) in|instead of (?:being )?(?:arrested|an? arrest|an? warrant)|"
     r"(?:suspects?|accused|person|defendants?) (?:[\w'-]+ ){0,2}show(?:s|ed)? up|show(?:s|"
     r"ed)? up (?:[\w'-]+ ){0,3}(?:voluntarily|court|trial|hague|icc)",
     "summons to appear sufficient to ensure the person's appearance conditions restricting liberty"),
    (r"\barrested\b (?:[\w'-]+ ){0,2}in (?:a |another |their |his |her |the )?(?:country|state)|local (?:courts?|"
     r"judges?|authorities|police) (?:[\w'-]+ ){0,4}(?:arrest|warrant|surrender)|^(?!.*\bappeal).*\bbail\b|"
     r"interim release pending surrender|released (?:on bail|pending surrender|before (?:being )?(?:surrendered|"
     r"handed over))"
     r"|^(?=.*\b(?:arrest\w*|detain\w*|custody|nabbed|picked up|caught))(?=.*\b(?:countr\w*|states?|national|local|police|authorities|government))(?=.*\b(?:icc|wanted|warrant|hague))",
     "arrest proceedings in the custodial State competent judicial authority interim release pending surrender"),
    (r"(?:detain\w*|detention|held|locked up|jailed|in custody|kept in (?:jail|prison|"
     r"custody)) (?:[\w'-]+ ){0,2}(?:too long|for ages|for years|indefinitely|before (?:the |a )?trial|pending trial|"
     r"awaiting trial|without (?:a )?trial)|pre-?trial detention|how long (?:[\w'-]+ ){0,4}(?:detained|held|kept|"
     r"locked up|in custody)|first appearance|initial (?:appearance|proceedings)|released (?:[\w'-]+ ){0,2}(?:until|"
     r"before|pending|ahead of|while awaiting) (?:the |a )?trial|(?:let|set) (?:[\w'-]+ )?(?:free|go) (?:before|until|"
     r"pending) (?:the )?trial|interim release pending trial"
     r"|^(?=.*\b(?:suspects?|accused|defendants?|detainees?|someone|person|they|he|she))(?=.*\b(?:let out|releas\w*|bail|freed|free|go home|out of (?:jail|custody|detention)))(?=.*\b(?:waiting|await\w*|before (?:the |their |his |her )?trial|pending|until (?:the )?trial|pre-?trial|meantime))"
     r"|first (?:hearing|appearance|court appearance)|initial (?:hearing|appearance)",
     "not detained for an unreasonable period prior to trial inexcusable delay interim release periodically review"),
    (r"confirm\w* (?:of )?(?:the )?charges|confirmation hearing|\bcharges?\b (?:[\w'-]+ ){0,2}confirm|"
     r"charges? (?:[\w'-]+ )?(?:are|get|be|being|were) (?:confirmed|dropped|brought|laid|filed|withdrawn|changed|"
     r"amended)|\bindict|enough evidence (?:[\w'-]+ ){0,2}(?:for|to go to|to stand) (?:a )?trial|substantial grounds|"
     r"(?:drop|dropped|withdraw|withdrawn|amend|amended|change|changed|add|added|adding)\w* (?:the |more |"
     r"new )?charges|(?:new|additional|more serious|extra) charges|charge sheet|go(?:es)? to trial|stand trial"
     r"|^(?=.*\b(?:enough|sufficient|strong|solid|check\w*|vet\w*|screen\w*))(?=.*\b(?:evidence|charges|case))(?=.*\b(?:before (?:the |a )?trial|go(?:es|ing)? to trial|goes ahead|pre-?trial|confirm\w*))",
     "confirmation of the charges before trial substantial grounds to believe decline to confirm amend withdraw"),
    (r"in absentia|\babsent\b|\bin (?:his|her|their) absence|without (?:the )?(?:accused|defendant|suspect|him|her|"
     r"them) (?:being )?(?:there|present)|(?:accused|defendant|suspect)s? (?:isn'?t|is not|aren'?t|are not|"
     r"not) (?:there|present)|attend (?:[\w'-]+ ){0,2}(?:own )?trial|\bskip (?:[\w'-]+ )?trial|refus\w* to (?:attend|"
     r"show up|appear|come)|(?:fled|fugitive|on the run|at large|cannot be found|in hiding)\b"
     r"|^(?=.*\b(?:accused|defendants?|suspects?|person charged))(?=.*\b(?:there|present|presence|attend\w*|show up|turn up|absent\w*|absence|in absentia|skip\w*))(?=.*\b(?:trial|hearings?))",
     "presence of the accused at trial hearing in absence of person charged fled cannot be found"),

    # ── Part 6: the trial (arts. 62–76) ────────────────────────────────────────────────────
    (r"disrupt\w* (?:[\w'-]+ ){0,3}(?:trial|hearing|proceedings|court)|disruptive (?:defendant|accused|person|"
     r"behaviou?r)|(?:kick\w*|thr[eo]w\w*|remov\w*|expel\w*|ban\w*) (?:[\w'-]+ ){0,2}out of (?:the )?(?:court ?room|"
     r"court|hearing|trial|proceedings)|\bunruly|misbehav\w* (?:in|during) (?:court|trial|the hearing)|"
     r"contempt of court|(?:shout|yell|insult)\w* (?:in court|at the judges?)|\binterrupt\w*|(?:accused|defendants?|"
     r"suspects?)\b (?:[\w'-]+ ){0,2}(?:removed|expelled|thrown out|kicked out)"
     r"|^(?=.*\b(?:misbehav\w*|disrupt\w*|misconduct|unruly|outburst\w*|contempt|disorderly|throw\w* (?:[\w'-]+ )?out|kick\w* out))(?=.*\b(?:court\w*|hearing|trial))",
     "accused continues to disrupt the trial removal from the courtroom misconduct instruct counsel from outside"),
    (r"(?<!pre-)(?<!pre )trial chamber|(?:fair|speedy|quick|expeditious) trial|how (?:does|do|will) (?:a |"
     r"the )?trials? (?:work|proceed|start|run|unfold)|trial (?:procedure|process)|presiding judge|(?:judges|"
     r"court) (?:[\w'-]+ )?(?:call|summon|order) (?:[\w'-]+ )?(?:witnesses|evidence|documents)"
     r"|^(?=.*\b(?:trial))(?=.*\b(?:judges?|chamber|who|makes? sure|ensur\w*))(?=.*\b(?:powers?|what can|role|job|fair|quick|speedy|fast|expeditious|delay\w*))",
     "Trial Chamber trial fair and expeditious rights of the accused attendance and testimony of witnesses"),
    (r"joinder|\bseveran|(?:try|tried|trying|prosecut\w*) (?:[\w'-]+ ){0,3}(?:together|jointly|separately)|"
     r"co-?(?:accused|defendants?)|joint trials?|more than one (?:accused|defendant)",
     "joinder or severance in respect of charges against more than one accused"),
    (r"public (?:hearings?|trials?)|open (?:court|to the public)|(?:trials?|hearings?) (?:[\w'-]+ )?(?:public|open|"
     r"closed|secret|private|televised|broadcast)|behind closed doors|\bin public\b|closed sessions?|in camera|"
     r"(?:media|press|public|journalists) (?:[\w'-]+ )?(?:attend|watch|observe|cover)",
     "trial shall be held in public special circumstances require certain proceedings be in closed session"),
    (r"plead\w* (?:not )?guilty|\bpleas?\b|admission of guilt|\bconfess(?:ion|es|ed)?\b|"
     r"admit\w* (?:[\w'-]+ ){0,2}(?:guilt|crimes?|did it|responsibility|charges)|plea (?:bargain|deal|agreement)|"
     r"deal with (?:the )?prosecut",
     "admission of guilt plead not guilty voluntarily made discussions regarding charges or penalty not binding"),
    (r"presum\w* (?:of )?innocen|innocent until|prove (?:his|her|their) innocence|burden of proof|\bonus\b|"
     r"beyond (?:a |any )?reasonable doubt|standard of proof|(?:who|which side) (?:has|bears|carries) the burden|"
     r"how (?:sure|certain) (?:[\w'-]+ ){0,4}(?:guilt|guilty|convict\w*|judges?|court)|prov(?:e|"
     r"ing) (?:[\w'-]+ )?guilt|who (?:has to|must) prove"
     r"|prove (?:[\w'-]+ ){0,2}(?:innocen\w*|guilt\w*)|burden of proof|(?:innocen\w*|guilt\w*) (?:[\w'-]+ ){0,3}prove[dn]?|reasonable doubt",
     "presumed innocent until proved guilty onus on the Prosecutor guilt beyond reasonable doubt"),
    (r"(?:prosecut\w*|defen[cs]e) (?:[\w'-]+ ){0,3}(?:disclos\w*|share|hand over|turn over) (?:[\w'-]+ ){0,2}evidence|"
     r"disclos\w* (?:of )?(?:the )?evidence|(?:hide|hid|hiding|withh[oe]ld\w*|suppress\w*|bury|"
     r"conceal\w*) (?:the )?evidence|exculpatory|evidence (?:[\w'-]+ ){0,3}(?:innocence|helps? the defen[cs]e)",
     "Prosecutor shall disclose to the defence evidence tends to show innocence mitigate the guilt"),
    (r"protect\w* (?:of )?(?:the )?(?:victims?|witness\w*)|(?:victims?|witness\w*|"
     r"survivors?)\b (?:[\w'-]+ ){0,4}(?:protect\w*|safety|safe|anonym\w*|hid(?:e|den|ing)|identit\w*|privacy|"
     r"intimidat\w*|threat\w*|danger|at risk|relocat\w*)|anonymous (?:witness\w*|testimony)|witness protection|"
     r"(?:child|children|minor|rape|sexual violence) (?:victims?|witness\w*|survivors?)|testif\w* (?:remotely|"
     r"anonymously|in secret|behind a screen)",
     "protect the safety physical and psychological well-being dignity and privacy of victims and witnesses"),
    (r"(?:victims?|survivors?|families|relatives)\b (?:[\w'-]+ ){0,4}(?:participat\w*|take part|have a say|be heard|"
     r"speak|tell their stor\w*|views|voices?|represent\w*|involved|lawyers?)|victim participation|"
     r"legal representatives? (?:of|for) (?:the )?victims|(?:role|place) (?:of|for) (?:the )?victims",
     "participation of victims views and concerns presented and considered legal representatives of the victims"),
    (r"(?:testify|testimony|witness\w*)\b (?:[\w'-]+ ){0,4}(?:video|remotely|in person|audio|recorded|"
     r"written statements?|transcripts?|online)|video[- ](?:link|testimony|conference)|recorded testimony|"
     r"written (?:statements?|testimony)|viva voce",
     "testimony of a witness given in person viva voce or recorded testimony video or audio technology"),
    (r"(?:witness\w*|testify\w*|testimony)\b (?:[\w'-]+ ){0,3}(?:oath|swear|sworn|truth)|under oath|(?:tell|"
     r"telling) the truth",
     "each witness shall give an undertaking as to the truthfulness of the evidence false testimony"),
    # Evidence, offences against the administration of justice, confidential information (arts. 69–73)
    (r"admissib\w* of (?:the )?evidence|(?:evidence|proof|confessions?|testimony)\b (?:[\w'-]+ ){0,3}(?:allowed|"
     r"admissible|inadmissible|excluded|thrown out|obtained|accepted|rejected)|illegal(?:ly)? obtained|"
     r"unlawfully obtained|obtained (?:by|through|under) (?:torture|coercion|illegal|unlawful)|hearsay|\bprobative|"
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
     r"\bbrib\w*|(?:intimidat|threaten|pressur|influenc|tamper|silenc|harass|pay|paid|paying|buy|bought|kill|attack|"
     r"retaliat)\w* (?:[\w'-]+ ){0,2}(?:witness|witnesses|judges?|court officials?|officials of the court)\b|"
     r"witness tampering|tamper\w* (?:with )?(?:the )?evidence|destroy\w* (?:the )?evidence|"
     r"obstruct\w* (?:of )?justice|administration of justice|corruptly",
     "offences against the administration of justice false testimony forged evidence corruptly influencing witness"),
    (r"national security|state secrets?|\bclassified\b|(?:secret|sensitive|confidential|intelligence|"
     r"military) (?:documents?|information|intelligence|files|reports?)|intelligence (?:services?|agenc\w*|reports?|"
     r"files)|refus\w* to (?:hand over|disclose|provide|share|release) (?:[\w'-]+ )?(?:documents|information|"
     r"intelligence|files)"
     r"|^(?=.*\b(?:secrets?|classified|intelligence|sensitive|national security|military information))(?=.*\b(?:government|states?|countr\w*|military|army|block\w*|refus\w*|withhold\w*|disclos\w*|hand\w* over|reveal\w*))",
     "protection of national security information disclosure would prejudice national security interests"),
    (r"third[- ]part(?:y|ies) (?:information|documents?|intelligence)|(?:received|shared|given|obtained|"
     r"disclosed) (?:[\w'-]+ ){0,3}in confidence|\boriginator|(?:intelligence|information|"
     r"documents?) (?:[\w'-]+ )?(?:from|by) (?:an? )?(?:ally|allied|another|other|foreign) (?:state|country|government|"
     r"organi[sz]ation)"
     r"|^(?=.*\b(?:documents?|papers?|information|intelligence|material\w*|files?|info))(?=.*\b(?:in confidence|confidential\w*|from (?:another|a third|an?) (?:state|country|government|international organi[sz]ation|third party)|third[- ]part\w*|international organi[sz]ation|originator|got (?:it )?from another))",
     "third-party information or documents disclosed in confidence consent of the originator"),
    # Decision, reparations and sentencing (arts. 74–76)
    (r"\bverdicts?\b|\bunanim|majority (?:decision|vote|verdict)|split (?:decision|verdict)|"
     r"\bjudges?\b (?:[\w'-]+ ){0,3}(?:disagree|vote|majority|dissent\w*)|\bdissent\w*|(?:written|"
     r"reasoned) (?:decisions?|judgments?|judgements?|verdicts?)|alternate judges?|reasons? for (?:the )?(?:decision|"
     r"verdict|judgment|judgement)"
     r"|(?:judges?|court|their) reasons|reasoned|(?:written|in writing|explain\w*) (?:[\w'-]+ ){0,3}(?:decision|judgm\w*|verdict|reasons)|(?:decision|judgm\w*|verdict|reasons) (?:[\w'-]+ ){0,3}(?:written (?:down|up)|in writing|explain\w*)",
     "requirements for the decision unanimity majority of the judges reasoned statement majority and minority"),
    (r"\bdeliberations?\b|\bleaks\b|leak(?:s|ed|ing)? (?:[\w'-]+ ){0,4}(?:deliberations?|documents?|information|"
     r"evidence|requests?|identit\w*|names?|secret\w*|confidential)|(?:judges?|staff|officials?|court|icc|"
     r"prosecutor)\b (?:[\w'-]+ ){0,3}leak(?:s|ed|ing)?\b",
     "deliberations of the Trial Chamber shall remain secret confidential"),
    (r"\breparations?\b|\brestitution|\brehabilitat|compensat\w* (?:[\w'-]+ ){0,2}victims?|"
     r"victims?\b (?:[\w'-]+ ){0,4}(?:compensat\w*|paid|money|damages|financial)|make amends"
     r"|^(?=.*\b(?:victims?))(?=.*\b(?:pay\w*|paid|damages|compensat\w*|money|restitution|redress|reimburs\w*))",
     "reparations to victims restitution compensation rehabilitation order against a convicted person Trust Fund"),
    (r"sentencing (?:hearing|process|procedure|stage)|(?:hand\w* down|pronounc\w*|announc\w*) (?:the |a )?sentence|"
     r"sentences? (?:[\w'-]+ ){0,2}(?:announced|pronounced|handed down|read out)|(?:further|separate|"
     r"additional) hearing (?:[\w'-]+ ){0,3}sentenc"
     r"|^(?=.*\b(?:sentenc\w*|punishment|penalt\w*))(?=.*\b(?:when|separate|further|additional|another|extra|own|dedicated))(?=.*\b(?:hearing|decid\w*|announc\w*|determin\w*|handed down|pronounc\w*))",
     "sentencing Trial Chamber further hearing relevant to the sentence pronounced in public"),
    (r"how (?:is|are) (?:the )?sentences? (?:decided|determined|set|calculated|fixed)|(?:factors|"
     r"criteria) (?:[\w'-]+ ){0,4}(?:sentences?|punishment|penalt\w*)|(?:mitigat|"
     r"aggravat)\w* (?:[\w'-]+ ){0,3}(?:factors?|circumstances|sentences?|punishment)|time (?:already )?(?:served|"
     r"spent) (?:in )?(?:detention|custody|jail|prison)|credit for time|(?:multiple|several|more than one) (?:crimes?|"
     r"convictions|counts)|(?:consecutive|concurrent|joint|combined|total) sentences?"
     r"|^(?=.*\b(?:how (?:long|much|many years)|length|decid\w*|determin\w*|factors?|work\w* out|calculat\w*|affect\w*|weigh\w*))(?=.*\b(?:sentenc\w*|punishment|penalt\w*|jail time|prison time))(?=.*\b(?:judges?|court|gravity|serious\w*|circumstances|factor\w*|count))",
     "determination of the sentence gravity individual circumstances deduct time spent in detention joint sentence"),

    # ── Part 7: penalties (arts. 77–80) ────────────────────────────────────────────────────
    (r"\bpenalt(?:y|ies)\b (?:[\w'-]+ ){0,4}(?:icc|court|statute|genocide|war crimes?|humanity|aggression|convict\w*|"
     r"impose\w*|crimes?)\b|(?:icc|court|statute)\b (?:[\w'-]+ ){0,4}penalt|max(?:imum)? (?:sentence|penalty|"
     r"punishment|term)|\blife (?:sentences?|imprisonment|in prison)|how (?:long|"
     r"many years) (?:[\w'-]+ ){0,3}(?:in prison|in jail|sentence|sentenced|imprison\w*|locked up|behind bars)|"
     r"jail time|prison (?:time|terms?|sentences?)|\bbehind bars|locked up for (?:life|years|decades)|(?:what|"
     r"which) (?:[\w'-]+ )?punishments?|kinds? of (?:punishment|penalt)|(?:prison|jail(?:ed)?|locked up|imprisoned|"
     r"behind bars|sentenced) for life"
     r"|^(?=.*\b(?:longest|maximum|max|harshest|toughest|heaviest|stiffest|highest|most severe))(?=.*\b(?:jail|prison|sentenc\w*|punish\w*|penalt\w*|term))",
     "applicable penalties imprisonment specified number of years maximum of 30 years life imprisonment fine"),
    (r"death penalty|capital punishment|\bexecut(?:e|ed|ion)\b (?:[\w'-]+ )?(?:convicts?|criminals?|guilty|"
     r"war criminals?|perpetrators?)|(?:be|get|being) (?:executed|hanged|put to death)|put to death|\bhang(?:ed|ing)\b",
     "applicable penalties life imprisonment penalties prescribed by their national law"),
    (r"\bassets?\b|\bseiz(?:e|ed|es|ing)\b (?:[\w'-]+ ){0,3}(?:assets?|property|money|houses?|bank|accounts?|wealth|"
     r"possessions|proceeds)|seizure of (?:assets|property|proceeds)|confiscat|forfeit|"
     r"\bfines?\b (?:[\w'-]+ ){0,3}(?:imposed|ordered|paid|pay|court|icc|convict\w*|penalt\w*|amount|sentence)|\b(?:a|"
     r"pay|impose\w*|order\w*|levy|heavy|big) fines?\b|\bfined\b|proceeds of (?:the )?crimes?|criminal proceeds|"
     r"take (?:away )?(?:their|his|her) (?:money|property|wealth|possessions|houses?)|"
     r"\bfreez\w* (?:[\w'-]+ )?(?:assets|accounts|property|funds)|ill-?gotten",
     "fine forfeiture of proceeds property and assets derived from that crime bona fide third parties"),
    (r"trust fund|victims'? fund|fund for (?:the )?victims|(?:money|proceeds|property) (?:[\w'-]+ ){0,3}(?:fines?|"
     r"forfeit\w*|confiscat\w*|seized)\b|(?:fines?|forfeit\w*|confiscated|seized (?:assets|property|"
     r"money)) (?:[\w'-]+ ){0,3}(?:go|goes|end up|used for|transferred)\b",
     "Trust Fund for the benefit of victims and families money collected through fines or forfeiture"),
    (r"(?:national|domestic|own|countr\w*'?s?|state'?s?) (?:laws? |courts? )?(?:penalt\w*|punish\w*|sentenc\w*)|"
     r"death penalty (?:[\w'-]+ ){0,4}(?:national|domestic|countr\w*|states?)|(?:countries|"
     r"states) (?:[\w'-]+ ){0,4}(?:death penalty|capital punishment)"
     r"|^(?=.*\b(?:states?|countr\w*|national|domestic))(?=.*\b(?:penalt\w*|punishments?|sentenc\w*))(?=.*\b(?:impos\w*|use|own|keep|apply|affect\w*|not in))",
     "non-prejudice to national application of penalties prescribed by their national law"),

    # ── Part 8: appeal and revision (arts. 81–85) ──────────────────────────────────────────
    (r"\bappeal\w* (?:[\w'-]+ ){0,2}(?:convictions?|acquittals?|verdicts?|sentences?|judgm?ents?|guilty)|"
     r"(?:convictions?|acquittals?|verdicts?|sentences?|judgm?ents?)\b (?:[\w'-]+ ){0,3}appeal|\boverturn|"
     r"\breverse\w* (?:the )?(?:verdict|conviction|decision|acquittal|sentence)|(?:challenge|contest)\w* (?:a |"
     r"the )?(?:verdict|conviction|sentence|decision|acquittal|ruling|judgm?ent)|error of (?:fact|law)|"
     r"procedural error|(?:sentences?|punishment|penalty)\b (?:[\w'-]+ ){0,3}too (?:harsh|lenient|light|severe|short|"
     r"long)|too (?:harsh|lenient|light|severe) (?:a )?(?:sentence|punishment|penalty)|disproportionat\w* (?:sentence|"
     r"punishment|penalty)"
     r"|^(?=.*\b(?:appeal\w*))(?=.*\b(?:locked up|detained|detention|custody|jail|prison|releas\w*|free|stay\w*))",
     "appeal against acquittal conviction or sentence procedural error error of fact error of law disproportion"),
    (r"appeal\w* (?:[\w'-]+ ){0,3}(?:bail|release|detention|jurisdiction|admissibility|reparations?|interim)|"
     r"interlocutory|suspensive effect|(?:bail|release|detention|jurisdiction|admissibility|"
     r"reparations?) (?:[\w'-]+ ){0,3}appeal"
     r"|^(?=.*\b(?:appeal\w*|challeng\w*|contest\w*|overturn\w*))(?=.*\b(?:release|bail|interim|interlocutory|middle of|during the trial|mid-?trial|reparations? orders?))",
     "appeal against other decisions jurisdiction admissibility granting or denying release order for reparations"),
    (r"appeals chamber|appeals? judges|appeals? court|new trial|\bretrial|\bre-?tr(?:y|ied|ial)\b|(?:increase|worsen|"
     r"lengthen)\w* (?:the |his |her )?sentence|(?:sentence|punishment) (?:[\w'-]+ )?(?:increased|made (?:worse|longer|"
     r"harsher))|to (?:his|her|their) detriment",
     "Appeals Chamber reverse or amend the decision order a new trial not amended to his detriment"),
    (r"new(?:ly discovered)? (?:evidence|facts)|\brevision\b|\brevis\w* (?:[\w'-]+ ){0,3}(?:conviction|sentence|"
     r"judgm?ent|verdict)|wrongful(?:ly)? convict|(?:case|conviction|verdict|judgm?ent)s? (?:[\w'-]+ ){0,2}(?:reopened|"
     r"re-opened|revisited|revised)|(?:reopen|re-open)\w* (?:a |the )?(?:case|conviction|verdict|judgm?ent)|"
     r"after (?:his|her|their|the (?:accused|convicted)\w*'?s?) death|clear (?:his|her|their) names?"
     r"|(?:conviction|verdict|case|trial)\b (?:[\w'-]+ ){0,4}(?:corrupt|bribed|rigged)|(?:corrupt|bribed) judge\w* (?:[\w'-]+ ){0,3}(?:case|trial|conviction|verdict)|judge\w* (?:was|were) (?:corrupt|bribed)"
     r"|^(?=.*\b(?:family|relatives|widow\w*|children|spouse|heirs?))(?=.*\b(?:dead|died|deceased|death))(?=.*\b(?:convict\w*|review\w*|clear\w*|reopen\w*))",
     "revision of conviction or sentence new evidence false forged or falsified after death spouses children"),
    (r"compensat\w* (?:[\w'-]+ ){0,5}(?:arrest\w*|detain\w*|detention|jail\w*|imprison\w*|convict\w*|acquit\w*|"
     r"innocent)|(?:wrongful|unlawful|illegal)(?:ly)? (?:arrest|detain|detention|convict|jail|imprison)\w*|"
     r"miscarriage of justice|wrongly (?:[\w'-]+ ){0,2}(?:locked up|jailed|imprisoned|detained|arrested|convicted)|"
     r"(?:locked up|jailed|detained|arrested|imprisoned) (?:[\w'-]+ ){0,4}compensat"
     r"|(?:innocent|wrongly|wrongfully|unjustly|unlawfully|illegally) (?:[\w'-]+ ){0,4}(?:jail\w*|prison|detain\w*|convict\w*|arrest\w*|locked up|imprison\w*)|(?:jail|prison|detention|locked up) (?:[\w'-]+ ){0,5}(?:innocent|acquitted|wrongly)",
     "compensation to an arrested or convicted person unlawful arrest or detention miscarriage of justice"),

    # ── Part 9: international cooperation and judicial assistance (arts. 86–102) ──────────
    (r"\bcooperat|help the (?:icc|court)|(?:countr\w*|states?|members?|governments?|"
     r"parties)\b (?:[\w'-]+ ){0,3}(?:must|have to|obliged to|required to|bound to|need to) (?:[\w'-]+ )?(?:help|"
     r"assist|obey|comply)|obligat\w* (?:[\w'-]+ )?to (?:help|assist|cooperate|comply)"
     r"|^(?=.*\b(?:countr\w*|states?|nations?|governments?|members?))(?=.*\b(?:must|have to|obliged|obligat\w*|required|duty|mandatory|bound))(?=.*\b(?:assist\w*|help\w*|cooperat\w*|co-operat\w*|support\w*))",
     "general obligation to cooperate fully States Parties international cooperation and judicial assistance"),
    (r"refus\w* to (?:cooperate|comply|arrest|surrender|hand|extradite|execute)|non-?(?:complian|cooperat)|"
     r"ignor\w* (?:[\w'-]+ ){0,2}(?:request|warrant|order)|(?:fail\w*|don'?t|doesn'?t|does not|do not|won'?t|will not|"
     r"didn'?t|did not) (?:to )?(?:cooperate|comply|arrest|surrender|hand (?:[\w'-]+ )?over)|(?:visit\w*|"
     r"travel\w*) (?:[\w'-]+ ){0,4}without (?:being )?arrested|consequences? (?:for|of) (?:not|non|refusing)"
     r"|uncooperative|non-?cooperat\w*|(?:refus\w*|fail\w*|won'?t|doesn'?t|don'?t) (?:[\w'-]+ ){0,2}(?:cooperat\w*|co-operat\w*|comply)",
     "fails to comply with request to cooperate finding refer the matter to Assembly of States Parties"),
    (r"\binterpol\b|international (?:criminal )?police|diplomatic channels?|(?:how|through which|what) channels?|"
     r"(?:icc'?s?|court'?s?) requests? (?:[\w'-]+ ){0,2}(?:sent|transmitted|delivered|passed on|communicated)|"
     r"requests? (?:for cooperation|from the (?:icc|court)) (?:[\w'-]+ ){0,2}(?:sent|transmitted|delivered)"
     r"|^(?=.*\b(?:icc|court))(?=.*\b(?:ask\w*|request\w*|send\w*))(?=.*\b(?:help|assistance|cooperat\w*|co-operat\w*))(?=.*\b(?:countr\w*|states?|nations?|governments?))",
     "requests for cooperation transmitted through the diplomatic channel International Criminal Police Organization"),
    (r"implementing legislation|(?:change|adapt|pass|amend)\w* (?:[\w'-]+ ){0,2}(?:national|domestic) (?:laws?|"
     r"legislation)|(?:national|domestic) (?:laws?|legislation|procedures?) (?:[\w'-]+ ){0,3}(?:cooperat\w*|icc|court)"
     r"|^(?=.*\b(?:national|domestic|own|their|its))(?=.*\b(?:laws?|legislation|procedures?))(?=.*\b(?:cooperat\w*|work with|help|assist\w*|implement\w*|icc\b))",
     "procedures available under their national law for all of the forms of cooperation"),
    # Arrest and surrender (arts. 89–92)
    (r"hand\w* (?:[\w'-]+ ){0,2}over (?:a |the )?(?:suspects?|persons?|people|accused|fugitives?|him|her|them|"
     r"nationals?|citizens?|leaders?|presidents?)|hand\w* (?:[\w'-]+ ){0,3}over (?:[\w'-]+ ){0,3}to (?:the )?(?:icc|"
     r"court|hague)|(?:send|deliver|transfer)\w* (?:[\w'-]+ ){0,2}to the hague|(?:must|have to|obliged to|required to|"
     r"bound to|need to) (?:[\w'-]+ )?(?:arrest|hand over|detain) (?:[\w'-]+ ){0,4}(?:icc|court|wanted|sought|"
     r"suspects?)|(?:have to|must|obliged to|required to|bound to|need to|supposed to) (?:[\w'-]+ ){0,2}(?:arrest|"
     r"hand (?:[\w'-]+ ){0,2}over)\b"
     r"|^(?=.*\b(?:surrender\w*|hand\w* over|handover|handing over|turn\w* over|send\w* to the hague))(?=.*\b(?:icc|court|hague))(?=.*\b(?:how|work\w*|citizens?|nationals?|process))",
     "surrender of persons to the Court request for arrest and surrender comply with requests"),
    (r"\btransit (?:state|country|through)|\bin transit\b|(?:suspects?|accused|persons?|prisoners?|"
     r"detainees?)\b (?:[\w'-]+ ){0,5}(?:airspace|fl(?:y|own|ew|ying)|transit\w*|transport\w*) (?:through|over|across)|"
     r"\bairspace\b|unscheduled landing",
     "transportation through its territory of a person being surrendered transit State unscheduled landing 96 hours"),
    (r"extradit\w* (?:[\w'-]+ ){0,6}(?:same (?:person|suspect)|also|competing|priority|instead|first)|(?:icc|"
     r"court)\b (?:[\w'-]+ ){0,3}(?:and|or|vs\.?|versus) (?:a |an |another )?(?:other )?(?:state|country)|"
     r"competing requests?|(?:instead of|rather than) (?:to )?(?:the )?(?:icc|court)|(?:two|both|multiple|several|"
     r"another) (?:countries|states|requests) (?:[\w'-]+ ){0,3}(?:want|request|seek|claim)|(?:which|"
     r"whose) request (?:[\w'-]+ ){0,2}(?:priority|first|prevails)"
     r"|^(?=.*\b(?:two|both|competing|rival|multiple|several|another|same))(?=.*\b(?:requests?|demands?|claims?|want\w*))(?=.*\b(?:suspect|person|fugitive|same|extradit\w*|surrender\w*|hand\w* over))",
     "competing requests surrender to the Court extradition to the requesting State priority international obligation"),
    (r"difference between (?:surrender|extradition)|(?:surrender|extradition) (?:vs\.?|versus|or|and) (?:surrender|"
     r"extradition)|(?:extradit|surrender|hand)\w* (?:[\w'-]+ )?(?:their|its) own (?:citizens|nationals)"
     r"|\bextradit\w*\b (?:[\w'-]+ ){0,6}(?:surrender|hand\w* (?:someone )?(?:over|to))|(?:surrender|hand\w* (?:someone )?(?:over|to)) (?:[\w'-]+ ){0,6}extradit\w*",
     "surrender means delivering up of a person to the Court extradition delivering up to another State"),
    (r"(?:contents?|contain\w*|include) (?:[\w'-]+ ){0,3}(?:request|warrant)s?\b|(?:request|"
     r"warrant)s? (?:[\w'-]+ ){0,3}(?:must|should|need to) (?:contain|include|say)|(?:request|"
     r"warrant)s?\b (?:[\w'-]+ ){0,3}contain|(?:what|which) (?:information|documents?|"
     r"details?) (?:[\w'-]+ ){0,4}(?:request|warrant)|(?:urgent|emergency) requests?"
     r"|^(?=.*\b(?:request\w*|ask\w*))(?=.*\b(?:arrest\w*|surrender\w*|handover|hand\w* over|detain\w*|assistance|help))(?=.*\b(?:contain|include|what has to|what (?:info|information|documents?|details?|goes|must)|documents?|description|papers?|paperwork|info|form|other than arrest|in writing))",
     "request made in writing information describing the person sought copy of the warrant supporting documents"),
    (r"provisional(?:ly)? arrest|(?:urgent|emergency|immediate) arrest|arrest (?:[\w'-]+ ){0,2}(?:before|pending|"
     r"ahead of) (?:the )?(?:full |formal )?(?:request|paperwork|documents)|consent to (?:[\w'-]+ )?surrender"
     r"|^(?=.*\b(?:arrest\w*|held|detain\w*|custody|releas\w*))(?=.*\b(?:urgent\w*|emergenc\w*|provisional\w*|before (?:the )?(?:formal |full )?(?:request|paperwork)|request (?:[\w'-]+ ){0,3}(?:arrives|comes|late)|too late|paperwork))",
     "provisional arrest urgent cases pending presentation of the request for surrender released from custody"),
    # Other forms of cooperation, postponement, consultations, immunities, costs (arts. 93–101)
    (r"(?:what|which|other) (?:kinds?|types?|forms?) of (?:cooperation|assistance|help)|other (?:help|assistance)|"
     r"search(?:es)? (?:and|or) seizures?|\bsearch (?:warrants?|premises|homes?|houses?|offices?)|(?:icc|"
     r"court)\b (?:[\w'-]+ ){0,6}\bsearch(?:es)?\b|raids? (?:on|of) (?:homes?|offices?|premises)|serv(?:e|ice|"
     r"ing) (?:of )?(?:documents|papers)|(?:identify|find|locate|track|trac)\w* (?:[\w'-]+ ){0,2}(?:suspects?|"
     r"fugitives?|assets|witnesses)|\bwhereabouts|(?:collect|gather|obtain)\w* evidence (?:abroad|in (?:a |another |"
     r"other )countr\w*)|temporary transfer",
     "other forms of cooperation identification whereabouts taking of evidence searches and seizures freezing assets"),
    (r"safe conduct|(?:witness\w*|experts?)\b (?:[\w'-]+ ){0,6}(?:be |get |being )?(?:prosecuted|arrested|detained)",
     "assurance to a witness or expert will not be prosecuted detained restriction of personal freedom"),
    (r"(?:refus|deny|denie|declin|reject)\w* (?:[\w'-]+ ){0,2}(?:requests?|assistance|cooperation)\b|grounds (?:for|"
     r"to) (?:refus|deny|reject)\w*|(?:say no|said no|saying no) to (?:a |the )?(?:icc|court)|"
     r"turn\w* down (?:[\w'-]+ ){0,2}requests?",
     "deny a request for assistance national security fundamental legal principle inform the reasons"),
    (r"(?:icc|court) (?:[\w'-]+ )?(?:help|assist|share (?:[\w'-]+ )?evidence with|cooperate with) (?:a |national |"
     r"domestic )?(?:countr\w*|states?|national courts?|domestic courts?|prosecutors?)|(?:national|"
     r"domestic) (?:courts?|prosecutors?|trials?|investigations?) (?:[\w'-]+ ){0,3}(?:icc|court)'?s? (?:evidence|help|"
     r"assistance)",
     "Court may cooperate with and provide assistance to a State Party conducting an investigation"),
    (r"postpon\w* (?:[\w'-]+ ){0,4}(?:requests?|surrender|execution|cooperation|arrest|handing over)|(?:requests?|"
     r"surrender|execution|cooperation)\b (?:[\w'-]+ ){0,3}postpon|\bdelay\w* (?:[\w'-]+ ){0,2}(?:execution|surrender|"
     r"requests?|handing over|cooperation|compliance)|(?:own|national|domestic) (?:investigation|prosecution|case|"
     r"trial) (?:[\w'-]+ ){0,3}(?:first|priority|before)|(?:already|currently) (?:serving|on trial|in (?:jail|prison))"
     r"|^(?=.*\b(?:delay\w*|postpon\w*|put\w* off|hold\w* off|defer\w*|wait\w*|pause\w*|suspend\w*|on hold))(?=.*\b(?:request\w*|help\w*|assist\w*|cooperat\w*|executing|carry\w* out|admissib\w*))"
     r"|^(?=.*\b(?:request\w*))(?=.*\b(?:interfer\w*|clash\w*|get in the way|disrupt\w*|jeopardi[sz]\w*|harm\w*))(?=.*\b(?:national|domestic|own|ongoing|investigation|case|prosecution))",
     "postponement of execution of a request ongoing investigation or prosecution admissibility challenge"),
    (r"(?:problems?|difficult\w*|obstacles?|issues?|trouble) (?:[\w'-]+ ){0,2}(?:executing |carrying out |with )?(?:a |"
     r"the )?(?:court'?s? |icc'?s? )?(?:request|surrender|cooperation)|(?:can'?t|cannot|unable to) (?:find|"
     r"locate) (?:the )?(?:suspect|person|accused|fugitive)|(?:arrest\w*|detain\w*|surrender\w*|"
     r"hand\w* over) (?:[\w'-]+ ){0,2}(?:the )?wrong (?:person|man|woman|suspect)|mistaken identity|(?:conflict\w*|"
     r"clash\w*|breach\w*|break\w*|violat\w*) (?:[\w'-]+ ){0,2}(?:treaty|agreement|obligation)"
     r"|(?:can'?t|cannot|can not|couldn'?t) be (?:found|located|traced)|whereabouts unknown|trouble (?:carrying out|executing)|problems? (?:carrying out|executing|with (?:a |the )?request)",
     "consultations problems impede execution person sought cannot be located breach pre-existing treaty obligation"),
    (r"article 98|(?:bilateral|immunity|non-?surrender) (?:agreements?|deals?|treat(?:y|ies))|status of forces|"
     r"(?-i:\bSOFAs?\b)|\bdiplomats?\b|diplomatic immunity (?:[\w'-]+ ){0,4}(?:surrender|arrest|hand|agreements?|"
     r"third)|sending state|(?:foreign|visiting) (?:troops|soldiers|heads? of state|presidents?|leaders?|officials?)"
     r"|(?:agreements?|deals?|treat(?:y|ies)) (?:[\w'-]+ ){0,4}not to (?:surrender|hand over|extradite|transfer)|article 98|bilateral immunity|(?:hand\w* (?:[\w'-]+ )?over|surrender\w*) (?:[\w'-]+ ){0,4}(?:breaks?|breach\w*|violat\w*|conflict\w*) (?:[\w'-]+ ){0,3}(?:treat|agreement)",
     "waiver of immunity consent to surrender State or diplomatic immunity third State sending State"),
    (r"(?:prosecutor|investigators?)\b (?:[\w'-]+ ){0,4}(?:directly|themselves|without (?:the )?(?:local|"
     r"national) (?:authorities|police))|carry(?:ing)? out (?:a |the )?(?:court'?s? )?requests?|"
     r"execut\w* (?:[\w'-]+ )?requests?|law of the requested state"
     r"|^(?=.*\b(?:requests?))(?=.*\b(?:carried out|executed|execut\w*|implement\w*|handled))(?=.*\b(?:countr\w*|national|domestic|local|law|how))"
     r"|^(?=.*\b(?:prosecutor))(?=.*\b(?:interview\w*|question\w*|go to|visit\w*|on-?site|directly))(?=.*\b(?:countr\w*|state|witnesses|without))",
     "execution of requests procedure under the law of the requested State Prosecutor may execute directly"),
    (r"(?:who|which (?:side|party|state|country)) (?:[\w'-]+ )?(?:pays|bears|covers|foots|"
     r"picks up)\b (?:[\w'-]+ ){0,8}(?:requests?|cooperation|surrender|transfer|witness\w*|translation|interpret\w*|"
     r"travel|transport\w*|execut\w*|carr(?:y|ies|ied) out|arrest\w*)|\bfoot(?:s|ing)? the bill|pick\w* up the (?:tab|"
     r"bill)|costs? (?:[\w'-]+ ){0,3}(?:requests?|cooperation|surrender|transfer|witness\w*|translat\w*|interpret\w*|"
     r"travel|transport\w*)|(?:requests?|cooperation|surrender|transfer|witness\w*|translation|interpretation|travel|"
     r"transport\w*)\b (?:[\w'-]+ ){0,3}(?:costs?|paid for|expenses)",
     "ordinary costs for execution of requests borne by the requested State costs borne by Court"),
    (r"rule of speciality|\bspeciality|\bspecialty|(?:tried|charged|prosecuted|punished) (?:[\w'-]+ ){0,2}(?:for|"
     r"with) (?:other|different|additional|new|more|older|earlier) (?:crimes|charges|offen[cs]es|conduct)"
     r"|^(?=.*\b(?:surrender\w*|handed over|hand\w* over|extradit\w*|transferred))(?=.*\b(?:new charges|other (?:crimes|charges|offen[cs]es)|additional charges|add\w* (?:[\w'-]+ ){0,2}charges|different (?:crimes|charges)|waiv\w*))"
     r"|waiv\w* (?:[\w'-]+ ){0,3}(?:limits?|restrictions?|speciality)",
     "rule of speciality not proceeded against punished or detained for conduct prior to surrender waiver"),

    # ── Part 10: enforcement (arts. 103–111) ───────────────────────────────────────────────
    (r"where (?:do|does|will|would|are|is) (?:[\w'-]+ ){0,4}(?:serve|imprisoned|jailed|locked up|go to prison|"
     r"do (?:their|his|her) time)|which (?:country|state)\b (?:[\w'-]+ ){0,5}(?:prison|jail|imprison\w*|serve|sentence|"
     r"locked up|incarcerat\w*)|(?:what|which) prisons?|serv(?:e|es|ing) (?:their|the|his|her|a) (?:sentences?|time|"
     r"prison terms?)|(?:icc|court) (?:[\w'-]+ )?(?:have|has|run|own)s? (?:its |a )?(?:own )?(?:prison|jail)|(?:accept|"
     r"take|host|agree to take) (?:[\w'-]+ )?(?:prisoners|convicts|sentenced)|state of enforcement"
     r"|^(?=.*\b(?:countr\w*|states?|nations?|governments?))(?=.*\b(?:refus\w*|declin\w*|reject\w*|accept\w*|take|host|volunteer\w*|willing))(?=.*\b(?:prisoners?|convicts?|inmates?|sentenced))"
     r"|^(?=.*\b(?:choos\w*|chose|pick\w*|select\w*|decid\w*|designat\w*))(?=.*\b(?:countr\w*|states?))(?=.*\b(?:prison|sentence|serve|convict\w*))",
     "enforcement of sentences of imprisonment State designated by the Court willingness to accept sentenced persons"),
    (r"transfer\w* (?:[\w'-]+ ){0,3}(?:to )?(?:another|a different) (?:prison|country|state)|(?:move|moved|"
     r"moving) (?:[\w'-]+ ){0,3}(?:to )?(?:another|a different) (?:prison|country)|prison transfer"
     r"|^(?=.*\b(?:prisoners?|convicts?|inmates?|sentenced (?:person|people)|someone))(?=.*\b(?:mov\w*|transfer\w*|relocat\w*|switch\w*|change where))(?=.*\b(?:prison|another (?:country|state)|different (?:country|state)|elsewhere|serves? (?:their|his|her) time))",
     "change in designation of State of enforcement transfer sentenced person to a prison of another State"),
    (r"(?:state|country|government)s? (?:[\w'-]+ ){0,3}(?:change|modify|shorten|lengthen|reduce|alter|commute|"
     r"pardon)\w* (?:the |a |his |her |their )?(?:sentences?|punishment|prison terms?)|\bcommut(?:e|ed|ing|"
     r"ation)? (?:[\w'-]+ ){0,2}(?:sentences?|punishment|prison terms?)|\bcommutation|\bpardon(?:s|ed|"
     r"ing)?\b (?:[\w'-]+ ){0,3}(?:him|her|them|convicts?|prisoners?|criminals?|the (?:convicted|accused|sentenced))|"
     r"(?:presidential|state|national|royal) pardons?|grant\w* (?:a )?pardons?|\bclemency|"
     r"sentences? (?:[\w'-]+ ){0,3}(?:changed|modified|shortened|altered|commuted|"
     r"reduced) by (?:the )?(?:[\w'-]+ )?(?:state|country|government)"
     r"|^(?=.*\b(?:countr\w*|states?|nations?|governments?|national|host))(?=.*\b(?:let (?:them|him|her|prisoners?) out|releas\w*|change|alter|modif\w*|shorten\w*|pardon\w*|bound|binding|commut\w*))(?=.*\b(?:prisoners?|convicts?|sentence|holding|early))",
     "sentence of imprisonment binding on the States Parties in no case modify it Court alone shall decide"),
    (r"prison conditions|conditions (?:of|in) (?:imprisonment|detention|prison|jail)|(?:treatment|"
     r"treated) (?:of )?(?:prisoners|inmates|convicts)|(?:prisoners|inmates|convicts) (?:[\w'-]+ )?(?:treated|kept|"
     r"housed)|(?:luxury|comfortable|harsh|humane|inhumane) (?:prisons?|jails?|cells?|conditions)|(?:monitor|inspect|"
     r"supervis)\w* (?:[\w'-]+ ){0,2}(?:prisons?|prisoners|inmates|conditions)"
     r"|^(?=.*\b(?:prisoners?|convicts?|inmates?|sentenced person))(?=.*\b(?:talk\w*|communicat\w*|contact\w*|write|complain\w*|letters?|speak))(?=.*\b(?:court|icc|privately|confidential\w*))",
     "supervision of enforcement conditions of imprisonment international treaty standards treatment of prisoners"),
    (r"(?:after|once|when) (?:[\w'-]+ ){0,3}(?:released|finish\w*|complet\w*|served|"
     r"serving) (?:[\w'-]+ ){0,3}(?:sentences?|prison|jail|prison term)|(?:what happens|where (?:do|does|"
     r"will)) (?:[\w'-]+ ){0,4}(?:after|upon) (?:release|completion|prison|serving)|(?:go|return|"
     r"sent) (?:back )?home after (?:[\w'-]+ ){0,2}(?:prison|jail|sentence|release)"
     r"|^(?=.*\b(?:convicts?|prisoners?|person|someone|they|he|she))(?=.*\b(?:released|finish\w*|serv\w* (?:their|his|her) time|complet\w*))(?=.*\b(?:where|go|sent|home|back|extradit\w*|deport\w*))",
     "transfer of the person upon completion of sentence State obliged or agrees to receive"),
    (r"(?:prosecut|tri|extradit|charg)\w* (?:[\w'-]+ ){0,3}while (?:serving|in prison|imprisoned|in jail)|"
     r"(?:prisoners?|convicts?|sentenced persons?)\b (?:[\w'-]+ ){0,4}(?:other|more|older|different|additional|"
     r"earlier) (?:crimes|charges|offen[cs]es)"
     r"|^(?=.*\b(?:prisoners?|convicts?|convicted|inmates?|serving))(?=.*\b(?:prosecut\w*|tried|extradit\w*|charg\w*))(?=.*\b(?:other|else|another|different|while|still|new))",
     "limitation on the prosecution or punishment of other offences State of enforcement approved by Court"),
    (r"(?:enforc|collect|recover|execut|give effect)\w* (?:[\w'-]+ ){0,2}(?:fines?|forfeiture|confiscation|seizures?|"
     r"reparations? orders?)|(?:fines?|forfeiture|confiscat\w*|seized (?:assets|"
     r"property))\b (?:[\w'-]+ ){0,4}(?:enforc\w*|collect\w*|recover\w*|national|transferred|sold|value)|(?:sell|sold|"
     r"sale of) (?:[\w'-]+ ){0,2}(?:seized|forfeited|confiscated) (?:property|assets)"
     r"|^(?=.*\b(?:property|assets|money|possessions|wealth|belongings))(?=.*\b(?:seiz\w*|confiscat\w*|forfeit\w*|taken|frozen))(?=.*\b(?:convict\w*|criminals?|what happens|where does|happens to))",
     "enforcement of fines and forfeiture measures recover the value of proceeds property or assets"),
    (r"early release|\bparole|reduc\w* (?:of |in )?(?:the |a |his |her |their )?sentences?|(?:sentences?|"
     r"terms?) (?:[\w'-]+ ){0,2}(?:reduced|shortened|cut)|(?:let|get|got|gets|be|being|released) out early|"
     r"released early|(?:before|prior to) (?:the )?(?:end|expiry) of (?:the |a |his |her |their )?sentence|"
     r"time off (?:[\w'-]+ ){0,2}(?:sentence|good behaviou?r)|good behaviou?r|(?:full|whole|entire) (?:sentence|term)|"
     r"two[- ]thirds of (?:the |their |his |her )?(?:sentence|term|time)|25 years|(?:review|"
     r"reconsider)\w* (?:of )?(?:the |a )?sentence|sentences? (?:[\w'-]+ ){0,2}(?:be )?(?:reviewed|reconsidered|"
     r"reduced)|life (?:[\w'-]+ ){0,2}(?:really|actually) (?:mean|life)"
     r"|two[- ]thirds|shorten\w* (?:[\w'-]+ ){0,2}sentences?|out early",
     "review concerning reduction of sentence served two thirds of the sentence 25 years life imprisonment"),
    (r"\bescap\w* (?:[\w'-]+ ){0,2}(?:prison|custody|jail|detention)|break\w* out of (?:prison|jail)|\bjail ?break|"
     r"prison ?break|\bflee\w* (?:[\w'-]+ )?(?:prison|jail|custody)|escaped (?:convicts?|prisoners?)|(?:convicts?|"
     r"convicted (?:person|man|woman)|prisoners?|inmates?|sentenced (?:person|man|"
     r"woman))\b (?:[\w'-]+ ){0,2}(?:runs? away|ran away|escapes?|escaped|flees|fled|abscond\w*|goes on the run)"
     r"|breaks? out|broke out|on the run",
     "convicted person escapes from custody and flees the State of enforcement request the person's surrender"),

    # ── Part 11: Assembly of States Parties (art. 112) ─────────────────────────────────────
    (r"assembly of (?:the )?states parties|assembly of (?:the )?(?:member )?(?:states|countries)|\basp\b|(?:who|"
     r"which body) (?:[\w'-]+ ){0,2}(?:oversees|supervises|governs|controls|runs|manages|is in charge of) the (?:icc|"
     r"court)|(?:oversight|control) (?:of|over) the (?:icc|court)|(?:member (?:states|countries)|"
     r"states parties) (?:[\w'-]+ ){0,3}(?:meet|vote|gather|decide|oversee|govern|control|get together)",
     "Assembly of States Parties management oversight Presidency Prosecutor Registrar budget number of judges"),
    (r"(?:annual|yearly) (?:meeting|session)s? (?:[\w'-]+ ){0,3}(?:states|countries|members|assembly|parties)|"
     r"how often (?:[\w'-]+ ){0,4}(?:meet|gather|convene|get together)|(?:countries|states|members|"
     r"parties)\b (?:[\w'-]+ ){0,3}(?:get together|convene)|one (?:country|state),? one vote|voting (?:rights|power|"
     r"rules)|each (?:state|country) (?:[\w'-]+ ){0,3}votes?|(?:reach|by|decisions? by) consensus|\bquorum\b|"
     r"special sessions?"
     r"|(?:each|every) (?:member )?(?:state|country|nation|party) (?:[\w'-]+ ){0,3}votes?",
     "Assembly shall meet once a year special sessions each State Party one vote consensus quorum"),
    (r"(?:assembly'?s?|asp'?s?|the) bureau\b(?! of (?:investigation|prisons|labou?r|statistics))",
     "Bureau of the Assembly President two Vice-Presidents and 18 members three-year terms"),
    (r"watchdog|oversight (?:body|mechanism)|internal (?:investigations?|oversight|audit)|"
     r"\binspect\w* (?:[\w'-]+ )?(?:icc|court)|investigat\w* (?:the )?(?:icc|court) itself|(?:who|"
     r"which body) (?:investigates|polices|checks on|inspects) (?:the )?(?:icc|court)",
     "independent oversight mechanism for inspection evaluation and investigation of the Court subsidiary bodies"),
    (r"observers? (?:[\w'-]+ ){0,4}(?:assembly|asp|meetings?)|(?:assembly|asp|meetings?) (?:[\w'-]+ ){0,4}observers?|"
     r"(?:non-?(?:member|party)|signator\w*) (?:[\w'-]+ ){0,4}(?:attend|participate|sit in|take part)",
     "States which have signed this Statute or the Final Act may be observers in the Assembly"),
    (r"\barrears|behind (?:on|in|with) (?:[\w'-]+ ){0,2}(?:pay\w*|dues|contributions)|(?:doesn'?t|does not|don'?t|"
     r"do not|fail\w* to|not|stop\w*|refus\w* to) (?:[\w'-]+ )?pay\w* (?:[\w'-]+ )?(?:share|dues|contributions?)|"
     r"(?:lose|lost|losing) (?:its |their )?(?:vote|voting rights)|unpaid (?:dues|contributions)",
     "arrears in the payment of its financial contributions no vote in the Assembly preceding two years"),

    # ── Part 12: financing (arts. 113–118) ─────────────────────────────────────────────────
    (r"(?:icc|court|assembly)'?s? (?:[\w'-]+ ){0,2}(?:funds?|funding|finances?|financing|expenses|money)\b|(?:budget|"
     r"funding|finances?|financing|expenses|money) (?:[\w'-]+ ){0,3}(?:of|for) (?:the )?(?:icc|court|assembly)|"
     r"how (?:is|does) (?:the )?(?:icc|court) (?:[\w'-]+ )?(?:funded|financed|paid for|get (?:its )?money)|"
     r"who (?:pays for|funds|finances|bankrolls) (?:the )?(?:icc|court)|(?:icc|court) (?:is )?(?:funded|financed)|"
     r"(?:un|united nations|security council) (?:[\w'-]+ ){0,4}(?:pay|pays|fund|funds|money|costs?|expenses)\b"
     r"|^(?!.*\b(?:requests?|travel\w*|transport\w*|witness\w*|victims?)\b)(?=.*\b(?:pays?|paid|covers?|funds?|foots?))(?=.*\b(?:bills?|costs|expenses|running costs))",
     "expenses paid from the funds of the Court budget assessed contributions funds provided by the United Nations"),
    (r"(?:who|which body) (?:[\w'-]+ ){0,2}(?:decides?|approves?|adopts?|sets?|controls?) (?:[\w'-]+ ){0,2}budget|"
     r"budget (?:is )?(?:decided|approved|adopted|set)\b",
     "Assembly of States Parties shall consider and decide the budget for the Court"),
    (r"financial (?:regulations|rules|matters)"
     r"|^(?=.*\b(?:financial|money|financ\w*|budgetary|fiscal))(?=.*\b(?:rules?|regulations?|govern\w*))",
     "Financial Regulations and Rules adopted by the Assembly of States Parties"),
    (r"donat\w* (?:[\w'-]+ ){0,4}(?:icc|court|trust fund|money|funds)|(?:icc|court) (?:[\w'-]+ ){0,4}(?:donations?|"
     r"donors?)|\bdonors?\b|voluntary contributions?|private (?:money|funding|donations?)|(?:corporations?|companies|"
     r"individuals|billionaires?|ngos?|charities|governments?) (?:[\w'-]+ ){0,3}(?:donate|give money|contribute|fund)"
     r"|voluntar\w* (?:money|funds?|contributions?|donations?|payments?)|(?:extra|additional) (?:money|funds?|funding)",
     "voluntary contributions from Governments international organizations individuals corporations other entities"),
    (r"(?:how much|what share) (?:[\w'-]+ ){0,4}(?:each|every|member) (?:country|state)|scale of assessment|"
     r"assessed contributions?|membership fees?|(?:how|what determines) (?:[\w'-]+ ){0,4}contributions?|(?:their|its|"
     r"each) share of (?:the )?(?:budget|costs)"
     r"|^(?=.*\b(?:share|portion|fee|dues|contribution\w*|how much))(?=.*\b(?:costs?|budget|pay\w*|contribut\w*|scale|formula|calculat\w*|worked out|determin\w*|based on))(?=.*\b(?:countr\w*|states?|members?|each|formula|un scale))",
     "contributions of States Parties assessed agreed scale of assessment United Nations regular budget"),
    (r"\baudit\w*|(?:who|how) (?:[\w'-]+ )?(?:checks|oversees|monitors|controls) (?:the )?(?:icc'?s? |"
     r"court'?s? )?(?:spending|finances|money|books|budget|accounts)|financial statements|(?:icc|"
     r"court)'?s? (?:accounts|books)",
     "records books and accounts annual financial statements audited annually by an independent auditor"),

    # ── Part 13: final clauses (arts. 119–128) ─────────────────────────────────────────────
    (r"\bdisputes?\b|disagree\w* (?:between|among) (?:[\w'-]+ )?(?:states|countries|members)|"
     r"international court of justice|\bicj\b|world court"
     r"|^(?=.*\b(?:disagree\w*|disput\w*|argu\w*|fights?|quarrel\w*|clash\w*))(?=.*\b(?:read|interpret\w*|meaning|application|treaty|statute|judicial functions))",
     "settlement of disputes judicial functions of the Court negotiations Assembly International Court of Justice"),
    (r"reservations? (?:[\w'-]+ ){0,4}(?:statute|treaty|ratif\w*|join\w*|articles?|provisions?)|(?:statute|treaty|"
     r"ratif\w*)\b (?:[\w'-]+ ){0,4}reservations?|(?:any|no) reservations|(?:opt|pick|choose|"
     r"cherry-?pick)\w* (?:out of )?(?:certain|some|specific|particular|which) (?:parts|articles|provisions|crimes)|"
     r"(?:exclude|exempt)\w* (?:certain |some )?(?:articles|provisions|parts)|(?:accept|sign|join|"
     r"ratif)\w* (?:only )?(?:part|parts|some) of (?:the )?(?:statute|treaty)"
     r"|partial\w* (?:acceptance|ratification|membership|participation)|(?:pick|choose|select|opt)\w* (?:and choose )?(?:which|some|certain|specific) (?:articles|parts|provisions|bits|rules)",
     "No reservations may be made to this Statute"),
    (r"\bamend\w* (?:[\w'-]+ ){0,2}(?:statute|treaty)|(?<!first )(?<!second )(?<!fifth )amendments?\b(?! (?:to|"
     r"of) the charges)|(?:change|chang\w*|rewrite|modify|alter|revise)\w* (?:[\w'-]+ ){0,2}(?:statute|treaty)|"
     r"(?:statute|treaty) (?:[\w'-]+ ){0,3}(?:amended|changed|rewritten|modified)",
     "amendments proposal Secretary-General two-thirds majority seven-eighths entry into force one year"),
    (r"(?:new|add\w*|more|extra) (?:[\w'-]+ )?crimes? (?:to|in) (?:the )?(?:statute|list|icc)|(?:add|adding|include|"
     r"including|expand\w*|extend\w*) (?:[\w'-]+ ){0,3}(?:to|in) the (?:list of )?crimes|(?:new|"
     r"more) crimes? (?:[\w'-]+ ){0,2}added|add\w* (?:new |more )crimes?",
     "amendment to articles 5 6 7 and 8 States Parties which have accepted the amendment"),
    (r"institutional (?:nature|provisions|amendments)|(?:change|amend)\w* (?:[\w'-]+ ){0,3}(?:number of judges|"
     r"salaries|terms? of office|staff regulations)|number of judges (?:[\w'-]+ ){0,2}(?:changed|amended|altered)"
     r"|(?:organi[sz]ational|administrative|institutional) (?:provisions|rules|parts|articles|matters)",
     "amendments to provisions of an exclusively institutional nature proposed at any time six months"),
    (r"review conference|(?:review|reviewing|revisit\w*) (?:of )?(?:the )?(?:rome )?(?:statute|treaty)"
     r"|(?:statute|treaty) (?:[\w'-]+ ){0,2}reviewed|kampala",
     "Review Conference Secretary-General seven years after entry into force list of crimes in article 5"),
    (r"opt(?:ed|ing|s)?[- ]?out (?:[\w'-]+ ){0,4}(?:jurisdiction|war crimes|aggression|statute|icc|court|article)|"
     r"transitional (?:provision|period|clause)|seven[- ]year (?:opt|exemption|exception|delay|period|window)|"
     r"(?:exempt|shield|exclude)\w* (?:[\w'-]+ ){0,3}(?:from|of) war crimes|article 124|(?:refus|declin|reject|"
     r"not accept)\w* (?:[\w'-]+ ){0,2}jurisdiction (?:[\w'-]+ ){0,2}war crimes"
     r"|transitional|opt[- ]?out (?:[\w'-]+ ){0,4}war crimes|war crimes? (?:[\w'-]+ ){0,3}(?:exemption|opt[- ]?out|exception|delay\w*)|(?:delay|postpon|suspend|defer)\w* (?:[\w'-]+ ){0,4}jurisdiction over war crimes",
     "transitional provision declaration seven years does not accept jurisdiction war crimes nationals or territory"),
    (r"\bjoin(?:s|ed|ing)? (?:the )?(?:icc|court|statute|treaty|rome statute)|\bratif|\bsign(?:ed|ing|"
     r"s)?\b (?:[\w'-]+ ){0,3}(?:statute|treaty|icc)\b|(?:countries|states|nations) (?:[\w'-]+ ){0,3}(?:signed|sign)\b|"
     r"(?:statute|treaty) (?:[\w'-]+ ){0,2}signed|\bsignator|\bsignature\b|\baccession|\baccede|"
     r"becom\w* (?:a )?(?:state )?(?:party|parties|member)\b",
     "signature ratification acceptance approval or accession instruments deposited with the Secretary-General"),
    (r"entry into force|enter(?:ed|s)? into force|c(?:a|o)me into (?:force|effect|being|existence)|(?:icc|court|"
     r"statute|treaty) (?:[\w'-]+ ){0,2}start\w* (?:working|operating|functioning)|(?:when|what year|"
     r"since when) (?:[\w'-]+ ){0,2}(?:icc|court|statute|treaty) (?:[\w'-]+ )?(?:created|established|founded|set up|"
     r"start|begin|began|born|exist|operat)|\b60(?:th)? (?:ratifications?|instruments?|countries|states)|"
     r"sixty (?:ratifications|countries|states)|how many (?:countries|states|ratifications) (?:[\w'-]+ )?(?:needed|"
     r"required)|\bin force\b"
     r"|^(?=.*\b(?:statute|treaty|icc|court))(?=.*\b(?:take\w* effect|took effect|(?:start|begin|began|commenc)\w* (?:to )?(?:apply|operat|work)\w*|appl(?:y|ies) to (?:a )?new|in force|came into))",
     "enter into force 60th day following deposit of 60th instrument of ratification acceptance approval accession"),
    (r"withdraw\w* (?:[\w'-]+ ){0,2}(?:from )?(?:the )?(?:icc|court|statute|treaty|rome statute|membership)|(?:leave|"
     r"leaving|left|quit|quitting|exit|exiting|pull\w* out of|abandon\w*) (?:the )?(?:icc|court|statute|treaty|"
     r"rome statute)\b|\bwithdrawal (?:from|of (?:a |the )?(?:state|country|declaration|membership|signature))|"
     r"withdrawal (?:[\w'-]+ ){0,3}(?:take|takes|took) effect"
     r"|^(?=.*\b(?:leaving|withdraw\w*|quitting|pulling out|exit\w*))(?=.*\b(?:investigation|pay|obligations?|cases?|still|ongoing))",
     "withdraw written notification Secretary-General one year not discharged from obligations financial obligations"),
    (r"authentic (?:texts?|versions?|languages?)|equally authentic|(?:texts?|versions?) (?:[\w'-]+ ){0,4}authentic|"
     r"(?:official|original|authoritative) (?:text|copy|version)s? (?:of )?(?:the )?(?:rome )?(?:statute|treaty)|"
     r"\bdepositary|certified cop"
     r"|official (?:text|version|copy|languages? of the (?:statute|treaty))|original (?:copy|text|version)|(?:french|english|arabic|chinese|russian|spanish) (?:version|text)",
     "original Arabic Chinese English French Russian and Spanish texts equally authentic Secretary-General"),

    # ── The news report (the corpus's second source) ──────────────────────────────────────
    (r"sanction\w* (?:against|on|targeting) (?:the )?(?:icc|court|its|judges|prosecutor|officials|staff)|"
     r"threat\w* (?:of )?sanctions|impos\w* sanctions|\btrump|netanyahu|gallant|\bgaza|\bisrael|afghanistan|\bbiden|"
     r"human rights watch|state department|washington|united states|\bu\.s\.|\busa\b|(?-i:\bUS\b)|"
     r"(?<!latin )(?<!south )(?<!central )\bamerica(?:n|ns)?\b",
     "United States sanctions demands ICC news report"),
]
