"""Words about people: titles before names, role nouns, unnamed sources and how each maps to a speaker role.

Shared by `people` (who is named, how they are described) and `quotes` (who speaks).
"""
from __future__ import annotations

import re

from ingest.extract.countries import country_names

# Capitalised words that introduce a name ("Secretary of State Marco Rubio") and are never part of it.
TITLE_WORDS = frozenset("""
President Vice Prime Minister Ministers Secretary State Foreign Defence Defense Interior Finance Economy Home Justice
Special Envoy Ambassador Senator Sen. Sen Rep. Rep Representative Congressman Congresswoman Governor Gov. Mayor
Chancellor Professor Prof. Prof Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Mx. Sir Dame Lord Lady Baroness Baron
General Gen. Gen Lt. Lt Col. Col Adm. Adm Admiral Major Maj. Captain Capt. Sgt. Sergeant Lieutenant Colonel Marshal
Detective Det. Sheriff Officer Inspector Constable Superintendent Trooper
Commander Chief Deputy Director Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson Press Aide Adviser
Advisor National Security Council Head Leader Speaker Majority Minority Whip Judge Justice Attorney
King Queen Prince Princess Crown Sheikh Emir Pope Patriarch Archbishop Bishop Father Rev. Rabbi Imam
Commissioner High Representative Negotiator Analyst Economist Historian Researcher Fellow Senior Former Acting
Taoiseach Tánaiste Retired Ret. Brig. Brigadier Rank First Second Third
Top Lead Chief-of-Staff Staff Treasury Commerce Trade Energy Agriculture Health Education Transportation
Opposition Party Presidential Kremlin Pentagon Assistant Associate Emeritus Distinguished Administrator
Coach Insider
CEO CFO COO CTO Executive
""".split())

# Title words that never end a name, unlike surnames such as King, Major or Bishop ("Prime Minister" alone).
ROLE_TITLES = frozenset("""
President Minister Ministers Secretary Envoy Ambassador Senator Representative Congressman Congresswoman Governor
Mayor Chancellor Professor Director Chairman Chairwoman Spokesman Spokeswoman Spokesperson Adviser Advisor
Commissioner Negotiator Analyst Economist Researcher Leader Deputy Chief Commander General Admiral Captain
Sergeant Lieutenant Colonel Judge Attorney Justice Emir Sheikh Pope Patriarch Archbishop Rabbi Imam Staff Council
Administrator CEO CFO COO CTO Taoiseach Tánaiste
""".split())  # (Ireland's prime minister and deputy prime minister)

# Capitalised words that start sentences or clauses, never names.
FUNCTION_WORDS = frozenset("""
The A An And But Or Nor So Yet If As In On At For From With By To Of Into Over Under After Before When While Since
Although Though Because Unless Until According Last Next This That These Those It Its He She They We I You His Her
Their Our My Your Speaking Meanwhile However Still Also Then Now Today Yesterday Tomorrow Earlier Later Asked Both
Neither Either Some Many Most Several Other Others Another Such What Which Who Whom Whose Where Why How Not No Yes
Even Only Just Already Instead Despite During Amid Among Between Through Without Within Across Against Toward
Towards Around About Above Below Near Like Unlike Here There Sources Experts Officials Analysts Observers Critics
Hopefully Perhaps Maybe Indeed Overall Initially Finally Separately Elsewhere Similarly Likewise Moreover Thus
Please Dear Oh Well Nevertheless Nonetheless Otherwise Therefore
Would Could Should Did Does Do Is Are Was Were Has Have Had Shall Might Must Isn’t Wasn’t Didn’t Doesn’t Won’t
""".split())  # (a question's auxiliary: "Would Adam Schiff have pleaded …?"; not "Will" or "May", which are names)

# Capitalised words that make a sequence something other than a person (places, bodies, calendar, media).
NON_NAME_WORDS = frozenset("""
January February March April May June July August September October November December Feb Mar Apr Jun Jul Aug
Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
University Institute Institution College School Academy Center Centre Council Foundation Department Ministry Agency
Bank Fund Party Times Post News Journal Press Service Services Office House Street Square Committee Commission
Parliament Congress Senate Assembly Duma Rada Union Group Company Corp Corporation Inc Ltd LLC Airlines Airport
Forces Force Army Navy Guard Guards Court Church Republic Kingdom States Nations Federation Sea Ocean River Island
Islands Mountains City Region Oblast Province District Station Bridge Palace Summit Conference Forum Program
Programme Project Initiative War Treaty Agreement Accord Accords Plan Deal Act Law Day Week Month Year Peace Talks
Security Defense Defence Affairs Relations Policy Studies International Global Network Media Television Radio TV
Agency Reuters Guardian Independent Telegraph Herald Tribune Gazette Review Magazine Weekly Daily Online Express
Mail Observer Economist Bloomberg Associated Foreign Democratic Republican Labour Conservative Liberal Green
European Western Eastern Northern Southern Central North South East West Soviet Russian Ukrainian American British
French German Turkish Saudi Chinese Israeli Palestinian Iranian Polish Indian Japanese Korean Italian Spanish
Minister Secretary President Envoy Ambassador Sources Source Avenue Road Lane Hall Tower Centre Museum Hospital Stadium Club
Cup League Championship Olympics Festival Awards Prize Ministry Embassy Consulate Delegation Mission Administration
Government Cabinet Bureau Authority Authorities Police Military Intelligence Directorate Staff Command Fleet
Organization Organisation Association Alliance Coalition Society Patrol Securities Equities Holdings
Investments Ventures Robotics Systems Technologies Industries Enterprises Brokerage Analytics Laboratories
""".split())

# Lower-case words that, right before a name, make it a person ("spokesman Dmitry Peskov", "analyst Jane Roe").
ROLE_NOUNS_BEFORE = frozenset("""
spokesman spokeswoman spokesperson aide adviser advisor envoy negotiator delegate mediator emissary minister secretary president analyst
professor researcher expert economist historian commentator diplomat ambassador official lawmaker senator
chancellor premier leader chief director commander general colonel author columnist journalist reporter
correspondent editor scholar strategist consultant lecturer fellow head deputy mayor governor judge prosecutor
lawyer attorney activist campaigner pollster politician mp legislator congressman congresswoman representative
founder co-founder chairman chairwoman chair executive officer detective superintendent administrator investor scientist observer academic specialist
sociologist pundit taoiseach tánaiste
americanist orientalist sinologist kremlinologist sovietologist technologist
""".split())

_EXPERT = re.compile(
    r"\b(?:analysts?|professors?|prof\.?|researchers?|research|fellows?|scholars?|experts?|academics?|economists?|"
    r"historians?|commentators?|pundits?|columnists?|observers?|specialists?|strategists?|consultants?|lecturers?|"
    r"(?:political )?scientists?|sociologists?|think[- ]tanks?|americanists?|orientalists?|sinologists?|"
    r"kremlinologists?|sovietologists?|political technologists?|(?:kremlin|russia|china|ukraine) watchers?|studies|"
    r"(?:doctor|candidate) of (?:\w+ )?sciences|ph\.?d\.?|valdai|international relations|institute|university|college|school|centre|center for|"
    r"(?:research|analytical|dialogue|policy|strategic) cent(?:er|re)|"
    r"discussion club|scientific director|research director|academic director|"
    r"investors?|former (?:\S+ ){0,2}(?:diplomats?|ambassadors?|officials?|ministers?|envoys?|negotiators?|advisers?|advisors?|"
    r"officers?|generals?|secretar(?:y|ies)|presidents?|intelligence)|retired|author|pollsters?|"
    # "Renowned American diplomat Nicholas Burns": a diplomat praised for a career is presented as a commentator;
    # a serving one is named by the office ("Russia's ambassador to the UN").
    r"(?:veteran|renowned|seasoned|noted) (?:\S+ ){0,2}(?:diplomats?|ambassadors?|generals?))\b",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(
    r"\b(?:president|vice president|prime minister|ministers?|ministry|secretary|spokes(?:man|woman|person)|"
    r"envoys?|negotiators?|delegates?|mediators?|emissar(?:y|ies)|ambassadors?|diplomats?|officials?|senators?|governors?|chancellor|lawmakers?|mps?|"
    r"congress(?:man|woman)|representatives?|mayors?|aides?|advisers?|advisors?|generals?|commanders?|"
    r"chief of staff|head of|leaders?|premier|taoiseach|tánaiste|king|queen|crown prince|emir|sheikh|commissioner|"
    r"government|kremlin|white house|pentagon|state department|administration|military|army|embassy|"
    r"presidency|delegation|cabinet|parliament|authorities|police|officer|admiral|defence|defense|"
    r"foreign policy chief|inspector|sen\.|rep\.|gov\.|gen\.|adm\.|col\.|lt\.|sgt\.|capt\.|maj\.|cpl\.|det\.|"
    r"sergeant|lieutenant|detective|sheriff|house speaker|speaker of|"
    r"superintendent|administrators?|u\.s\. attorney|attorney general|district attorney|prosecutors?)(?:\b|(?<=\.))",
    re.IGNORECASE,
)
# "Teachers Association President": the head of a union or trade association speaks for members, not a state.
_INTEREST_GROUP = re.compile(r"\bAssociation\b|\b\w+s[’']? Union\b")
# "a teacher at … High School": people in the story, not experts, whatever institution they work at.
_LAY = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:teacher|student|nurse|parent|worker|resident|volunteer|"
                  r"member)s?\b(?!\s+of\s+(?:the\s+)?(?:parliament|congress|the house|the senate))", re.IGNORECASE)


# The head of an organisation: an office-holder only when the organisation is public ("president of the Federal
# Reserve Bank"); the head of a professional firm commenting from outside is an expert ("chief executive of the
# fact-checking website Full Fact"); the head of a company or an interest group is neither.
_HEAD_OF = re.compile(
    r"\b(?:president|chairman|chairwoman|chair|chief executive|ceo|founder|co-founder|managing director|"
    r"executive director|director|head|owner|partner)(?:\s+(?:of|at)|,)\s+(.+)", re.IGNORECASE)
_PUBLIC_BODY = re.compile(
    r"\b(?:Federal|Government|Ministry|Department|State|Central Bank|Reserve|Commission|Authority|Parliament|"
    r"Council|Police|Court|Agency|Republic|Kingdom|United States|United Nations|Assembly|Senate|Congress|"
    r"Administration|Bureau of|City|County|Municipal|Prosecutions?|Army|Navy|Forces|Embassy|European Union|"
    r"World|Organi[sz]ation for|Centers? for|Attorney|Prosecutor|Customs|Border|Homeland|Immigration|Coast Guard)\b")
# The head of a research centre, a forum or a foreign-affairs council comments as an expert ("director of the Carnegie
# Russia Eurasia Center", "head of the Russian International Affairs Council", "founder of the Kyiv Security Forum").
_THINK_TANK = re.compile(r"\b(?:Cent(?:er|re)|Forum|Endowment|Council on \w+|(?:International|Foreign) (?:Affairs|Relations|"
                         r"Policy) Council|Discussion Club)\b")
_PROFESSIONAL_FIRM = re.compile(
    r"\b(?:advertising|marketing|public relations|branding|consultancy|consulting|fact-check\w*|research|polling|"
    r"think[- ]tank|analytics|law firm|rating agency|investment bank|brokerages?|data firm|design agency|"
    r"securities|equities|stockbrok\w+|asset management|wealth management)\b",
    re.IGNORECASE)


def public_body(name: str) -> bool:
    """"Swedish Prosecution Authority", "Electoral Commission": a public institution speaks as an official."""
    return bool(_PUBLIC_BODY.search(name)) or name in country_names()


def body_role(name: str) -> str:
    """The role a named body speaks in: a public institution as an official, a brokerage or research firm
    ("Kotak Institutional Equities") as an expert, any other company or group as other."""
    if public_body(name):
        return "official"
    return "expert" if _PROFESSIONAL_FIRM.search(name) else "other"


# Writers for the press: a journalist giving their analysis counts as a commentator (STANCES.md), though their quotes
# keep the role "other" ("the editor-in-chief of Russia in Global Affairs", "Russian journalist Pavel Kukharkin").
PRESS_WRITER = re.compile(r"\b(?:journalist|editor(?:-in-chief)?|columnist|publicist|writer|blogger|author)s?\b",
                          re.IGNORECASE)
# Newsroom posts, writers' and broadcasters': always a person.
_NEWSROOM = re.compile(PRESS_WRITER.pattern + r"|\b(?:correspondent|commentator|anchor|host)\b", re.IGNORECASE)


def describes_person(description: str) -> bool:
    """A description only a person has: a role ("a senior fellow") or the head of something ("president of X")."""
    return role_of(description) != "other" or bool(_HEAD_OF.search(description) or _NEWSROOM.search(description))


# "who served as Ukraine's foreign minister", "was the ambassador to Russia": an office held once.
_LEADS = re.compile(r"\b(?:director|chief|head)\b", re.IGNORECASE)
# "an Obama-era US ambassador to Russia", "a Soviet-era diplomat": an office of a past administration or period
_FORMER = re.compile(r"\b(?:former|retired|ex-|ret\.|retd)|\b(?-i:[A-Z])[\w’']+-era\b", re.IGNORECASE)
_PAST_OFFICE = re.compile(r"^(?:who\s+)?(?:served|was|had been|once (?:served|was)|spent \w+ years)\b", re.IGNORECASE)


def held_office_once(description: str | None) -> bool:
    """"former CIA Director", "retired Army Lt. Col.", "who served as Ukraine's foreign minister": someone who held
    an office and comments from outside it now, an expert for the Experts page (STANCES.md) though quotes keep
    the role the description gives."""
    if not description:
        return False
    return bool((_PAST_OFFICE.match(description) or _FORMER.search(description))
                and (_OFFICIAL.search(description) or _LEADS.search(description)))


def role_of(description: str | None) -> str:
    """official / expert / other from how the text describes someone; "former diplomat" counts as expert."""
    if not description:
        return "other"
    if (_LAY.match(description) or _INTEREST_GROUP.search(description)) and not _THINK_TANK.search(description) \
            and "Valdai" not in description:
        return "other"  # (but "a member of the Valdai Club" is an expert)
    if _EXPERT.search(description):
        return "expert"
    head = _HEAD_OF.search(description)
    if head and (_PUBLIC_BODY.search(head.group(1)) or _is_country(head.group(1))) \
            and not _THINK_TANK.search(head.group(1)):
        return "official"
    if head:
        return "expert" if _PROFESSIONAL_FIRM.search(description) or _THINK_TANK.search(head.group(1)) else "other"
    if _OFFICIAL.search(description):
        return "official"
    return "other"


def _is_country(organisation: str) -> bool:
    words = organisation.removeprefix("the ").split()
    return any(" ".join(words[:n]).rstrip(",.") in country_names() for n in (1, 2, 3))


# The offices an unnamed role noun covers: "the Russian diplomat" may be the deputy foreign minister just named.
ROLE_KIN = {"diplomat": ("diplomat", "foreign minister", "deputy foreign minister", "ambassador", "envoy")}


# Unnamed sources: the speaker is null, the role follows the noun ("experts say" -> expert).
GENERIC_SOURCES: dict[str, str] = {
    **dict.fromkeys("""experts expert analysts analyst observers observer commentators commentator scholars scholar
        academics academic researchers researcher economists economist historians historian critics critic
        pundits pundit specialists specialist strategists strategist brokerages brokerage scientists scientist
        authors study studies""".split(), "expert"),  # "according to a study", "the authors said": its researchers
    **dict.fromkeys("""officials official spokesman spokeswoman spokesperson spokespeople diplomats diplomat
        ministers minister negotiators negotiator envoys envoy aides aide advisers adviser advisors advisor
        lawmakers lawmaker legislators senators senator authorities government governments ministry ministries military army
        administration embassy presidency delegation cabinet parliament police statement officers officer
        commanders commander generals general leaders leader prosecutors prosecutor judge judges court
        regulator regulators""".split(), "official"),
    **dict.fromkeys("""sources source people residents resident witnesses witness reports report media
        newspaper outlet activists activist campaigners campaigner locals voters survey poll agency
        insiders insider person executives executive businesses companies farmers workers families
        protesters demonstrators unions union groups group teachers doctors doctor physicians physician nurses nurse parents students
        providers organizers organisers advocates man woman patient representatives relatives
        company firm utility correspondent correspondents reporter journalist lawyers lawyer attorneys
        supporters supporter backers backer opponents opponent fans friends""".split(), "other"),
    # "Ukraine's allies said": states the text does not name
    **dict.fromkeys("allies".split(), "official"),
    **dict.fromkeys("bosses chiefs".split(), "official"),  # "health bosses said" (UK papers' word for officials)
    # "according to prison records", "court filings": an official record with no named body speaking
    **dict.fromkeys("records filings".split(), "official"),
    # "according to evidence presented at trial" (a court's record), "according to eyewitness accounts"
    "evidence": "official", **dict.fromkeys("accounts testimonies".split(), "other"),
}

# Nouns that name a state's institution: "Ukraine's foreign ministry said" speaks for Ukraine.
INSTITUTION_NOUNS = frozenset("""
ministry government foreign defence defense military army presidency embassy mission delegation office cabinet
parliament kremlin leadership administration authorities navy command staff council air force forces intelligence
service services guard guards border security general prosecutor prosecutors spokesperson’s press police
""".split())

# Nationality adjectives before a name ("Australian Prime Minister Scott Morrison", "American Kevin King"):
# never part of the name. Registry states' demonyms are in DEMONYMS below.
NATIONALITIES = frozenset("""
Afghan Albanian Algerian Argentine Argentinian Armenian Australian Austrian Azerbaijani Bangladeshi Belarusian
Belgian Bosnian Brazilian Bulgarian Burmese Cambodian Canadian Chilean Chinese Colombian Croatian Cuban Czech
Danish Dutch Egyptian Emirati Estonian Ethiopian Filipino Finnish Georgian Ghanaian Greek Hungarian Icelandic
Indian Indonesian Iranian Iraqi Irish Israeli Italian Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish
Kuwaiti Latvian Lebanese Libyan Lithuanian Malaysian Mexican Moldovan Mongolian Moroccan Nigerian Norwegian
Pakistani Palestinian Peruvian Polish Portuguese Qatari Romanian Scottish Serbian Slovak Slovenian Somali
Spanish Sudanese Swedish Swiss Syrian Taiwanese Thai Tunisian Turkmen Ugandan Uzbek Venezuelan Vietnamese Welsh
Yemeni Zimbabwean English European Western Russian Ukrainian American British French German Turkish Saudi
""".split())

# The state a nationality names ("the Norwegian Foreign Ministry" speaks for Norway), for the nationalities the
# registry has no actor for.
NATIONALITY_STATES: dict[str, str] = {
    "Afghan": "Afghanistan", "Albanian": "Albania", "Algerian": "Algeria", "Argentine": "Argentina",
    "Argentinian": "Argentina", "Armenian": "Armenia", "Australian": "Australia", "Austrian": "Austria",
    "Azerbaijani": "Azerbaijan", "Bangladeshi": "Bangladesh", "Belarusian": "Belarus", "Belgian": "Belgium",
    "Brazilian": "Brazil", "Bulgarian": "Bulgaria", "Burmese": "Myanmar", "Cambodian": "Cambodia",
    "Canadian": "Canada", "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia", "Croatian": "Croatia",
    "Cuban": "Cuba", "Czech": "Czech Republic", "Danish": "Denmark", "Dutch": "Netherlands", "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates", "Estonian": "Estonia", "Ethiopian": "Ethiopia", "Filipino": "Philippines",
    "Finnish": "Finland", "Georgian": "Georgia", "Ghanaian": "Ghana", "Greek": "Greece", "Hungarian": "Hungary",
    "Icelandic": "Iceland", "Indian": "India", "Indonesian": "Indonesia", "Iranian": "Iran", "Iraqi": "Iraq",
    "Irish": "Ireland", "Israeli": "Israel", "Italian": "Italy", "Japanese": "Japan", "Jordanian": "Jordan",
    "Kazakh": "Kazakhstan", "Kenyan": "Kenya", "Kosovar": "Kosovo", "Kuwaiti": "Kuwait", "Latvian": "Latvia",
    "Lebanese": "Lebanon", "Libyan": "Libya", "Lithuanian": "Lithuania", "Malaysian": "Malaysia",
    "Mexican": "Mexico", "Moldovan": "Moldova", "Mongolian": "Mongolia", "Moroccan": "Morocco",
    "Nigerian": "Nigeria", "Norwegian": "Norway", "Pakistani": "Pakistan", "Peruvian": "Peru", "Polish": "Poland",
    "Portuguese": "Portugal", "Qatari": "Qatar", "Romanian": "Romania", "Serbian": "Serbia", "Slovak": "Slovakia",
    "Slovenian": "Slovenia", "Somali": "Somalia", "Spanish": "Spain", "Sudanese": "Sudan", "Swedish": "Sweden",
    "Swiss": "Switzerland", "Syrian": "Syria", "Taiwanese": "Taiwan", "Thai": "Thailand", "Tunisian": "Tunisia",
    "Turkmen": "Turkmenistan", "Ugandan": "Uganda", "Uzbek": "Uzbekistan", "Venezuelan": "Venezuela",
    "Vietnamese": "Vietnam", "Yemeni": "Yemen", "Zimbabwean": "Zimbabwe",
}

# States of the European side that the registry has no actor for: "the Finnish president" may be Stubb, whom the
# registry gives to Europe.
EUROPEAN_STATES = frozenset({
    "Albania", "Austria", "Belgium", "Bulgaria", "Croatia", "Czech Republic", "Denmark", "Estonia", "Finland",
    "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Kosovo", "Latvia", "Lithuania", "Moldova", "Netherlands",
    "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland",
})

DEMONYMS: dict[str, str] = {
    "Russian": "Russia", "Ukrainian": "Ukraine", "Ukranian": "Ukraine",  # (a misspelling common in print)
    "American": "United States", "U.S.": "United States",
    "US": "United States", "British": "United Kingdom", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "French": "France", "German": "Germany", "Turkish": "Turkey", "Saudi": "Saudi Arabia", "EU": "European Union",
    "E.U.": "European Union", "European": "European Union", "NATO": "NATO", "Kremlin": "Russia",
}


def state_of_nationality(word: str) -> str | None:
    """The state a nationality word names ("Latvian" -> Latvia): the parties' own, then every other."""
    return DEMONYMS.get(word) or NATIONALITY_STATES.get(word)


# A paragraph that opens with its first words in capitals, a newspaper's lead-in ("TAOISEACH Micheál Martin has
# pledged …", "VLADIMIR Putin said …", "US PRESIDENT DONALD Trump …"): up to three words, on the line of the
# Title-case word that follows them.
_LEAD_CAPITALS = re.compile(r"(?m)^[\"“‘']?((?:[A-ZÀ-Þ][A-ZÀ-Þ’'-]+[ \t]+){1,3})(?=[A-ZÀ-Þ][a-zà-ÿ])")
_CAPITALS_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ’'-]+")


def lead_capitals_cased(text: str) -> str:
    """`text` with a paragraph's capitalised lead-in in title case ("TAOISEACH" -> "Taoiseach"), so a title or a
    given name in it reads as one; same length, so offsets hold. Words of two or three letters stay as they are:
    they are the acronyms ("US", "UK", "JD") that such lead-ins hold."""
    chars = None
    for lead in _LEAD_CAPITALS.finditer(text):
        for word in _CAPITALS_WORD.finditer(text, lead.start(1), lead.end(1)):
            if len(word.group()) >= 4:
                chars = chars or list(text)
                chars[word.start() + 1:word.end()] = word.group()[1:].lower()
    return "".join(chars) if chars else text
