"""Named people: registry people under any form, unregistered people with evidence, descriptions, roles, spans."""

import pytest

from ingest.extract.people import find_people
from ingest.extract.registry import load_registry
from ingest.extract.sentences import split_sentences
from ingest.extract.titles import held_office_once
from ingest.pipeline import SEED_ARTICLE as SEED


def people_of(text):
    return find_people(text, split_sentences(text), load_registry())


def by_name(text):
    return {p.name: p for p in people_of(text)}


def test_seed_people_with_descriptions_roles_and_mention_counts():
    text = SEED.read_text(encoding="utf-8")
    found = by_name(text)
    assert {name: (p.description, p.role, p.in_registry, len(p.spans)) for name, p in found.items()} == {
        "Marco Rubio": ("Secretary of State", "official", True, 6),
        "Donald Trump": ("President", "official", True, 11),
        "Steve Witkoff": ("Special Envoy", "official", True, 2),
        "Vladimir Putin": (None, "official", True, 3),
        "Sergei Lavrov": ("Russian Foreign Minister", "official", True, 1),
        "JD Vance": ("Vice President", "official", True, 1),
        "Mark N. Katz": ("a Russia foreign policy expert", "expert", False, 3),
        "Michael A. Allen": ("Professor of Boise State University", "expert", False, 3),
        "Andrew Roth": ("a global affairs analyst for The Guardian", "expert", False, 3),
    }
    assert [text[s:e] for s, e in found["Andrew Roth"].spans] == ["Andrew Roth", "Roth", "Roth"]


@pytest.mark.parametrize("text, name, description", [
    # Made-up people (synthetic sentences): office-holders of the past, experts on the Experts page (STANCES.md).
    ("Piet Holm, former US National Security Advisor during the first term, spoke on Monday.",
     "Piet Holm", "former US National Security Advisor during the first term"),
    ("We called Al Fenn. He was the ambassador to Russia during the Obama administration.",
     "Al Fenn", "who was the ambassador to Russia during the Obama administration"),
    ("Ivan Rudko, who served as Ukraine’s foreign minister from 2020 to 2024, said the war would go on.",
     "Ivan Rudko", "who served as Ukraine’s foreign minister from 2020 to 2024"),
    ("Retired U.S. Army General and former CIA Director Dan Pruitt said Russia is the obstacle.",
     "Dan Pruitt", "former CIA Director"),
])
def test_former_office_holders_are_described_as_such(text, name, description):
    person = by_name(text)[name]
    assert person.description == description
    assert held_office_once(person.description)


def test_a_clause_after_a_name_that_names_another_speaker_is_not_a_description():
    text = "The plan is a challenge for Donald Trump, the political scientist Ivan Dorn says in a comment."
    found = by_name(text)  # synthetic sentence
    assert found["Donald Trump"].description is None
    assert (found["Ivan Dorn"].description, found["Ivan Dorn"].role) == ("political scientist", "expert")


def test_the_verb_after_a_lists_closing_comma_is_not_a_description():
    # synthetic sentence: the comma after the last name closes the list; "met with …" is the group's verb
    text = ("The leaders, including German Chancellor Friedrich Merz, and Polish Prime Minister Donald Tusk, met with "
            "Ukrainian President Volodymyr Zelenskyy in Kyiv on Saturday.")
    assert by_name(text)["Donald Tusk"].description == "Polish Prime Minister"


def test_spans_cover_the_name_not_the_title_and_include_possessives():
    text = "Secretary of State Marco Rubio spoke. Rubio’s remarks followed Trump’s call."
    found = by_name(text)
    assert [text[s:e] for s, e in found["Marco Rubio"].spans] == ["Marco Rubio", "Rubio"]
    assert [text[s:e] for s, e in found["Donald Trump"].spans] == ["Trump"]


@pytest.mark.parametrize("text, name, description, role", [
    ("Jane Whitfield, a senior fellow at the Atlantic Council, said the talks had stalled.",
     "Jane Whitfield", "a senior fellow at the Atlantic Council", "expert"),
    ("Former U.S. ambassador to Russia Michael McFaul wrote that leverage had been lost.",
     "Michael McFaul", "Former U.S. ambassador to Russia", "expert"),
    ("Treasury Secretary Scott Bessent said the deal signaled commitment.",
     "Scott Bessent", "Treasury Secretary", "official"),
    ("Dr. Emily Carter of King's College London argued that sanctions had failed.",
     "Emily Carter", "of King's College London", "expert"),
    ("Ukraine’s foreign minister, Andrii Sybiha, said Kyiv was ready.",
     "Andrii Sybiha", "Ukraine’s foreign minister", "official"),
    ("Kremlin spokesman Dmitry Peskov told reporters the proposal was under study.",
     "Dmitry Peskov", "Kremlin spokesman", "official"),
    ("“We have a plan,” said Tatiana Stanovaya, founder of R.Politik.",
     "Tatiana Stanovaya", "founder of R.Politik", "other"),
    # Made-up people (synthetic sentences) in the ways real reporting describes experts.
    ("Instead, political scientist Ivo Marten sees an option in a wider format.",
     "Ivo Marten", "political scientist", "expert"),
    ("Relations are worsening, German political scientist Karl Obst wrote on his channel.",
     "Karl Obst", "German political scientist", "expert"),
    ("“Kyiv chose delay,” says Argentinian observer Tomas Rua.", "Tomas Rua", "Argentinian observer", "expert"),
    ("We turn to Ed Varga. He's a former ambassador to NATO.", "Ed Varga", "a former ambassador to NATO", "expert"),
    # A capitalised post with an abbreviation, its body's acronym in brackets after it.
    ("In an interview, Ivo Marten, Coordinator of the U.S.–Ruritania Partnership Program at the Harbour Research "
     "Institute (HRI), shared his analysis.", "Ivo Marten",
     "Coordinator of the U.S.–Ruritania Partnership Program at the Harbour Research Institute", "expert"),
])
def test_descriptions_and_roles(text, name, description, role):
    person = by_name(text)[name]
    assert (person.description, person.role) == (description, role)


@pytest.mark.parametrize("text", [
    "Professor Michael A. Allen of Boise State University noted the change.",
    "Sources: The Guardian, NBC News, Reuters, The Kyiv Independent.",
    "Speaking in Paris on April 18, Secretary of State Marco Rubio warned of delays.",
    "Western Europe and Saudi Arabia watched the Black Sea talks.",
    "Last Month Kyiv Independent Reported Big News.",
])
def test_capitalised_non_names_are_not_people(text):
    names = {p.name for p in people_of(text)}
    assert not names & {"Boise State University", "Secretary of State", "The Guardian", "NBC News",
                        "Kyiv Independent", "Western Europe", "Saudi Arabia", "Black Sea", "State Marco Rubio",
                        "Big News", "Last Month Kyiv Independent Reported Big News"}
    assert all(len(name.split()) >= 2 or p_in for name, p_in in ((p.name, p.in_registry) for p in people_of(text)))


def test_an_unregistered_name_needs_evidence():
    assert people_of("Hello Shuttle makes getting to the airport simple.") == []
    assert [p.name for p in people_of("Hello Shuttle said the airport was busy.")] == ["Hello Shuttle"]


def test_surnames_inside_another_name_are_not_mentions():
    text = "Mark N. Katz, a Russia expert, spoke. Paul Katz Institute staff listened. Katz added more."
    katz = by_name(text)["Mark N. Katz"]
    assert [text[s:e] for s, e in katz.spans] == ["Mark N. Katz", "Katz"]
    assert katz.spans[-1][0] == text.rindex("Katz")


@pytest.mark.parametrize("text", ["", "A", "Mr.", "N. N. N.", "’s", "Katz, , , said", "\n\n", "O’ O’Brien’s"])
def test_never_crashes_and_spans_stay_inside(text):
    for person in people_of(text):
        assert all(0 <= s < e <= len(text) for s, e in person.spans)


def test_a_name_whose_surname_later_speaks_is_a_person_even_when_first_seen_as_a_possessive():
    text = ("The campaign drew criticism, but Martha Quill’s reaction was calm.\n\n"
            "Quill runs a small design studio. “It will pass,” Quill said.")
    quill = by_name(text)["Martha Quill"]
    assert [text[s:e] for s, e in quill.spans] == ["Martha Quill", "Quill", "Quill"]


def test_a_long_capitalised_run_keeps_the_given_name_and_surname_and_its_title():
    text = ("Chief Inspector of Public Audit Lena-Maria Holt signed the order. "
            "Ms Holt said the review was complete.")
    holt = by_name(text)["Lena-Maria Holt"]
    assert (holt.description, holt.role) == ("Chief Inspector of Public Audit", "official")


@pytest.mark.parametrize("text, name, description", [
    ("Chilean President Marco Ruiz said the vote would go ahead.", "Marco Ruiz", "Chilean President"),
    ("The plan was backed by Kenyan Prime Minister Joel Ochieng on Monday, officials said.", "Joel Ochieng",
     "Kenyan Prime Minister"),
])
def test_a_nationality_and_title_inside_the_run_are_not_part_of_the_name(text, name, description):
    person = by_name(text)[name]
    assert (person.description, person.role) == (description, "official")


def test_a_title_word_that_ends_the_run_is_a_surname():
    text = "Paul King, a history professor, and Ann Bishop said the school would reopen."
    assert {"Paul King", "Ann Bishop"} <= set(by_name(text))


@pytest.mark.parametrize("text, name, role", [
    ("Tom Reyes, president of Brightline, a Denver marketing agency, said the ads missed.", "Tom Reyes", "expert"),
    ("Ana Ruiz, the president of the National Corn Growers Association, said farmers were hurting.", "Ana Ruiz",
     "other"),
    ("Omar Haddad, the president of the Central Bank of Jordan, said rates would hold.", "Omar Haddad", "official"),
    ("Kim Soo, Seoul’s new police commissioner, said order had been restored.", "Kim Soo", "official"),
    ("Rita Moss, Ohio Department of Transport press officer, said the road was shut.", "Rita Moss", "official"),
])
def test_heads_of_organisations_and_possessive_or_organisation_appositives(text, name, role):
    assert by_name(text)[name].role == role


def test_a_sentence_describing_the_person_gives_the_description():
    text = "Dana Pike’s firm was hired.\n\nPike is the founder of Loop, a Boston branding firm. “It works,” Pike said."
    pike = by_name(text)["Dana Pike"]
    assert (pike.description, pike.role) == ("the founder of Loop, a Boston branding firm", "expert")


def test_suffixed_names_keep_the_suffix_and_institution_tails_are_not_people():
    text = ("Walter K. Brennan Sr., 61, of Dayton, pleaded guilty, the U.S. Attorney’s Office for the Southern "
            "District of Ohio said. Brennan will be sentenced in May.")
    found = by_name(text)
    assert sorted(found) == ["Walter K. Brennan Sr."]
    assert len(found["Walter K. Brennan Sr."].spans) == 2


@pytest.mark.parametrize("description, role", [
    ("a teacher at Lincoln High School", "other"),
    ("State Nurses Association President", "other"),
    ("House Speaker", "official"),
    ("the U.S. Attorney for the Northern District of Ohio", "official"),
])
def test_roles_of_people_in_the_story_and_public_office_holders(description, role):
    from ingest.extract.titles import role_of
    assert role_of(description) == role


def test_full_name_with_an_extra_given_name_and_later_bare_mentions_are_one_person():
    text = ('The governor named Maria Elena Vargas to lead the inquiry. Elena Vargas said the review would take '
            'months. Later, Elena Vargas issued a statement.')
    [person] = people_of(text)
    assert (person.name, [text[s:e] for s, e in person.spans]) == (
        "Maria Elena Vargas", ["Maria Elena Vargas", "Elena Vargas", "Elena Vargas"])


def test_market_investor_is_an_expert():
    assert {n: (p.description, p.role) for n, p in by_name("Veteran investor Hugo Brandt said the rally would fade.").items()} \
        == {"Hugo Brandt": ("Veteran investor", "expert")}


def test_a_name_given_an_age_is_a_person_and_a_later_middle_initial_form_is_the_same_one():
    text = ("Tom Grady Jr., 47, could face five years in prison. Grady was arrested in May.\n\n"
            "A post later named him as Tom B. Grady.")
    found = by_name(text)
    assert list(found) == ["Tom Grady Jr."]
    assert len(found["Tom Grady Jr."].spans) == 3


def test_a_title_case_headline_makes_no_person_of_its_capitalised_words():
    # Made-up headline and lead: "Envoy Pins Hopes" is a title's capitals, not a titled name; the lead's name is.
    text = ("Ex-Ruritania Envoy Pins Hopes on Signs of Ceasefire in Ukraine War\n\n"
            "Former ambassador Dana Whitlock has pinned high hopes on moves toward a ceasefire.")
    assert [p.name for p in people_of(text)] == ["Dana Whitlock"]


def test_a_capitalised_particle_is_still_the_registry_person():
    # Made-up sentences: some outlets write "Von der Leyen" at the start of a name or a sentence.
    text = "European Commission President Ursula Von der Leyen attended. Von der Leyen said little."
    [person] = find_people(text, split_sentences(text), load_registry())
    assert (person.name, len(person.spans)) == ("Ursula von der Leyen", 2)


def test_a_name_glued_to_the_end_of_the_sentence_before_takes_no_description_from_it():
    # Made-up text in the shape of an October 2025 Sputnik page whose paragraph breaks were lost: the words before
    # "Zelensky" end the previous sentence and describe Kwiatkowski, not him.
    text = ("Trump knows it would be a bridge too far, adds retired US Air Force Lt. Col. Dana Whitlock.Zelensky "
            "Sidelined. Zelensky has little leverage left.")
    found = {p.name: p.description for p in find_people(text, split_sentences(text), load_registry())}
    assert found["Volodymyr Zelensky"] is None
    assert found["Dana Whitlock"] == "retired US Air Force Lt. Col."


def test_a_registry_surname_after_another_given_name_is_another_person():
    # Made-up sentences: Melania and Ivanka Trump are not Donald Trump; "Vladimir Zelensky" (as Russian outlets
    # spell him) and a patronymic ("Dmitry Sergeyevich Peskov") still are the registry people.
    text = ("Melania Trump wrote a letter to Putin, Ivanka Trump said. Trump said the letter was good.\n\n"
            "Vladimir Zelensky said talks would go on. Dmitry Sergeyevich Peskov said they would not.")
    people = by_name(text)
    assert {"Melania Trump", "Ivanka Trump", "Donald Trump", "Volodymyr Zelensky", "Dmitry Peskov"} <= set(people)
    assert [text[s:e] for s, e in people["Donald Trump"].spans] == ["Trump"]


@pytest.mark.parametrize("text, name, description", [
    # Made-up sentences: a role modifier that opens the sentence is capitalised and still part of the title.
    ("Political scientist Volodymyr Fesenko believes the talks will fail.", "Volodymyr Fesenko", "Political scientist"),
    ("Military analyst Oleh Zhdanov said Russia would attack.", "Oleh Zhdanov", "Military analyst"),
])
def test_a_capitalised_role_modifier_opening_the_sentence_stays_in_the_title(text, name, description):
    assert by_name(text)[name].description == description


def test_the_clause_after_an_according_to_name_is_no_description():
    # Made-up sentence: after "According to military expert NAME," comes the sentence, not an apposition.
    text = "According to military expert Vasily Dandykin, the Ukrainian army is running out of reserves."
    assert by_name(text)["Vasily Dandykin"].description == "military expert"


def test_a_who_clause_with_an_academic_occupation_describes_an_expert():
    # Made-up sentence, after a shape in experts batch 11 (NPR): "who teaches at …" describes as an apposition does.
    text = "Nikolas Gvosdev, who teaches at the Naval War College, says the talks will be long."
    assert (by_name(text)["Nikolas Gvosdev"].description, by_name(text)["Nikolas Gvosdev"].role) == \
        ("who teaches at the Naval War College", "expert")


def test_what_follows_according_to_a_name_is_what_they_say_not_who_they_are():
    # Made-up text, after a shape in experts-dev (TASS): a standfirst with no final stop, then the dateline.
    text = ("According to Jonas Verbeek, the Russian leader signals a willingness to engage\n\n"
            "BRUSSELS, March 14. Jonas Verbeek, director of the Lakeside Institute think tank, told reporters the "
            "talks would be long.")
    verbeek = by_name(text)["Jonas Verbeek"]
    assert (verbeek.description, verbeek.role) == ("director of the Lakeside Institute think tank", "expert")


def test_a_description_never_runs_into_the_next_paragraph():
    text = "The talks resumed, said Mara Lindqvist, a senior fellow at the Nordhaven Institute\n\nOSLO, May 2."
    assert by_name(text)["Mara Lindqvist"].description == "a senior fellow at the Nordhaven Institute"


@pytest.mark.parametrize("text, name", [
    # Made-up sentences in the shape of Indian wire copy (ANI, August 2025): initials for the given names.
    ("Former diplomat KP Fabian has said that the talks failed.", "KP Fabian"),
    ("Former diplomat K.P. Fabian has said that the talks failed.", "K.P. Fabian"),
    ("MK Varma, a former Indian diplomat, said the talks failed.", "MK Varma"),
])
def test_initials_before_a_surname_are_a_name_when_a_role_says_so(text, name):
    assert by_name(text)[name].role == "expert"


@pytest.mark.parametrize("text", ["AP News reported that the talks failed.", "RIA Novosti said the talks failed."])
def test_an_abbreviation_before_a_word_is_no_name_without_a_role(text):
    assert by_name(text) == {}


def test_an_apposition_for_two_describes_both_names():
    # Made-up sentence: "both professors at …" after "X and Y" describes X as well as Y.
    found = by_name("American Jo Carrow and Lakeview's Dana Whitlock, both professors at the Harbour University, "
                    "were freed on Monday.")
    assert {name: p.description for name, p in found.items()} == {
        "Jo Carrow": "both professors at the Harbour University",
        "Dana Whitlock": "both professors at the Harbour University"}


def test_a_common_noun_capitalised_at_the_start_of_a_sentence_is_not_part_of_the_name():
    # Made-up sentence: "Employee" opens the sentence; the name is the two words after it.
    assert set(by_name("Employee Jo Carrow said he fought with the man on the platform.")) == {"Jo Carrow"}


@pytest.mark.parametrize("text, name", [
    # Made-up sentences: an all-capitals position code after a team or party is a title before the name.
    ("Browns DL Sam Ortega, however, decided to weigh in on the fight.", "Sam Ortega"),
    ("Labour MP Jess Phillips said the plan was wrong.", "Jess Phillips"),
])
def test_a_position_code_before_a_name_is_a_title(text, name):
    registry = load_registry()
    sentences = split_sentences(text)
    assert [p.name for p in find_people(text, sentences, registry)] == [name]


@pytest.mark.parametrize("text, name, spans", [
    # Made-up sentences: a royal title and one name are the name, and the bare name later is the same person.
    ("Prince Edmund told friends the interview was a success. Edmund claims he felt bound to go.", "Prince Edmund",
     ["Prince Edmund", "Edmund"]),
    ("King Olaf met the envoys on Monday.", "King Olaf", ["King Olaf"]),
])
def test_a_royal_title_and_one_name_are_a_persons_name(text, name, spans):
    registry = load_registry()
    people = find_people(text, split_sentences(text), registry)
    assert [(p.name, [text[a:b] for a, b in p.spans]) for p in people] == [(name, spans)]


@pytest.mark.parametrize("spelled, name", [
    ("Andrey Yermak", "Andriy Yermak"),  # Russian transliteration of a Ukrainian name
    ("Sergey Kyslytsya", "Sergiy Kyslytsya"),
    ("Rustem Umerow", "Rustem Umerov"),  # German
    ("Valery Gerassimov", "Valery Gerasimov"),
])
def test_a_registry_person_in_another_transliteration_is_that_person(spelled, name):
    registry = load_registry()
    assert registry.lookup(spelled).name == name
    # and a quote they give is theirs, not a new person's (made-up sentence)
    from ingest.extract import extract_all
    from ingest.records import Article
    found = extract_all(Article(text=f'"The talks must go on," {spelled} said.', title="")).quotes
    assert [q.speaker for q in found] == [name]


def test_a_surname_alone_in_another_transliteration_is_the_registry_person():
    # Made-up sentences: "Lavrow" (German) alone, and "Kislitsa" after the text spelled his full name that way
    registry = load_registry()
    assert registry.lookup("Lavrow").name == "Sergei Lavrov"
    assert registry.lookup("Lavra") is None and registry.lookup("Putan") is None
    from ingest.extract import extract_all
    from ingest.records import Article
    text = ("Deputy Foreign Minister Serhiy Kislitsa said on Tuesday that the talks were suspended. Kislitsa said "
            "the pressure on Putin must grow.")
    found = extract_all(Article(text=text, title="")).quotes
    assert [q.speaker for q in found] == ["Sergiy Kyslytsya", "Sergiy Kyslytsya"]


@pytest.mark.parametrize("other", ["Marie Zakharova", "Andrew Yermak", "Rustam Umarov"])
def test_a_different_name_is_not_read_as_a_transliteration(other):
    # another given name, or a surname that differs in more than its transliteration, is someone else
    assert load_registry().lookup(other) is None


@pytest.mark.parametrize("spelled, name", [
    ("Macro Rubio", "Marco Rubio"),  # two letters of the given name swapped
    ("Frederich Merz", "Friedrich Merz"),  # a letter dropped once the spelling is keyed
    ("Maria Zakharov", "Maria Zakharova"),  # the surname's other gender under the same given name
])
def test_a_typo_in_a_registry_persons_full_name_is_that_person(spelled, name):
    assert load_registry().lookup(spelled).name == name
    # Made-up sentence: the quote is theirs, not a new person's, and the mention counts for them
    from ingest.extract import extract_all
    from ingest.records import Article
    found = extract_all(Article(text=f"{spelled} said on Tuesday that the talks were useful.", title=""))
    assert [q.speaker for q in found.quotes] == [name]
    assert [m.actor for m in found.mentions] == [name]


@pytest.mark.parametrize("other", ["Mario Rubio", "Marko Rubio", "Maria Lavrova", "Ivan Zakharov"])
def test_another_given_name_beside_a_registry_surname_is_someone_else(other):
    # a changed letter in a short given name makes another name, and a feminine surname under another given name
    # is a relative, not a typo
    assert load_registry().lookup(other) is None


def test_a_courtesy_title_and_surname_alone_name_a_person_a_pronoun_can_find():
    # Made-up paragraph in British style: the text never gives Mr Okafor's given name; his words after "He added"
    # are his, not those of the leader named earlier
    from ingest.extract import extract_all
    from ingest.records import Article
    text = ("Ministers urged Vladimir Putin to accept the truce. On Wednesday, Defence Secretary Mr Okafor will meet "
            "his counterparts in Paris. Ahead of the talks, Mr Okafor said it was a decisive moment. He added: “The "
            "UK remains steadfast in its support for Ukraine.”")
    found = extract_all(Article(text=text, title=""))
    assert [(q.kind, q.speaker) for q in found.quotes] == [("indirect", "Okafor"), ("direct", "Okafor")]
    people = find_people(text, split_sentences(text), load_registry())
    assert [(p.name, [text[a:b] for a, b in p.spans]) for p in people] == [
        ("Vladimir Putin", ["Vladimir Putin"]), ("Okafor", ["Okafor", "Okafor"])]


def test_sir_and_a_given_name_alone_is_the_knight_named_before_and_a_quote_after_is_the_subjects():
    # Made-up paragraphs in British style (the words are invented). "Sir Keir" names Keir Starmer; a quote with no
    # attribution after a sentence is that sentence's subject's, not the last name in it ("Russia's Vladimir Putin").
    from ingest.extract import extract_all
    from ingest.records import Article
    text = ("Prime Minister Sir Keir Starmer spoke on Monday.\n\n"
            "Sir Keir will convene a call of leaders on Saturday to discuss deterring Russia’s Vladimir Putin.\n\n"
            "“This is an important moment for peace in Ukraine.”")
    people = find_people(text, split_sentences(text), load_registry())
    assert [(p.name, [text[a:b] for a, b in p.spans]) for p in people] == [
        ("Keir Starmer", ["Keir Starmer", "Keir"]), ("Vladimir Putin", ["Vladimir Putin"])]
    found = extract_all(Article(text=text, title=""))
    assert [(q.kind, q.speaker) for q in found.quotes] == [("direct", "Keir Starmer")]


@pytest.mark.parametrize("text", [
    "Mr Smith Jones said the talks were over.",  # a longer name: the ordinary passes read it
    "Thank you, Mr President, and thank you, Mr Speaker.",  # (an office, not a surname)
])
def test_a_courtesy_title_before_a_longer_name_or_a_common_word_is_no_surname_person(text):
    people = find_people(text, split_sentences(text), load_registry())
    assert all(p.name not in {"Smith", "President", "Speaker"} for p in people)


def test_an_office_title_and_a_surname_that_speaks_elsewhere_name_a_person():
    # Made-up paragraph: "President Okonjo" is never given a first name; "Okonjo says" shows the surname speaks,
    # so "He also claimed" is his, not that of the leader named before him
    from ingest.extract import extract_all
    from ingest.records import Article
    text = ("Volodymyr Zelensky arrived in Pretoria on Thursday. Instead, President Okonjo reiterated his country’s "
            "commitment to talks. He also claimed a call with Donald Trump was not tied to the visit. On "
            "Washington’s role, Okonjo says that the US has an important role to play.")
    found = extract_all(Article(text=text, title=""))
    assert [q.speaker for q in found.quotes] == ["Okonjo", "Okonjo"]


def test_an_office_title_before_a_word_that_never_speaks_is_no_person():
    # Made-up sentence: "Secretary General" is an office and "Minister Counsel" never speaks
    text = "The Secretary General met the Minister Counsel in Geneva."
    assert find_people(text, split_sentences(text), load_registry()) == []


# Made-up sentences: office holders of 2025 whom reports often name by surname alone.
@pytest.mark.parametrize("text, name", [
    ("At a joint briefing, President Ramaphosa said the talks had been useful.", "Cyril Ramaphosa"),
    ("Ahead of the meeting, Defence Secretary Mr Healey said it was a decisive moment.", "John Healey"),
    ("Pistorius said Germany would send more air defence systems.", "Boris Pistorius"),
    ("Carney told reporters that Canada would keep its support.", "Mark Carney"),
    ("Lula urged both sides to talk.", "Luiz Inácio Lula da Silva"),
])
def test_office_holders_named_by_surname_alone_are_the_registry_person(text, name):
    found = by_name(text)
    assert name in found and found[name].in_registry and found[name].role == "official"
