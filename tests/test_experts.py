"""Experts and their stances on made-up articles: exact stances, confidences and evidence sentences.

Quotes are written out as the quotes step reports them (speaker, role, and the offsets of the quoted
words or reported clause), so each test pins down what the stance rules do with a known input.
"""
from pathlib import Path

import pytest

from dashboard.filters import DEFAULT_MIN_CONFIDENCE
from ingest.extract import extract_all, stance_model
from ingest.extract.experts import find_experts
from ingest.extract.stances import LEXICON
from ingest.extract.sentences import split_sentences
from ingest.records import Article, Person, Quote
from ingest.pipeline import SEED_ARTICLE as SEED


def quote(text, speaker, words, role="expert", description=None, kind="direct"):
    start = text.index(words)
    return Quote(kind, words, speaker, role, description, start, start + len(words))


def sentence_of(text, words):
    """The sentence of `text` that holds `words`, as the evidence should show it."""
    return next(s.text for s in split_sentences(text) if words in s.text)


def experts_of(text, quotes, people=()):
    return find_experts(text, split_sentences(text), quotes, list(people))


def summary(expert):
    """{target: (stance, [evidence sentences])} including the outlook as "deal"; every confidence is a probability."""
    found = expert.stances + ([expert.outlook] if expert.outlook else [])
    assert all(0 < s.confidence <= 1 for s in found), [(s.target, s.confidence) for s in found]
    return {s.target: (s.stance, [e.text for e in s.evidence]) for s in found}


def test_confidence_is_how_often_such_a_stance_was_right_on_unseen_dev_articles():
    # The calibration is measured by `python -m bench.train_stances` (leave-one-article-out on experts-dev): a
    # cued critical stance ("dragging its feet") is shown by default, a side merely named ("neutral", uncued) is
    # not, because on text the model had not seen the first was right far more often than the second.
    [doe] = experts_of(DOE, [quote(DOE, "Jane Doe", "The Kremlin is dragging its feet and hoping the West loses "
                                                    "interest,")])
    calibration = stance_model.calibration()
    by_target = {s.target: s for s in doe.stances}
    assert by_target["Russia"].stance == "critical"
    assert by_target["Russia"].confidence == calibration["critical cued"] >= DEFAULT_MIN_CONFIDENCE
    assert calibration["neutral uncued"] < DEFAULT_MIN_CONFIDENCE


DOE = (
    "Talks between Russia and Ukraine resumed in Geneva on Monday.\n\n"
    "“The Kremlin is dragging its feet and hoping the West loses interest,” said Jane Doe, a senior fellow "
    "at the Atlantic Institute. “Kyiv, by contrast, has shown flexibility on the sequencing.”\n\n"
    "Doe added that a deal before the summer was unlikely."
)


def test_critical_supportive_and_pessimistic_with_their_sentences():
    quotes = [
        quote(DOE, "Jane Doe", "The Kremlin is dragging its feet and hoping the West loses interest,",
              description="a senior fellow at the Atlantic Institute"),
        quote(DOE, "Jane Doe", "Kyiv, by contrast, has shown flexibility on the sequencing."),
        quote(DOE, "Jane Doe", "a deal before the summer was unlikely.", kind="indirect"),
    ]
    [doe] = experts_of(DOE, quotes)
    assert (doe.name, doe.description) == ("Jane Doe", "a senior fellow at the Atlantic Institute")
    assert summary(doe) == {
        "Russia": ("critical", [sentence_of(DOE, "dragging its feet")]),
        "Ukraine": ("supportive", [sentence_of(DOE, "shown flexibility")]),
        "deal": ("pessimistic", ["Doe added that a deal before the summer was unlikely."]),
    }
    assert [(e.start, e.end) for e in doe.stances[0].evidence] == [(DOE.index("“The Kremlin"), DOE.index(" “Kyiv"))]


SMITH = (
    "“Both sides share the blame for the deadlock,” said Professor John Smith of Lakeside University. "
    "“Washington deserves credit for getting them to the table, and a breakthrough is possible within weeks.” "
    "Smith said he was optimistic."
)


def test_neutral_toward_both_sides_supportive_of_the_mediator_and_optimistic():
    quotes = [
        quote(SMITH, "John Smith", "Both sides share the blame for the deadlock,"),
        quote(SMITH, "John Smith", "Washington deserves credit for getting them to the table, and a breakthrough "
                                   "is possible within weeks."),
        quote(SMITH, "John Smith", "he was optimistic.", kind="indirect"),
    ]
    smith = Person("John Smith", "Professor of Lakeside University", "expert", [(SMITH.index("John"), SMITH.index(" of Lake"))])
    [expert] = experts_of(SMITH, quotes, [smith])
    first, second, third = split_sentences(SMITH)
    assert expert.description == "Professor of Lakeside University"
    assert summary(expert) == {
        "Russia": ("neutral", [first.text]),
        "Ukraine": ("neutral", [first.text]),
        "United States": ("supportive", [second.text]),
        "deal": ("optimistic", [second.text, third.text]),
    }


LOPEZ = (
    "“If Russia keeps stalling, the talks will collapse,” said Maria Lopez, an analyst at the Center for "
    "Peace Studies. “Ukraine is not stalling. It wants a deal, and Europe is paying for it.”"
)


def test_hypothetical_and_negated_cues_give_no_critical_stance():
    quotes = [
        quote(LOPEZ, "Maria Lopez", "If Russia keeps stalling, the talks will collapse,"),
        quote(LOPEZ, "Maria Lopez", "Ukraine is not stalling. It wants a deal, and Europe is paying for it."),
    ]
    [lopez] = experts_of(LOPEZ, quotes)
    found = summary(lopez)
    assert "Russia" not in found  # only in the condition
    assert found.get("Ukraine", ("none",))[0] != "critical"  # "not stalling" defends Kyiv, never blames it
    assert found["deal"] == ("pessimistic", [sentence_of(LOPEZ, "collapse")])


CHEN = (
    "Officials in Kyiv were cautious. “We remain committed to peace,” Foreign Minister Andrii Sybiha said.\n\n"
    "Experts say Russia is stalling. Li Chen, a researcher who studies Russia and Ukraine, said that Washington "
    "was moving the goalposts, and that the outcome remains to be seen.\n\n"
    "“Little progress has been made,” Chen said."
)


def test_only_named_experts_and_only_the_sides_their_words_touch():
    quotes = [
        quote(CHEN, "Andrii Sybiha", "We remain committed to peace,", role="official"),
        quote(CHEN, None, "Russia is stalling.", kind="indirect"),
        quote(CHEN, "Li Chen", "Washington was moving the goalposts, and that the outcome remains to be seen.",
              kind="indirect", description="a researcher who studies Russia and Ukraine"),
        quote(CHEN, "Li Chen", "Little progress has been made,"),
    ]
    [chen] = experts_of(CHEN, quotes)
    assert chen.name == "Li Chen"
    middle = sentence_of(CHEN, "moving the goalposts")
    assert summary(chen) == {
        "United States": ("critical", [middle]),
        "deal": ("uncertain", [middle]),  # 1 uncertain vs 0.5 pessimistic ("Little progress")
    }


def test_an_expert_the_people_step_found_without_quotes_has_no_stances():
    text = "Dr. Ann Lee, a historian, watched the talks."
    lee = Person("Ann Lee", "a historian", "expert", [(4, 11)])
    assert [(e.name, e.description, e.stances, e.outlook) for e in experts_of(text, [], [lee])] == [
        ("Ann Lee", "a historian", [], None)
    ]


SEED_EXPERTS = {"Mark N. Katz", "Michael A. Allen", "Andrew Roth"}


def seed_experts():
    text = SEED.read_text(encoding="utf-8")
    found = extract_all(Article(text=text[: text.index("Hello Shuttle")]))
    if not found.quotes:
        pytest.skip("the quotes step has not landed yet: the seed's experts come from its quotes")
    return {e.name: e for e in found.experts}


def test_seed_experts_and_their_stances_through_the_whole_pipeline():
    experts = seed_experts()
    assert SEED_EXPERTS <= set(experts)
    assert all(experts[name].description for name in SEED_EXPERTS)
    roth, allen, katz = experts["Andrew Roth"], experts["Michael A. Allen"], experts["Mark N. Katz"]
    assert ("Russia", "critical") in {(s.target, s.stance) for s in roth.stances}
    assert any("run out the clock" in e.text for s in roth.stances for e in s.evidence)
    assert ("Russia", "critical") in {(s.target, s.stance) for s in allen.stances}
    assert katz.outlook.stance in {"pessimistic", "uncertain"}
    assert any("isn’t realistic" in e.text for e in katz.outlook.evidence)
    # Katz speaks of the U.S. and Ukraine only in conditionals and a reported question: no stance toward either.
    assert {s.target for s in katz.stances} <= {"Russia"}
    for expert in (roth, allen):
        assert ("Russia", "critical") in {(s.target, s.stance) for s in expert.stances}, expert.name
    # Katz's one judgement of Moscow is hedged ("Putin may believe he can delay talks"): never read as support.
    assert ("Russia", "supportive") not in {(s.target, s.stance) for s in katz.stances}


KIM = (
    "“Much depends on identifying who Washington blames for stalled talks,” said Ada Kim, a fellow at the "
    "Baltic Forum. “If Kyiv rejects the plan, support will fade. The question is whether Moscow stalls the talks.”"
)


def test_a_reported_question_and_stalled_talks_as_a_description_give_no_stance():
    quotes = [
        quote(KIM, "Ada Kim", "Much depends on identifying who Washington blames for stalled talks,"),
        quote(KIM, "Ada Kim", "If Kyiv rejects the plan, support will fade. The question is whether Moscow stalls the talks."),
    ]
    [kim] = experts_of(KIM, quotes)
    assert kim.stances == []


def test_coordinated_sides_share_a_cue():
    text = "“Russia and Ukraine are both stalling,” said analyst Sam Park."
    [park] = experts_of(text, [quote(text, "Sam Park", "Russia and Ukraine are both stalling,")])
    assert [(s.target, s.stance) for s in park.stances] == [("Russia", "critical"), ("Ukraine", "critical")]


def test_the_documented_lexicon_is_the_one_in_the_code():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "stances.md").read_text(encoding="utf-8")
    missing = [cue.phrase for cue in LEXICON if f"`{cue.phrase.replace('|', chr(92) + '|')}`" not in doc]
    assert missing == []


@pytest.mark.parametrize("text, name, description", [
    # An apposition the source left without its closing comma before "said" (made-up, in the shape of an August 2025
    # TASS report).
    ('"The choice of Alaska reflects confidence," Dana Whitlock, a research fellow in the Harbour Institute’s Eurasia '
     'Program said.', "Dana Whitlock", "a research fellow in the Harbour Institute’s Eurasia Program"),
    # A description before the name that carries its body's acronym (made-up, in the shape of an August 2025 report).
    ("A representative of the Harbour Institute for Peace (HIP), Dana Whitlock, commented that the summit would "
     "change nothing.", "Dana Whitlock", "A representative of the Harbour Institute for Peace (HIP)"),
    ('In a conversation with a broadcaster, India’s former ambassador to Russia, Dana Whitlock, stated, '
     '"There is talk of peace, not war."', "Dana Whitlock", "India’s former ambassador to Russia"),
    ("Europe took the wrong path by prolonging the conflict, well-known US economist and director of the Center "
     "for Sustainable Development at Columbia University, Dana Whitlock said.", "Dana Whitlock",
     "well-known US economist and director of the Center for Sustainable Development at Columbia University"),
    ("In this interview, Dana Whitlock, scientific director of the Valdai International Discussion Club, assesses "
     "the talks.", "Dana Whitlock", "scientific director of the Valdai International Discussion Club"),
    # A past office in lowercase words before the name, after a country's possessive.
    ('"The summit suits the Kremlin," Ruritania’s former prime minister Dana Whitlock told a broadcaster.',
     "Dana Whitlock", "former prime minister"),
    # Two roles and "of the" an institute before the name, with no comma.
    ("The capital could host the next round, founder and chairman of the Harbour Research Center Dr. Dana Whitlock "
     "said.", "Dana Whitlock", "founder and chairman of the Harbour Research Center Dr."),
    # A relative clause that goes on to the office held.
    ("Dana Whitlock, who served in a previous administration, including as ambassador to Ruritania, criticised the "
     "envoy for mixed messages about the talks.", "Dana Whitlock",
     "who served in a previous administration, including as ambassador to Ruritania"),
    # A commentary round-up: the name and description as a label line, the words under it.
    ("Experts weighed in on the talks.\n\nDana Whitlock, political scientist and head of the Institute of Youth "
     "Initiatives (Ruritania):\n\n\"The talks look constructive.\"", "Dana Whitlock",
     "political scientist and head of the Institute of Youth Initiatives"),
    # An office held, then "now teaching at" a university.
    ("The meeting will give a photograph, said longtime diplomat Dana Whitlock, now teaching at Harbour University’s "
     "law school.", "Dana Whitlock", "now teaching at Harbour University’s law school"),
    # A nationality opens the description, and later segments say the office is past and the post a think tank's.
    ("Talks.\n\nDana Whitlock, American diplomat, former ambassador to Ukraine, and currently director of the Eurasia "
     "Center at the Harbour Council, said Putin is stalling.", "Dana Whitlock",
     "American diplomat, former ambassador to Ukraine, and currently director of the Eurasia Center at the Harbour "
     "Council"),
    # The outlet named before the description is the object of "with", not a person the description belongs to.
    ('In a conversation with HTV Bharat, India’s former ambassador to Russia, Dana Whitlock, stated, "There is '
     'talk of peace, not war."', "Dana Whitlock", "India’s former ambassador to Russia"),
    # A hyphenated post at a named centre runs straight into the name.
    ("The paper spoke about this with political analyst, historian and first vice-president of the Center for "
     "Harbour Technologies Dana Whitlock.\n\nQuestion. – What changed?\n\nAnswer. – Russia is stalling.",
     "Dana Whitlock", "vice-president of the Center for Harbour Technologies"),
    # A rank marked retired after the name.
    ("Col. Dana Whitlock (ret.) of the Ruritanian Army said the truce is a ploy.", "Dana Whitlock",
     "Col. (ret.) of the Ruritanian Army"),
    # A radio host's introduction: the office held, with no article, in the next sentence.
    ("Well, watching closely will be Dana Whitlock. He was deputy Ruritanian ambassador to the United Nations. He "
     "argues that Putin has laid a trap.", "Dana Whitlock", "who was deputy Ruritanian ambassador to the United Nations"),
    # ... or "served as" an office with no article, after a title alone before the name.
    ("We're joined by Ambassador Dana Whitlock. He served as Ruritanian ambassador to Ukraine under President Jo "
     "Carrow. He argues that Putin has laid a trap.", "Dana Whitlock",
     "who was Ruritanian ambassador to Ukraine under President Jo Carrow"),
    # A broadcast transcript: the guest's name and office only in the capitals of their first turn's label.
    ("DANA WHITLOCK, FORMER DEPUTY RURITANIAN PRESS SECRETARY: I will say that Russia is stalling.\n\n"
     "HOST: Thank you.\n\nWHITLOCK: The talks are going nowhere.", "Dana Whitlock",
     "former deputy ruritanian press secretary"),
    # A description before the name, and a view verb (not a description) after it.
    ("Historian and member of the expert council of the Harbour Center, Dana Whitlock, believes that no serious "
     "results should be expected.", "Dana Whitlock", "Historian and member of the expert council of the Harbour Center"),
    # A capitalised acronym opens the apposition.
    ("“Putin needs a ceasefire,” Dana Whitlock, CEO and founder of the Harbour Institute think tank, said.",
     "Dana Whitlock", "CEO and founder of the Harbour Institute think tank"),
    # A round-up's label line, the words under it with no quotation marks.
    ("Analysts react to the talks.\n\nDana Whitlock, the editor-in-chief of Harbour Global Affairs:\n\n"
     "The statement shows that the meeting went according to plan.", "Dana Whitlock",
     "the editor-in-chief of Harbour Global Affairs"),
    # A lowercase rank before a capitalised one, after an armed service's name.
    ("This was stated by political scientist, retired lieutenant Colonel of the US Army Dana Whitlock in an "
     "interview.", "Dana Whitlock", "retired lieutenant Colonel of the US Army"),
    # ... or the post two sentences on, after another sentence about the guest.
    ("We turn to Dana Whitlock for a take on this. She followed the meeting from Odesa. She's the director of "
     "security programs of the Harbour think tank. She argues that Russia is stalling.", "Dana Whitlock",
     "the director of security programs of the Harbour think tank"),
    # A role, then "and" a second description of what the person does now, before the name.
    ("Ruritanian political expert and current military serviceman Dana Whitlock is convinced that Moscow gained "
     "time.", "Dana Whitlock", "political expert and current military serviceman"),  # (a made-up nationality)
    # An office of a past administration is a past office.
    ("“The venue favours Moscow,” Dana Whitlock, an Obama-era US ambassador to Ruritania, wrote online.",
     "Dana Whitlock", "an Obama-era US ambassador to Ruritania"),
    # A past office with its term in brackets before the name.
    ("Talks are impossible, former Ruritanian Prime Minister (2010-2014) Dana Whitlock has told a news agency.",
     "Dana Whitlock", "former Ruritanian Prime Minister (2010-2014)"),
    # A diplomat praised for a career, before the name, is a commentator.
    ("Renowned Ruritanian diplomat Dana Whitlock described the meeting as “the most significant summit in a "
     "generation.”", "Dana Whitlock", "Renowned Ruritanian diplomat"),
    ("Seasoned diplomat Dana Whitlock said the talks were “going nowhere.”", "Dana Whitlock", "Seasoned diplomat"),
    # The head of a research centre, a forum or a foreign-affairs council is an expert.
    ("Dana Whitlock, director of the Harbour Eurasia Center, said Moscow was stalling.", "Dana Whitlock",
     "director of the Harbour Eurasia Center"),
    ("Dana Whitlock, head of the Ruritanian International Affairs Council, said the West was to blame.",
     "Dana Whitlock", "head of the Ruritanian International Affairs Council"),
    ("Dana Whitlock, founder of the Harbour Security Forum, said Moscow was stalling.", "Dana Whitlock",
     "founder of the Harbour Security Forum"),
    ("Dana Whitlock, a veteran Russia watcher, said Moscow was stalling.", "Dana Whitlock", "a veteran Russia watcher"),
    # A Russian academic degree, a Valdai Club member, and an office held once without an article.
    ("Dana Whitlock, Doctor of Political Sciences, said the West was to blame.", "Dana Whitlock",
     "Doctor of Political Sciences"),
    ("“Kyiv is stalling,” Dana Whitlock, a member of the Valdai Club, told a news agency.", "Dana Whitlock",
     "a member of the Valdai Club"),
    ("Dana Whitlock, who was U.S. ambassador to Ruritania from 2012 to 2014, said Moscow was stalling.",
     "Dana Whitlock", "who was U.S. ambassador to Ruritania from 2012 to 2014"),
    # A trailing "according to" names the source; what follows the name's comma describes them.
    ("Moscow is stalling, according to Dana Whitlock, a professor at Harbour University.", "Dana Whitlock",
     "a professor at Harbour University"),
    # A leading "according to" with a title before the name: the clause after the comma is what they say.
    ("And according to Professor Dana Whitlock, that level of protection isn’t theatre: it reflects real threats "
     "linked to Moscow.", "Dana Whitlock", "Professor"),
    # A possessive inside an office's title does not turn the words after it into a second person.
    ("Dana Whitlock, former Deputy Special Representative for Ruritania’s Economic Recovery at the State "
     "Department, stated, “The best they can do is remain firm.”", "Dana Whitlock",
     "former Deputy Special Representative for Ruritania’s Economic Recovery at the State Department"),
])
def test_descriptions_real_reporting_uses_make_an_expert(text, name, description):
    # Made-up sentences with a made-up name and country, in the shapes of 2025 coverage: a description after an
    # opening phrase, before the name; an adjective before the role; a think tank's scientific director; a past
    # office before the name; two roles of an institute; a relative clause going on to an office; a label line.
    experts = extract_all(Article(text=text)).experts
    assert [(e.name, e.description) for e in experts] == [(name, description)]


def test_a_plural_role_before_two_names_describes_both():
    # Made-up sentence and names: "scholars" covers both names the sentence lists.
    text = "Chinese scholars Dana Whitlock and Jo Carrow noted stark differences in both sides’ objectives."
    experts = extract_all(Article(text=text)).experts
    assert [(e.name, e.description) for e in experts] == [
        ("Dana Whitlock", "Chinese scholars"), ("Jo Carrow", "Chinese scholars")]


def test_the_answers_of_a_question_and_answer_interview_are_the_interviewees_words():
    # Made-up interview in the "Question. – / Answer. –" layout of translated Russian press interviews.
    text = ("Interview\n\nIn this interview, Dana Whitlock, a political analyst at the Carnegie Endowment, assesses the "
            "talks.\n\nQuestion. – Dana Whitlock, who is to blame for the failure of the talks?\n\n"
            "Answer. – Russia is to blame for the collapse of the talks. Moscow rejected every ceasefire proposal.\n")
    [expert] = extract_all(Article(text=text)).experts
    [stance] = [s for s in expert.stances if s.target == "Russia"]
    assert stance.stance == "critical"
    assert "Russia is to blame for the collapse of the talks." in stance.evidence[0].text


def test_a_capitalised_role_before_a_name_and_an_outlet_after_an_apposition_are_not_names():
    # Made-up sentences: "Security Editor" is the title of the name after it; "Al Jazeera reported" is the outlet
    # that carried the quote, not a person described by the expert's apposition before it.
    text = ("CNN's International Security Editor Dana Whitlock opined that the truce \"seems designed to placate\" "
            "the White House. \"This plan favours Russia,\" said Sam Park, a researcher at Harbour College in "
            "London, Al Jazeera reported.")
    names = [e.name for e in extract_all(Article(text=text)).experts]
    assert "Al Jazeera" not in names and "Sam Park" in names
    assert "Dana Whitlock" in extract_all(Article(text=text)).people


def test_positive_words_about_a_deal_do_not_make_a_pessimist_hopeful():
    # "peace", "agreement", "guarantees" and "prosperity" are positive words; the sentence does not say a deal is
    # coming, and it ends on what Moscow wants. One weight for both valences read such sentences as optimistic.
    text = ("Dana Whitlock, a senior fellow at the Harbour Institute, said a peace agreement would give both sides "
            "security guarantees and prosperity, but Moscow wants all of Ukraine.")
    (expert,) = extract_all(Article(text=text)).experts
    assert expert.outlook is None or expert.outlook.stance != "optimistic"


def test_the_answers_of_an_interview_laid_out_with_dashes_are_the_interviewees_words():
    # Made-up interview in the dash layout of some English-language portals: each turn opens with a dash, the
    # questions end with a question mark, and an answer can run on over paragraphs without a dash.
    text = ("Interview\n\nTo discuss the talks, the portal spoke with Dana Whitlock, a political analyst.\n\n"
            "- Could the talks in Riyadh lead to peace?\n\n"
            "- It is hard to say at this point.\n\n"
            "Russia is to blame for the collapse of the talks. Moscow rejected every ceasefire proposal.\n\n"
            "- Is the White House sincere?\n\n"
            "- I think so.\n")
    [expert] = extract_all(Article(text=text)).experts
    [stance] = [s for s in expert.stances if s.target == "Russia"]
    assert stance.stance == "critical"
    assert "Russia is to blame for the collapse of the talks." in stance.evidence[0].text
    assert not any("Could the talks" in e.text for s in expert.stances for e in s.evidence)


@pytest.mark.parametrize("sentence", [
    "Russia is to blame for the collapse of the talks, an expert has warned.",
    "A leading international relations lecturer has said Russia is to blame for the collapse of the talks.",
])
def test_an_unnamed_expert_in_an_article_with_one_expert_is_that_expert(sentence):
    # Made-up text in the shape of British news leads: the expert is named only further on.
    text = (sentence + "\n\nDana Whitlock, a lecturer in international relations at Harbour University, spoke to "
            "the paper on Monday.")
    [expert] = extract_all(Article(text=text)).experts
    assert [(s.target, s.stance) for s in expert.stances if s.target == "Russia"] == [("Russia", "critical")]


@pytest.mark.parametrize("words, side", [
    # Made-up quotes: the rules' "does not want a ceasefire or peace" and conduct that serves the other side.
    ("Kyiv shows no genuine desire for peace.", "Ukraine"),
    ("Russia wants to continue the war until Ukraine gives up.", "Russia"),
    ("Trump's plan delivers everything Putin wants.", "United States"),
    ("Putin has shown no willingness to compromise.", "Russia"),
    ("Kyiv has no real desire to achieve peace.", "Ukraine"),
    ("Russia is actually seeking complete capitulation of Ukraine.", "Russia"),
    ("Every time Kyiv turns away from Russia's peace proposals, it loses land.", "Ukraine"),
    ("The Kremlin keeps making unrealistic demands.", "Russia"),
    ("The stubbornness of the Kremlin blocks any progress.", "Russia"),
    ("Putin's strategy is to stall for time.", "Russia"),
    ("London and Paris are trying to disrupt the negotiations.", "Europe"),
    ("Russia has consistently refused to discuss any military ceasefire.", "Russia"),
    ("The Kremlin sees no reason to compromise.", "Russia"),
    ("The European Union is doing everything to derail the peace process.", "Europe"),
    ("Kyiv's European sponsors want the war to continue.", "Europe"),
    ("Kyiv does not want a long-term peace.", "Ukraine"),
    ("Moscow doesn't really want a lasting ceasefire.", "Russia"),
    ("Russia is trying to destroy the unity of the alliance.", "Russia"),
    ("The Kremlin was still insisting on its previous objectives.", "Russia"),
    ("Washington failed to hold Moscow to its word.", "United States"),
])
def test_commentary_words_for_not_wanting_peace_or_serving_the_other_side_are_critical(words, side):
    text = f"“{words}” said Dana Whitlock, a senior fellow at the Harbour Institute."
    [expert] = extract_all(Article(text=text)).experts
    assert (side, "critical") in [(s.target, s.stance) for s in expert.stances]


def test_a_side_named_in_passing_gets_no_neutral_stance_and_one_whose_position_is_described_does():
    # Made-up quote. The learned `neutral_subject` (docs/stances.md): a side the expert describes doing or wanting
    # something is "neutral" when not judged; a side named only as the place of the war is no stance at all.
    text = ("“The Kremlin wants the talks to cover security guarantees. Much depends on the war in Ukraine,” said "
            "Dana Whitlock, a senior fellow at the Harbour Institute.")
    [expert] = extract_all(Article(text=text)).experts
    stances = {s.target: s.stance for s in expert.stances}
    assert stances.get("Russia") == "neutral"
    assert "Ukraine" not in stances


@pytest.mark.parametrize("words", [
    "The chances of an immediate ceasefire are slim.",
    "There is no real prospect of a settlement this year.",
    "This meeting cannot lead to any significant steps towards peace.",
    "A lasting ceasefire won't emerge overnight.",
])
def test_low_odds_and_what_talks_cannot_bring_are_a_pessimistic_outlook(words):
    # Made-up quotes in the words 2025 commentary used for "unlikely; the talks will fail" (STANCES.md).
    text = f"“{words}” said Dana Whitlock, a senior fellow at the Harbour Institute."
    [expert] = extract_all(Article(text=text)).experts
    assert expert.outlook is not None and expert.outlook.stance == "pessimistic"


def test_not_wanting_to_deal_with_someone_is_not_refusing_a_deal():
    # Made-up quote: "deal" as a verb after "to" is no peace deal the side turns down.
    text = "“Kyiv doesn't want to deal with the envoy,” said Dana Whitlock, a senior fellow at the Harbour Institute."
    [expert] = extract_all(Article(text=text)).experts
    assert ("Ukraine", "critical") not in [(s.target, s.stance) for s in expert.stances]


@pytest.mark.parametrize("sentence", [
    "This, he believes, was a move by Russia to sabotage the talks.",
    "This, Whitlock argued, was a move by Russia to sabotage the talks.",
])
def test_a_parenthetical_view_verb_makes_the_sentence_the_experts(sentence):
    # Made-up text: the expert is introduced, then a sentence carries "he believes" inside commas.
    text = ("Dana Whitlock, a senior fellow at the Harbour Institute, said the talks were hard. " + sentence)
    [expert] = extract_all(Article(text=text)).experts
    assert ("Russia", "critical") in [(s.target, s.stance) for s in expert.stances]


def test_slammed_is_a_view_verb():
    text = ("Michael Dana, a former US ambassador now at Harbour University, slammed Witkoff for sabotaging the "
            "talks with Ukraine.")
    [expert] = extract_all(Article(text=text)).experts
    assert any(s.evidence for s in expert.stances)


def test_someone_the_text_then_calls_the_expert_is_an_expert():
    # Made-up text in the shape of an October 2025 Hungarian report: no description, then "The expert noted".
    text = ("Budapest summit\n\nHosting the summit carries prestige. Levente Boros emphasized that the decision shows "
            "Russia is stalling, according to Origo.\n\nThe expert noted that it is significant that Trump chose "
            "Budapest.")
    assert [e.name for e in extract_all(Article(text=text)).experts] == ["Levente Boros"]


@pytest.mark.parametrize("later", ["Everything depends on two factors, the pundit says.",
                                   "The pundit noted that Moscow is stalling."])
def test_someone_the_text_then_calls_the_pundit_is_an_expert(later):
    # Made-up text in the shape of a November 2025 Sputnik report: a magazine editor, then "the pundit says".
    text = ("Talks\n\n\"The trends are negative for Kyiv,\" Harbour magazine editor-in-chief Dana Whitlock tells "
            f"reporters. {later}")
    assert [e.name for e in extract_all(Article(text=text)).experts] == ["Dana Whitlock"]


def test_someone_with_a_rank_the_text_then_calls_the_expert_is_an_expert():
    # Made-up text in the shape of a July 2025 Bulgarian radio report: a naval rank and a council, officials named
    # in between, then "…, the expert emphasized".
    text = ("Talks\n\nCaptain First Rank Dana Whitlock from the Harbour Council stated that he does not expect a "
            "meeting between Presidents Putin and Zelensky.\n\nIn a sharp criticism of Russian diplomacy, the expert "
            "emphasized that Moscow is stalling.")
    assert [e.name for e in extract_all(Article(text=text)).experts] == ["Dana Whitlock"]


def test_a_coordinator_at_a_dialogue_center_is_an_expert():
    # Made-up apposition in the shape of a Transatlantic Dialogue Center interview.
    text = ("In an interview, Dana Whitlock, Coordinator of the Partnership Program at the Harbour Dialogue Center, "
            "said Russia is stalling.")
    assert [e.name for e in extract_all(Article(text=text)).experts] == ["Dana Whitlock"]


def test_a_capitalised_title_before_an_institute_makes_an_expert_and_the_outlet_told_is_none():
    # Made-up text in the shape of a May 2025 Sputnik Africa report: a bare capitalised title in apposition, the
    # outlet as the one told, then "The researcher stated" about the person the title described.
    text = ("Istanbul talks\n\nThe negotiations represent a breakthrough for peace, Dana Whitlock, Lead Researcher at "
            "the Harbour Institute of Foreign Affairs, told Coastline Radio.\n\nThe researcher stated that Europeans "
            "want to prolong the conflict.")
    found = extract_all(Article(text=text))
    assert [(e.name, e.description) for e in found.experts] == [
        ("Dana Whitlock", "Lead Researcher at the Harbour Institute of Foreign Affairs")]
    assert [q.speaker for q in found.quotes][:1] == ["Dana Whitlock"]


def test_a_cue_after_he_is_about_the_side_that_opened_the_sentence():
    # Made-up words in the shape of a February 2025 Fox News interview: "he" is Putin, not Trump named last.
    text = ("“While Vladimir Putin pledged in his call with Donald Trump that he wants peace, he continues to have "
            "unrealistic demands,” said Dana Whitlock, a senior fellow at the Harbour Institute.")
    [expert] = extract_all(Article(text=text)).experts
    stances = {(s.target, s.stance) for s in expert.stances}
    assert ("Russia", "critical") in stances and ("United States", "critical") not in stances



def test_a_transcript_label_with_two_posts_marks_the_guests_words():
    # Made-up broadcast transcript in the shape of a November 2025 CNN one: the label carries name, two posts and
    # the firm, each after a comma; the words after it are the guest's.
    text = ("HOST: Let's discuss with geopolitics expert Dana Whitlock.\n\n"
            "DANA WHITLOCK, PRESIDENT AND FOUNDER, HARBOUR GROUP: No, because Russia is stalling.")
    [expert] = extract_all(Article(text=text)).experts
    assert ("Russia", "critical") in [(s.target, s.stance) for s in expert.stances]


def test_paragraphs_after_a_colon_lead_that_names_the_expert_are_theirs():
    # Made-up text in the shape of an August 2025 Charter97 interview and a December 2025 round-up: the lead names
    # the expert and ends with a colon; the paragraphs after it are the expert's until a new source's colon.
    text = ("Talks\n\nWe spoke to Dana Whitlock, a political scientist at the Harbour Institute:\n\n"
            "- Russia is stalling. Nobody knows what comes next.\n\n"
            "Kyiv has shown good faith all along.\n\n"
            "Journalists are convinced: Ukraine is stalling.")
    [expert] = extract_all(Article(text=text)).experts
    stances = {(s.target, s.stance) for s in expert.stances}
    assert ("Russia", "critical") in stances and ("Ukraine", "supportive") in stances
    assert ("Ukraine", "critical") not in stances


@pytest.mark.parametrize("words", [
    "There is little evidence Moscow is willing to negotiate in good faith,",
    "Washington wants a sign that the Kremlin is serious about peace,",
])
def test_what_is_doubted_or_asked_for_is_not_a_stance(words):
    # Made-up article: a supportive cue the expert doubts or says is still awaited is no praise of the side.
    text = f"Talks resumed on Monday.\n\n“{words}” said Jane Doe, a senior fellow at the Atlantic Institute."
    [doe] = experts_of(text, [quote(text, "Jane Doe", words)])
    assert summary(doe).get("Russia", ("none",))[0] != "supportive"


def test_a_think_tanks_roster_names_its_experts_and_their_given_names_carry_their_words():
    # Made-up roundup in the shape of a think tank's "experts react" piece: a roster line per expert, then each is
    # called by the given name, or its usual short form.
    text = ("What the plan means\n\nWe asked our experts.\n\n"
            "• Daniel Whitlock (@dwhitlock): senior fellow at the Harbour Institute and former ambassador to Ruritania\n\n"
            "• Jane Carrow (@jcarrow): director of the Harbour Institute's Europe program\n\n"
            "• Dan calls the plan sloppy and says Moscow is stalling.\n\n"
            "• Jane argues that the talks may well collapse.")
    found = {e.name: e for e in extract_all(Article(text=text)).experts}
    assert set(found) == {"Daniel Whitlock", "Jane Carrow"}
    assert found["Daniel Whitlock"].description.startswith("senior fellow at the Harbour Institute")
    assert ("Russia", "critical") in [(s.target, s.stance) for s in found["Daniel Whitlock"].stances]


def test_a_page_of_comment_cards_gives_each_expert_the_words_under_their_card():
    # Made-up page in the shape of a March 2025 university "experts weigh in" page: each expert's name and titles
    # alone on a line (once glued twice, where a photo's caption ran into it), their quoted words in the paragraph
    # under it. Neither the card's titles nor another expert's words are theirs.
    text = ("Experts weigh in on the partial ceasefire\n\n"
            "Scholars from the Harbour School offer their insights.\n\n"
            "Dana WhitlockDana Whitlock, Ada Lorne Professor in European Studies. Director, Program in European "
            "Politics\n\n"
            "“Russia is stalling, and the talks will collapse.”\n\n"
            "Jo Carrow, Professor of Politics and International Affairs\n\n"
            "“Ukraine has shown good faith throughout.”")
    extraction = extract_all(Article(text=text))
    assert [(q.speaker, q.speaker_role) for q in extraction.quotes] == [("Dana Whitlock", "expert"),
                                                                         ("Jo Carrow", "expert")]
    found = {e.name: e for e in extraction.experts}
    assert set(found) == {"Dana Whitlock", "Jo Carrow"}
    assert found["Jo Carrow"].description == "Professor of Politics and International Affairs"
    whitlock = summary(found["Dana Whitlock"])
    assert whitlock["Russia"][0] == "critical" and "Ukraine" not in whitlock and "Europe" not in whitlock
    assert summary(found["Jo Carrow"]) == {"Ukraine": ("supportive", ["“Ukraine has shown good faith throughout.”"])}


@pytest.mark.parametrize("words", [
    "There are no real reasons to believe that Russia is genuinely interested in peace negotiations.",
    "I doubt that Moscow is serious about peace.",
    "Russia is not serious about a deal, and never was.",
])
def test_a_good_the_expert_denies_or_doubts_is_the_sides_failing(words):
    # Made-up article: doubting or denying a side's goodwill blames that side, as "does not want a ceasefire" does.
    text = f"Talks resumed on Monday.\n\n“{words}” said Jane Doe, a senior fellow at the Atlantic Institute."
    [doe] = experts_of(text, [quote(text, "Jane Doe", words)])
    assert summary(doe)["Russia"][0] == "critical"


def test_a_correspondent_whose_analysis_is_reported_is_an_expert_but_a_host_asking_is_not():
    # Made-up text in the shape of a March 2025 Ukrainian round-up of British coverage (STANCES.md: a
    # journalist-analyst is a commentator; a host who asks the questions is not).
    text = ("Talks\n\nAccording to The Harbour Herald's senior correspondent Dana Whitlock, the main goal of the "
            "Russian delegation is to drag out the talks for as long as possible.\n\n"
            "Radio host Tom Avery asked whether a truce was near.")
    assert [e.name for e in extract_all(Article(text=text)).experts] == ["Dana Whitlock"]


def test_a_sitting_official_the_text_calls_former_is_no_expert_while_a_past_one_is():
    # Made-up text in the shape of a machine-translated October 2025 report that calls the sitting US president
    # "former"; the registry dates his term, so he is not charted as an expert, while Biden, out of office, is.
    text = ("While former U.S. President Donald Trump claims he will end the war, analysts disagree.\n\n"
            "Former U.S. President Joe Biden said Russia was not serious about a ceasefire.")
    from datetime import date
    names = [e.name for e in extract_all(Article(text=text, published=date(2025, 10, 21))).experts]
    assert "Donald Trump" not in names and "Joe Biden" in names
    in_2024 = [e.name for e in extract_all(Article(text=text, published=date(2024, 10, 21))).experts]
    assert "Joe Biden" not in in_2024
