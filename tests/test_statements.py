"""Dated ceasefire/peace statements: the actor who acts, the kind of act, and the date it was made.

The sentences written in this file are synthetic (made up for the tests); the seed article is the only real text.
"""
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from ingest.extract import extract_all, statement_model
from ingest.extract.dates import find_dates
from ingest.extract.registry import load_registry
from ingest.extract.sentences import split_sentences
from ingest.extract.statements import find_statements
from ingest.records import Article, Mention
from ingest.pipeline import SEED_ARTICLE as SEED

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT.parent / "shared" / "gold" / "seed.json"
SATURDAY = date(2025, 4, 19)
REGISTRY = load_registry()


def mentions_in(text: str, people: tuple[str, ...] = ()) -> list[Mention]:
    """Mentions as the actors step reports them: registry names and aliases, plus named people and their surnames."""
    forms = [(form, actor.name, actor.kind) for actor in REGISTRY.actors for form in REGISTRY.forms(actor)]
    forms += [(form, name, "person") for name in people for form in (name, name.split()[-1])]
    taken, found = [], []
    for form, name, kind in sorted(forms, key=lambda f: -len(f[0])):
        for m in re.finditer(r"(?<![\w.])" + re.escape(form) + r"(?!\w)", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append(Mention(name, kind, m.start(), m.end(), m.group()))
    return sorted(found, key=lambda m: m.start)


def statements(text: str, people: tuple[str, ...] = (), published: date | None = SATURDAY):
    sentences = split_sentences(text)
    dated = find_dates(text, sentences, published)
    return find_statements(text, sentences, REGISTRY, mentions_in(text, people), dated, published)


# A closing paragraph that makes a test sentence part of the war's coverage without being a statement itself.
WAR_CONTEXT = "\n\nRussia's full-scale invasion of Ukraine began in February 2022."


def candidate_actors(text: str, published: date) -> list[str]:
    """The actors of the statement candidates the rules offer for a sentence of war coverage, before the model
    weighs them."""
    with statement_model.candidates() as seen:
        extract_all(Article(text=text + WAR_CONTEXT, published=published))
    return [e.statement.actor for e in seen]


def one(text: str, **kwargs) -> tuple[str, str, str, str, str]:
    found = statements(text, **kwargs)
    assert len(found) == 1, found
    s = found[0]
    return s.kind, s.actor, s.date, s.date_precision, s.date_basis


@pytest.mark.parametrize("text, expected", [
    ("Russia rejected the 30-day ceasefire proposal on Tuesday.",
     ("rejection", "Russia", "2025-04-15", "day", "weekday")),
    ("Zelensky said on Friday Ukraine was ready for an unconditional truce.",
     ("acceptance", "Volodymyr Zelensky", "2025-04-18", "day", "weekday")),
    ("The Kremlin said it would consider the plan.",
     ("statement", "Russia", "2025-04-19", "day", "context")),
    ("Putin set conditions for a ceasefire last week.",
     ("condition", "Vladimir Putin", "2025-04", "month", "relative")),
    ("Both sides accused each other of violating the Easter truce.",
     ("violation", "Russia; Ukraine", "2025-04-19", "day", "context")),
    ("Trump threatened to walk away from the talks.",
     ("threat", "Donald Trump", "2025-04-19", "day", "context")),
    ("Last month, Russia and Ukraine agreed to a limited ceasefire.",
     ("agreement", "Russia; Ukraine", "2025-03", "month", "relative")),
    ("Witkoff proposed a 30-day truce on April 11.",
     ("proposal", "Steve Witkoff", "2025-04-11", "day", "explicit")),
    ("Kremlin spokesman Dmitry Peskov told reporters yesterday that Moscow was open to negotiations.",
     ("acceptance", "Dmitry Peskov", "2025-04-18", "day", "relative")),
    ("Dmitry Peskov, the Kremlin spokesman, said on Monday that no date had been set for new talks.",
     ("statement", "Dmitry Peskov", "2025-04-14", "day", "weekday")),
    ("Lavrov said Moscow would not accept European peacekeepers in Ukraine.",
     ("rejection", "Sergei Lavrov", "2025-04-19", "day", "context")),
    ("Ukrainian officials said Russian forces had breached the energy truce dozens of times since March 18.",
     ("violation", "Ukraine", "2025-04-19", "day", "context")),
    ("The talks will resume in Istanbul on Monday, Turkey's foreign ministry said.",
     ("statement", "Turkey", "2025-04-19", "day", "context")),
    ("Putin declared a 30-hour Easter truce on Saturday, ordering his troops to halt all hostilities.",
     ("proposal", "Vladimir Putin", "2025-04-19", "day", "weekday")),
    ("Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov agreed in Riyadh on Feb. 18 to "
     "start talks.", ("agreement", "Marco Rubio; Sergei Lavrov", "2025-02-18", "day", "explicit")),
    ("The European Union welcomed the ceasefire agreement on Thursday.",
     ("acceptance", "European Union", "2025-04-17", "day", "weekday")),
    ("Within hours, the Kremlin said the maritime deal would take effect only after sanctions were lifted.",
     ("condition", "Russia", "2025-04-19", "day", "context")),
    ("French President Emmanuel Macron said Europe would not lift sanctions until Moscow accepted a ceasefire.",
     ("condition", "Emmanuel Macron", "2025-04-19", "day", "context")),
    ("Putin said Russia was \"not ruling out\" that new talks could lead to a truce.",
     ("statement", "Vladimir Putin", "2025-04-19", "day", "context")),
    ("In London, the prime minister, Keir Starmer, told MPs on Wednesday that Britain backed the peace plan.",
     ("acceptance", "Keir Starmer", "2025-04-16", "day", "weekday")),
    ("Trump's envoy for Ukraine, retired Lt. Gen. Keith Kellogg, told a forum on Wednesday that the truce could hold.",
     ("statement", "Keith Kellogg", "2025-04-16", "day", "weekday")),
    ("Putin, speaking at a news conference on Thursday, said Russia agreed with the idea of a ceasefire.",
     ("agreement", "Vladimir Putin", "2025-04-17", "day", "weekday")),
    ("\"We are ready for peace, but not at any price,\" Zelenskiy said in his nightly video address.",
     ("acceptance", "Volodymyr Zelensky", "2025-04-19", "day", "context")),
    ("Russia is not ready for a truce, Peskov told reporters.",
     ("rejection", "Dmitry Peskov", "2025-04-19", "day", "context")),
    ("Ukraine signaled it would accept a full ceasefire, while Russia attached conditions.",
     ("acceptance", "Ukraine", "2025-04-19", "day", "context")),
    ("The Trump administration floated a possible withdrawal from the peace talks on Friday.",
     ("threat", "United States", "2025-04-18", "day", "weekday")),
    # someone's aide acts, not the person whose aide he is: the registry's holder of the office, else their state
    ("Putin’s top foreign policy aide dismissed the 30-day ceasefire proposal on Friday.",
     ("rejection", "Yuri Ushakov", "2025-04-18", "day", "weekday")),
    # an office the registry lists is its holder's (Yermak until 28 November 2025); one it does not list, the state's
    ("Zelensky’s chief of staff rejected the ceasefire proposal on Friday.",
     ("rejection", "Andriy Yermak", "2025-04-18", "day", "weekday")),
    ("Zelensky’s deputy chief of staff rejected the ceasefire proposal on Friday.",
     ("rejection", "Ukraine", "2025-04-18", "day", "weekday")),
    ("Putin’s foreign minister rejected the ceasefire proposal on Friday.",
     ("rejection", "Sergei Lavrov", "2025-04-18", "day", "weekday")),
])
def test_wire_style_sentences(text, expected):
    # each sentence as the war's coverage has it: an article that speaks of the war (a trade story's "talks" and
    # "both sides" are not these; see test_a_story_that_never_speaks_of_war_or_peace_has_no_deal_statements)
    assert one(text + WAR_CONTEXT) == expected


@pytest.mark.parametrize("text, people", [
    ("Experts say Russia will not accept the deal.", ()),
    ("Analysts in Washington said the deal was unlikely to hold.", ()),
    ("Michael Kofman, a military analyst, said Russia was unlikely to agree to a real ceasefire.", ("Michael Kofman",)),
    ("Sir Richard Alder, a former British ambassador, said the talks would survive.", ("Richard Alder",)),
    ("For now, observers warn that if the U.S. does pull out of peace efforts, the fighting could drag on.", ()),
    ("President Trump has expressed hope that a critical minerals agreement with Ukraine will soon be finalized.", ()),
    ("On Wednesday, the United States and Ukraine signed an agreement on Ukraine’s mineral resources.", ()),
    ("Rubio met European allies in Paris on Thursday.", ()),
    ("It is unclear whether Russia will accept the truce.", ()),
])
def test_no_statement_without_an_official_actor_acting_on_the_talks(text, people):
    assert statements(text, people) == []


def test_a_non_registry_person_called_a_negotiator_is_an_official():
    text = "Russian negotiator Vladimir Medinsky said on Friday that Moscow wanted a lasting peace, not a truce."
    assert one(text, people=("Vladimir Medinsky",)) == ("statement", "Vladimir Medinsky", "2025-04-18", "day", "weekday")


def test_he_continues_the_previous_speaker_and_their_date():
    text = ("On Tuesday, Peskov said the Kremlin was studying the proposal.\n\n"
            "He said any truce would have to address the root causes of the conflict.")
    found = statements(text)
    assert [(s.actor, s.kind, s.date, s.date_basis) for s in found] == [
        ("Dmitry Peskov", "statement", "2025-04-15", "weekday"),
        ("Dmitry Peskov", "statement", "2025-04-15", "context"),
    ]


@pytest.mark.parametrize("ahead", ["The next week", "The coming week", "Next month", "Tomorrow"])
def test_a_time_to_come_is_what_a_statement_is_about_not_when_it_was_made(ahead):
    text = ("Zelensky said on Friday that Ukraine would not reject the peace plan.\n\n"
            f"{ahead} will be very challenging for the peace talks, Zelensky said.")
    found = statements(text)
    assert [(s.actor, s.date) for s in found] == [("Volodymyr Zelensky", "2025-04-18")] * 2


@pytest.mark.parametrize("released", ["in a statement to state media aired Thursday", "in a video posted on Thursday",
                                      "in remarks published Thursday", "in an interview published by Politico on Thursday"])
def test_the_day_a_statement_was_aired_is_the_statements_date(released):
    # "aired Thursday" after a speech noun dates the saying itself, unlike "the deal signed on Monday".
    text = f"Ushakov appeared to pour cold water on the ceasefire proposal {released}."
    assert [(s.actor, s.date, s.date_basis) for s in statements(text)] == [("Yuri Ushakov", "2025-04-17", "weekday")]


def test_an_experts_he_is_never_a_statement():
    text = ("Katz said the key lies in who the Trump administration blames.\n\n"
            "He noted that Putin may see little reason to agree to a ceasefire.")
    assert statements(text, people=("Mark N. Katz",)) == []


def test_a_quote_running_on_without_attribution_keeps_its_speaker():
    text = ("“Ukraine agreed to a complete ceasefire, and now it's up to Russia,” Trump said on Wednesday. "
            "“If they walk away from the talks, it'll be very bad for Russia.”")
    found = statements(text)
    assert [(s.actor, s.date, s.text[:12]) for s in found] == [
        ("Donald Trump", "2025-04-16", "“Ukraine agr"),
        ("Donald Trump", "2025-04-16", "“If they wal"),
    ]


def test_a_sentence_acting_on_the_truce_named_just_before_is_a_candidate():
    # The rules offer it with its actor, kind and date; whether it is kept is the statement model's call, learned
    # from the gold (refitted with news-dev9, this two-sentence example sits at 0.39, under the 0.40 threshold).
    text = "Earlier this month, Putin announced a three-day truce. Kyiv dismissed it as a theatrical performance."
    with statement_model.candidates() as offered:
        statements(text)
    assert [(e.statement.actor, e.statement.kind, e.statement.date) for e in offered] == [
        ("Vladimir Putin", "proposal", "2025-04"),
        ("Ukraine", "rejection", "2025-04-19"),
    ]


def test_vague_recent_events_get_the_main_event_month():
    text = ("Speaking in Paris on April 18, Rubio warned that the U.S. could quit the talks.\n\n"
            "Vice President JD Vance also struck an optimistic tone about the recent talks while visiting Italy.")
    found = statements(text + WAR_CONTEXT)
    assert [(s.actor, s.date, s.date_precision, s.date_basis) for s in found] == [
        ("Marco Rubio", "2025-04-18", "day", "explicit"),
        ("JD Vance", "2025-04", "month", "context"),
    ]


def test_the_leads_event_not_the_dateline_is_the_main_event():
    text = ("MOSCOW, April 18 (Reuters) - Russia rejected the ceasefire proposal on Tuesday.\n\n"
            "The Kremlin said it was still open to talks with Washington.")
    assert [(s.actor, s.kind, s.date, s.date_basis) for s in statements(text)] == [
        ("Russia", "rejection", "2025-04-15", "weekday"),
        ("Russia", "acceptance", "2025-04-15", "context"),
    ]


def test_a_date_that_is_its_clauses_subject_dates_nothing():
    # Made-up lead: "25 December could be remembered as …" speaks of the day; Ryabkov spoke when the page reports,
    # so neither his statement nor the article's news day is 25 December. A day after "on" is when he said it.
    text = ("Ryabkov said 25 December 2025, could be remembered as the day a peace deal came within reach.\n\n"
            "He said any peace deal would need the political will of the other side.")
    assert [(s.date, s.date_basis) for s in statements(text, published=date(2025, 12, 27))] == [
        ("2025-12-27", "context"), ("2025-12-27", "context")]
    text = "Ryabkov said on 25 December that a peace deal could be reached."
    assert [(s.date, s.date_basis) for s in statements(text, published=date(2025, 12, 27))] == [
        ("2025-12-25", "explicit")]


@pytest.mark.parametrize("aside", ["He also said he postponed a Wednesday visit to Riyadh to March 10.",
                                   "Following the April 14 meeting, Kyiv prepared a plan."])
def test_a_date_that_names_a_thing_is_not_the_main_event(aside):
    # "a Wednesday visit", "the April 14 meeting": the date modifies a noun; the news is the undated lead's
    text = ("Zelensky said no talks on the future of Ukraine should be held behind its back.\n\n"
            f"{aside}\n\nRussia rejected the ceasefire proposal, the Kremlin said.")
    assert [(s.actor, s.date, s.date_basis) for s in statements(text)][-1] == ("Russia", "2025-04-19", "context")


def test_statement_offsets_are_the_whole_sentence():
    text = "Peace talks stalled.\n\nOn Friday, Russia rejected the truce. Nothing else happened."
    (s,) = statements(text)
    assert (s.start, s.end, s.text) == (22, 59, "On Friday, Russia rejected the truce.")
    assert text[s.start:s.end] == s.text


def test_without_any_date_there_is_no_statement():
    assert statements("Russia rejected the truce.", published=None) == []


@pytest.mark.parametrize("text", ["", "“", "\"Peace,\" he said.", "He said. She said. They said peace.",
                                  "ceasefire " * 300, "Russia, " * 200 + "agreed to a truce.", "\x00 truce \ufffd"])
def test_never_crashes_and_offsets_stay_inside(text):
    for s in statements(text):
        assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.text


def _seed_statements():
    from ingest.parse import parse_text, read_sidecar

    article = parse_text(SEED.read_text(encoding="utf-8"), read_sidecar(SEED))
    return extract_all(article).statements


def _starts_alike(sentence: str, gold_start: str) -> bool:
    gold = re.findall(r"\w+", gold_start.casefold())[:4]
    return re.findall(r"\w+", sentence.casefold())[: len(gold)] == gold


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold is not beside the repo")
def test_seed_statements_match_the_gold_actor_and_date():
    gold = [g for g in json.loads(SEED_GOLD.read_text(encoding="utf-8"))["ceasefire_statements"] if not g.get("in_title")]
    found = [s for s in _seed_statements() if not s.text.startswith("U.S. Signals")]
    assert len(found) == len(gold)
    for item, statement in zip(gold, found):
        assert _starts_alike(statement.text, item["text_start"]), (statement.text, item["text_start"])
        assert (statement.actor, statement.date, statement.date_basis) == (item["actor"], item["date"], item["date_basis"])


def test_extract_all_dates_statements_of_an_article():
    text = ("Kremlin rejects ceasefire call\n\n"
            "Russian President Vladimir Putin on Sunday rejected a European demand for a 30-day ceasefire.\n\n"
            "Ukrainian President Volodymyr Zelensky said Kyiv was ready for an unconditional truce.")
    found = extract_all(Article(text=text, title="Kremlin rejects ceasefire call", published=date(2025, 5, 11)),
                        REGISTRY).statements
    assert [(s.actor, s.kind, s.date, s.date_basis) for s in found] == [
        ("Russia", "rejection", "2025-05-11", "context"),
        ("Vladimir Putin", "rejection", "2025-05-11", "weekday"),
        ("Volodymyr Zelensky", "acceptance", "2025-05-11", "context"),
    ]


@pytest.mark.parametrize("dateline", ["KYIV, Ukraine (AP) — ", "KYIV and MOSCOW — "])
def test_a_dateline_is_not_part_of_the_statement(dateline):
    text = f"{dateline}The Kremlin said on Thursday that it was still studying the ceasefire proposal."
    (s,) = statements(text, published=date(2025, 3, 13))
    assert (s.text[:18], s.start, s.actor, s.date) == ("The Kremlin said o", text.index("The Kremlin"), "Russia", "2025-03-13")


def test_a_new_pair_of_quotes_after_a_closed_one_is_its_own_statement():
    text = ('Putin, speaking on Thursday, said Russia "supports ending the fighting by peaceful means." '
            '"We are for a truce, but there are nuances," he added.')
    found = statements(text, published=date(2025, 3, 13))
    assert [(s.text[:20], s.actor, s.date) for s in found] == [
        ("Putin, speaking on T", "Vladimir Putin", "2025-03-13"),
        ('"We are for a truce,', "Vladimir Putin", "2025-03-13"),
    ]


def test_a_curly_quote_closed_by_a_straight_mark_ends_there():
    # Made-up text: the “…" pair closes at the straight mark, so the attribution after it is read and the next
    # sentence, in the writer's words, is not taken for more of the quote.
    text = ("Russia, the US and Ukraine are “reasonably close\" to a diplomatic settlement to end the war, Kirill "
            "Dmitriev said. The envoy arrived in the United States on Friday for talks.\n\n"
            "Dmitriev said Moscow was ready for a peace deal.")
    found = statements(text, published=date(2025, 10, 25))
    assert [(s.text[:20], s.actor) for s in found] == [("Russia, the US and U", "Kirill Dmitriev"),
                                                       ("Dmitriev said Moscow", "Kirill Dmitriev")]


def test_the_minerals_deal_is_not_a_statement_but_meetings_and_travel_to_back_a_plan_are():
    # A meeting for the talks that its sentence dates is news (the real-text news-dev gold counts them); one it does
    # not date is left to the statement model, which knows it for a meeting (see the next test).
    text = ("Witkoff met Putin in St Petersburg on April 11 for talks on the peace plan. "
            "Witkoff met Putin again for talks on the peace plan.\n\n"
            "On Wednesday, the United States and Ukraine signed an agreement on Ukraine's mineral resources. "
            "Treasury Secretary Scott Bessent said the deal signaled commitment.\n\n"
            "French President Emmanuel Macron and German Chancellor Friedrich Merz traveled to Kyiv on Saturday "
            "to back the ceasefire plan.")
    found = [(s.actor, s.kind, s.date) for s in statements(text, people=("Scott Bessent",))]
    assert found[0] == ("Steve Witkoff; Vladimir Putin", "statement", "2025-04-11")  # (both are in the talks)
    assert found[-1] == ("Emmanuel Macron; Friedrich Merz", "acceptance", "2025-04-19")
    assert not any("Scott Bessent" in actor or date == "2025-04-16" for actor, _, date in found)


def test_a_list_of_titled_leaders_is_one_joint_actor():
    text = ("French President Emmanuel Macron, German Chancellor Friedrich Merz, British Prime Minister Keir Starmer "
            "and Polish Prime Minister Donald Tusk demanded an unconditional ceasefire on Saturday.")
    assert one(text, people=("Donald Tusk",)) == (
        "condition", "Emmanuel Macron; Friedrich Merz; Keir Starmer; Donald Tusk", "2025-04-19", "day", "weekday")


# --- the date rule: a statement is dated when it was made ----------------------------------------------------
# A Sunday publication; "on Friday" is 2025-05-09. Each sentence acts now (on Friday, or on the publication day as
# its context) while naming past years, far months or future days around the act.
SUNDAY = date(2025, 5, 11)
PRESENT_ACTS = [
    ("Zelensky said on Friday that Ukraine has been at war since February 2022 and wants a ceasefire.", "2025-05-09"),
    ("Zelensky said on Friday that Ukraine rejected a truce a year ago in May.", "2025-05-09"),
    ("Zelensky said on Friday that Ukraine would attend talks on May 15.", "2025-05-09"),
    ("Putin proposed direct talks in Istanbul on May 15.", "2025-05-11"),
    ("Putin proposed direct talks with Ukraine on Thursday, May 15.", "2025-05-11"),
    ("The Kremlin said Russia would agree to a truce in August.", "2025-05-11"),
    ("The Kremlin said Russia would agree to a truce tomorrow.", "2025-05-11"),
    ("The Kremlin said Russia was ready for a ceasefire on June 20.", "2025-05-11"),
    ("Russia invaded Ukraine in February 2022. The Russian leader announced an Easter truce.", "2025-05-11"),
    ("Russia invaded Ukraine on February 24, 2022.\nPutin announced a truce.", "2025-05-11"),
    # a relative clause with its own subject dates its own act
    ("Putin has repeatedly declared that any truce should see Ukraine withdraw from the four regions that Russia "
     "annexed in September 2022.", "2025-05-11"),
]


@pytest.mark.parametrize("text, made", PRESENT_ACTS, ids=[t[:40] for t, _ in PRESENT_ACTS])
def test_a_statement_about_the_present_is_dated_when_it_was_made(text, made):
    found = statements(text, published=SUNDAY)
    assert [s.date for s in found if "truce" in s.text or "talks" in s.text or "ceasefire" in s.text] == [made]


def within_the_rule(statement, published: date, text_names_year: bool) -> bool:
    """Not after publication; without a year, some of its day or month lies within 183 days before publication."""
    if statement.date_precision == "day":
        first = last = date.fromisoformat(statement.date)
    else:
        first = date.fromisoformat(statement.date + "-01")
        last = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
    return first <= published and (text_names_year or (published - last).days <= 183)


@pytest.mark.parametrize("when", [
    "on March 11", "on May 12", "on May 15", "in August", "in November", "on December 1", "in January", "on Monday",
    "next Monday", "tomorrow", "last month", "on Friday",
])
@pytest.mark.parametrize("published", [date(2025, 1, 3), date(2025, 5, 11), date(2025, 12, 30)])
def test_no_statement_lands_after_publication_or_half_a_year_before_it_without_a_year(when, published):
    for template in ("Putin proposed a ceasefire {when}.", "The Kremlin said {when} that Russia would accept a truce.",
                     "Zelensky will meet Putin for talks {when}, the Kremlin said."):
        for statement in statements(template.format(when=when), published=published):
            assert within_the_rule(statement, published, text_names_year=False), (template, when, statement)


def test_a_year_the_text_names_is_kept():
    assert one("Russia and Ukraine signed a ceasefire agreement in February 2015.", published=SUNDAY)[2:] == (
        "2015-02", "month", "explicit")
    assert one("Putin declared a truce a year ago in May.", published=SUNDAY)[2] == "2024-05"


@pytest.mark.parametrize("text, kind", [
    ("Ukraine ended the talks without reaching a ceasefire agreement.", "statement"),
    ("The talks ended without reaching a ceasefire agreement, the Kremlin said.", "statement"),
    ("Russia spoke against a ceasefire on Tuesday.", "rejection"),
    ("The Kremlin came out against the peace plan.", "rejection"),
    ("Zelensky has been pressing for an unconditional cease-fire.", "proposal"),
    ("Ukraine reached a ceasefire agreement with Russia.", "agreement"),
    ("\u201cI order that all hostilities stop from 18:00 today,\u201d Putin said.", "proposal"),
    ("Putin ordered his forces to stop all hostilities for Easter.", "proposal"),
    # a day or an adverb inside the phrasal verb
    ("Macron called on Tuesday for a ceasefire by the end of the month.", "proposal"),
    ("Zelensky pressed again for an unconditional ceasefire.", "proposal"),
])
def test_the_kind_reads_negation_and_stance(text, kind):
    assert one(text)[0] == kind


def test_a_meeting_on_the_talks_is_news_dated_by_its_sentence_or_else_by_the_article():
    dated = "On November 23, Ukraine held talks with the United States in Geneva on the peace plan."
    assert one(dated, published=date(2025, 12, 2))[:3] == ("statement", "Ukraine; United States", "2025-11-23")
    undated = "Ukraine held talks with the United States in Geneva on the peace plan."
    assert [(s.date, s.date_basis) for s in statements(undated, published=date(2025, 12, 2))] in (
        [], [("2025-12-02", "context")])


def test_talks_that_name_their_parties_are_the_parties_statement():
    # Made-up sentences in the shape of real reports: the talks are the subject, their parties follow "between".
    assert one("The first direct talks between Ukraine and Russia since early in the war took place in Istanbul on "
               "May 16.", published=date(2025, 5, 18))[1:] == ("Ukraine; Russia", "2025-05-16", "day", "explicit")
    assert one("The talks between the Russian and Ukrainian delegations in Istanbul lasted just under an hour."
               + WAR_CONTEXT, published=date(2025, 7, 24))[1:3] == ("Russia; Ukraine", "2025-07-24")
    assert one("On Wednesday evening, July 23, the third round of negotiations between Russia and Ukraine took place "
               "in Istanbul." + WAR_CONTEXT, published=date(2025, 7, 24))[1:3] == ("Russia; Ukraine", "2025-07-23")


@pytest.mark.parametrize("opener", ["Earlier,", "Before that,", "Before this,", "A few days later,",
                                    "Several weeks earlier,"])
def test_an_unstated_stretch_before_or_after_the_news_keeps_only_the_month(opener):
    # Made-up sentence. The act happened some unstated time away from the publication day, so the
    # publication's day would be a false precision; the month is what the reader can know.
    text = f"{opener} Zelensky said Ukraine was ready for a full ceasefire."
    assert one(text) == ("acceptance", "Volodymyr Zelensky", "2025-04", "month", "context")


def test_earlier_today_is_still_the_publication_day():
    text = "Earlier today, Zelensky said Ukraine was ready for a full ceasefire."
    assert one(text)[2:4] == ("2025-04-19", "day")


@pytest.mark.parametrize("text", ["The United States said earlier it had reached separate agreements on a ceasefire.",
                                  "Zelensky said earlier that Ukraine was ready for a full ceasefire."])
def test_said_earlier_is_earlier_on_the_day_of_the_report(text):
    # Made-up sentences in wire style: "said earlier" right after the reporting verb is the same news day.
    assert one(text)[2:4] == ("2025-04-19", "day")


def test_a_reported_sentence_is_the_statement_of_whoever_the_quote_finder_says_spoke():
    # Made-up paragraph. "According to the minister" names no one; the quote finder resolves it to Fidan, and
    # the statement takes that speaker, not Turkey, the grammatical subject of the reported clause.
    text = ("Turkish Foreign Minister Hakan Fidan said on Friday that the talks would resume.\n\n"
            "According to the minister, Turkey has the means to monitor any potential ceasefire agreement.")
    article = Article(text=text, title="", published=SATURDAY)
    found = extract_all(article).statements
    assert [(s.actor, s.text[:24]) for s in found][-1] == ("Hakan Fidan", "According to the ministe")


def test_a_shifted_sentence_does_not_take_its_neighbours_day():
    # Made-up paragraph: "a few days later" is after May 8 by an unstated stretch, so only the month holds.
    text = ("Trump urged a 30-day ceasefire on May 8. "
            "A few days later, Putin proposed direct talks in Istanbul instead of a ceasefire.")
    found = statements(text, published=date(2025, 5, 15))
    assert [(s.actor, s.date, s.date_precision) for s in found] == [
        ("Donald Trump", "2025-05-08", "day"), ("Vladimir Putin", "2025-05", "month")]


@pytest.mark.parametrize("text", [
    "Zelensky is set to hold a bilateral meeting with Macron on the peace plan.",
    "Putin has begun a meeting with Witkoff on the peace plan.",
])
def test_a_meeting_in_any_verb_form_is_known_for_a_contact(text):
    # Made-up sentences. Whether an undated meeting is news, the statement model weighs: it is told the act is a
    # meeting, and it learned from the gold to count that against the sentence.
    with statement_model.candidates() as seen:
        extract_all(Article(text=text, published=SATURDAY))
    assert [e.contact for e in seen] == [True]
    model = statement_model.load_model()
    assert model.weights[statement_model.FEATURES.index("contact")] < 0


def test_a_report_of_a_meeting_is_still_the_reporters_statement():
    text = "Rubio told reporters on Friday that negotiators arrived in Geneva to narrow the peace plan."
    assert one(text)[1:3] == ("Marco Rubio", "2025-04-18")


def test_a_since_clause_never_dates_the_statement():
    # Made-up sentence: February 2022 starts the stretch the since-clause names; it is no one's act of today.
    found = statements("Putin said on Friday that the summit was his first trip West since he ordered the "
                       "invasion in February 2022, and that the talks on a ceasefire went well.")
    assert [s.date for s in found] == ["2025-04-18"]


def test_a_date_inside_a_relative_clause_dates_that_clause_not_the_statement():
    # Made-up text published Thursday 21 August 2025: "who visited Washington on Monday" tells when he visited;
    # the claim, with no time word of its own, is dated by the article's context. (The date sits past the opening
    # sentences, where it would be read as the article's main event.)
    lead = "Diplomats weighed the options. " * 8
    text = (lead + "\n\nZelensky, who visited Washington on Monday, said he is eager to negotiate a peace deal with "
            "Putin.\n\nThe Ukrainian leader is pushing for talks on a ceasefire.")
    found = extract_all(Article(text=text, published=date(2025, 8, 21))).statements
    assert [s.date for s in found] == ["2025-08-21", "2025-08-21"]


def test_a_date_after_an_infinitive_dates_the_plan_not_the_statement():
    # Made-up text published Monday 12 May 2025: "this week" is when the meeting would be, not when he spoke.
    text = ("Diplomats weighed the options. " * 8 + "\n\nVolodymyr Zelensky says he is ready to meet Putin personally "
            "this week in Istanbul for peace talks.")
    found = extract_all(Article(text=text, published=date(2025, 5, 12))).statements
    assert [(s.actor, s.date) for s in found] == [("Volodymyr Zelensky", "2025-05-12")]


@pytest.mark.parametrize("noun", ["strikes", "talks", "attacks"])
def test_a_plural_noun_after_to_is_no_infinitive_so_the_day_dates_the_act(noun):
    # Made-up text published Wednesday 19 March 2025: "a pause to strikes yesterday" names no plan; yesterday is when
    # he agreed.
    text = ("Diplomats weighed the options. " * 8 + f"\n\nVladimir Putin agreed to a pause to {noun} yesterday, but "
            "stopped short of agreeing to a full ceasefire.")
    found = extract_all(Article(text=text, published=date(2025, 3, 19))).statements
    assert [(s.actor, s.date) for s in found] == [("Vladimir Putin", "2025-03-18")]


@pytest.mark.parametrize("ago", ["Two weeks ago", "A month ago"])
def test_a_day_set_weeks_back_is_no_news_day(ago):
    # Made-up text published Monday 28 July 2025: the lead's news has no day of its own; the day "two weeks ago" is
    # background, so the news takes the page's day.
    text = ("Title\n\nDonald Trump has presented a new, shorter deadline for a ceasefire. " + ago + ", Trump said the "
            "sides had 50 days to end the war.")
    found = extract_all(Article(text=text, published=date(2025, 7, 28))).statements
    assert found[0].date == "2025-07-28"


def test_a_planned_day_before_a_participle_is_the_plans_not_the_statements():
    # Made-up text published Tuesday 9 December 2025: the plan is to be shared on Tuesday; it was announced after
    # Monday's talks, the article's news day.
    text = ("Ukraine will share a revised peace plan with the US on Tuesday aimed at ending the war, after talks in "
            "London between the leaders on Monday (Dec 8).")
    found = extract_all(Article(text=text, published=date(2025, 12, 9))).statements
    assert [(s.actor, s.date) for s in found] == [("Ukraine", "2025-12-08")]


def test_a_day_after_a_participle_and_its_named_party_dates_the_agreement_not_the_statement():
    # Made-up text published Thursday 27 March 2025: Tuesday is when the agreement was reached, not the rejection.
    text = ("Ukraine's army rejected a Russian claim that it had hit energy sites, after Moscow accused Kyiv of "
            "breaching a ceasefire agreement reached with the United States on Tuesday.")
    found = extract_all(Article(text=text, published=date(2025, 3, 27))).statements
    assert [s.date for s in found] == ["2025-03-27"]


def test_a_day_inside_a_subject_that_no_actor_heads_dates_the_talks_not_the_saying():
    # Made-up text published Wednesday 3 December 2025: "talks between Putin and US officials … on Tuesday" are what
    # the aide describes; nobody in that subject acts, so his statement is the news day's.
    text = ("The Kremlin said on Wednesday it was ready for more peace talks.\n\n"
            "Talks between Vladimir Putin and US officials in the Kremlin on Tuesday were “useful, constructive and "
            "highly substantive”, but failed to bring a peace deal any closer, Putin’s aide Yury Ushakov has said.")
    found = extract_all(Article(text=text, published=date(2025, 12, 3))).statements
    assert [s.date for s in found] == ["2025-12-03", "2025-12-03"]


def test_the_day_of_someone_elses_comments_is_not_the_statements():
    # Made-up text published Friday 14 March 2025: Thursday dates Putin's comments, which Peskov refers to on Friday;
    # Putin's own remarks keep their day.
    text = ("Kremlin spokesman Dmitry Peskov said on Friday there were reasons for optimism about a ceasefire.\n\n"
            "Peskov referenced comments from Putin on Thursday in which he showed support for a ceasefire proposal."
            "\n\nPutin said in remarks on Thursday that a ceasefire must lead to lasting peace.")
    found = extract_all(Article(text=text, published=date(2025, 3, 14))).statements
    assert [(s.actor, s.date) for s in found] == [("Dmitry Peskov", "2025-03-14"), ("Dmitry Peskov", "2025-03-14"),
                                                  ("Vladimir Putin", "2025-03-13")]


def test_a_meeting_day_after_its_party_and_place_dates_the_meeting():
    # Made-up text published 16 May 2025: 15 May is the meeting Zelensky was ready for, not when he said so.
    text = ("Delegations met in Istanbul on Friday for peace talks.\n\n"
            "Earlier, President Volodymyr Zelensky said he was ready for a personal meeting with Vladimir Putin in "
            "Istanbul on 15 May, where the Kremlin leader offered Ukraine direct talks.")
    found = extract_all(Article(text=text, published=date(2025, 5, 16))).statements
    assert [s.date for s in found if s.actor == "Volodymyr Zelensky"] == ["2025-05"]


def test_a_vague_time_inside_what_is_said_does_not_blur_the_saying():
    # Made-up text published 19 December 2025: "previously" times the conditions, not Putin's words.
    text = ("Ukraine's president spoke to European leaders about the peace plan.\n\n"
            "Putin said Moscow would accept a peace settlement on conditions he previously laid out.")
    found = extract_all(Article(text=text, published=date(2025, 12, 19))).statements
    assert [s.date for s in found if s.actor == "Vladimir Putin"] == ["2025-12-19"]


def test_an_undated_lead_report_is_not_dated_by_another_sides_day_further_down():
    # Made-up text published Monday 21 July 2025: the Kremlin's words are Monday's news; Zelensky's call "on Friday"
    # is background, while the Kremlin's own day further down would have dated them.
    lead = ("Efforts to reach a peace deal have stalled.\n\n"
            "\"A lot of work on a settlement lies ahead,\" Kremlin spokesman Dmitry Peskov told reporters.\n\n")
    other = lead + "Zelensky on Friday called for peace talks to take place this week."
    same = lead + "Peskov said on Friday that Russia was ready for peace talks."
    published = date(2025, 7, 21)
    assert [s.date for s in extract_all(Article(text=other, published=published)).statements][0] == "2025-07-21"
    assert [s.date for s in extract_all(Article(text=same, published=published)).statements][0] == "2025-07-18"



def test_a_dated_lead_report_is_not_moved_by_another_sides_later_day():
    # Made-up text published Saturday 26 April 2025: Lavrov's interview of Thursday is the news, though his next
    # words name Trump first; an agency's report on Friday of another side's meeting is a later aside, and the
    # undated statement at the end takes Thursday.
    lead = ("Russia ready to reach deal: Lavrov\n\n"
            "Russian Foreign Minister Sergey Lavrov said Russia was ready to reach a peace deal, in an interview "
            "posted on Thursday.\n\n"
            "US President Donald Trump \"mentions a deal and we are ready to reach a deal,\" Lavrov said.\n\n")
    other = lead + ("Trump's envoy Steve Witkoff has arrived in Moscow and met Vladimir Putin, Interfax news agency "
                    "said on Friday.\n\n"
                    "The US president said Washington was also pressing Kyiv to reach a peace deal.")
    same = lead + ("Lavrov said on Friday that Moscow was studying the plan.\n\n"
                   "The US president said Washington was also pressing Kyiv to reach a peace deal.")
    published = date(2025, 4, 26)
    assert [s.date for s in extract_all(Article(text=other, published=published)).statements][-1] == "2025-04-24"
    assert [s.date for s in extract_all(Article(text=same, published=published)).statements][-1] == "2025-04-25"


def test_the_day_the_lead_speaker_speaks_again_is_the_news_day_though_it_names_the_earlier_event():
    # Made-up text published Tuesday 16 December 2025: Trump's words "following talks in Berlin" are dated by his
    # Monday remarks, which speak of the same talks; the undated statements take Monday.
    text = ("Trump says peace deal closer than ever after Berlin talks\n\n"
            "US President Donald Trump said an agreement to end the war in Ukraine is \"closer than ever\" following "
            "intensive talks in Berlin with Ukrainian and European leaders.\n\n"
            "Speaking from the Oval Office on Monday, Trump said he had held \"very long and very good talks\" with "
            "Ukraine's Volodymyr Zelensky and European leaders in Berlin.\n\n"
            "Zelensky described the negotiations on the peace plan as difficult but constructive.")
    found = extract_all(Article(text=text, published=date(2025, 12, 16))).statements
    assert [(s.actor, s.date) for s in found] == [("Donald Trump", "2025-12-15")] * 3 + [
        ("Volodymyr Zelensky", "2025-12-15")]


def test_the_subject_of_a_sentence_with_a_leading_participle_is_after_its_comma():
    # Made-up text published Thursday 23 October 2025: the White House's words lead; Trump, not NATO's secretary
    # general named in the leading participle clause, speaks on Wednesday, which is the news day.
    text = ("Trump says Putin talks go nowhere\n\n"
            "The United States has announced new sanctions on Russian oil firms to push Moscow to negotiate an end "
            "to the war.\n\n"
            "The move comes a day after the White House said a planned peace summit had been shelved.\n\n"
            "Speaking from the Oval Office on Wednesday after a meeting with NATO Secretary-General Mark Rutte, "
            "President Trump expressed frustration with the lack of progress in the peace talks.")
    found = extract_all(Article(text=text, published=date(2025, 10, 23))).statements
    assert [(s.actor, s.date) for s in found][:2] == [("Donald Trump", "2025-10-22"), ("United States", "2025-10-22")]


def test_the_day_of_talks_named_with_on_is_background_not_the_news_day():
    # Made-up text published Tuesday 25 March 2025: "Discussions on Monday" dates the talks the agreement came out
    # of; the agreement with no day of its own is the news of the publication's day.
    text = ("Ukraine and Russia agree Black Sea ceasefire deal\n\n"
            "Ukraine and Russia have agreed to a ceasefire deal involving the Black Sea.\n\n"
            "Ukraine and Russia did not meet directly.\n\n"
            "Discussions on Monday were focused on a narrow Black Sea ceasefire, but US President Donald Trump said "
            "territory was also on the agenda.\n\n"
            "The Kremlin said the deal would need sanctions relief.")
    found = extract_all(Article(text=text, published=date(2025, 3, 25))).statements
    assert [s.date for s in found] == ["2025-03-25"] * 3


def test_the_day_of_talks_the_leaders_held_is_the_day_of_their_act():
    # Made-up text published Saturday 16 August 2025: concluding the summit on Friday is the news itself.
    text = ("Trump and Putin end Alaska summit without ceasefire deal\n\n"
            "The leaders concluded Alaska talks without a ceasefire deal.\n\n"
            "Trump called the discussions \"productive\".\n\n"
            "U.S. President Donald Trump and Russian President Vladimir Putin concluded their summit in Alaska on "
            "Friday without reaching a ceasefire agreement.\n\n"
            "Putin said he hoped the understanding reached would pave the way to peace in Ukraine.")
    found = extract_all(Article(text=text, published=date(2025, 8, 16))).statements
    assert {s.date for s in found} == {"2025-08-15"}


def test_a_days_possessive_after_after_or_on_in_the_lead_names_an_earlier_event_not_the_news_day():
    # Made-up text published 19 August 2025: "after yesterday’s meetings" came before what the prime minister said;
    # his call for a ceasefire, with no day of its own, is the news of the publication's day.
    text = ("Mitsotakis calls for an immediate ceasefire\n\n"
            "The Prime Minister noted that it is positive that after yesterday’s meetings there is visibility "
            "regarding the next steps.\n\n"
            "Prime Minister Kyriakos Mitsotakis took part in the videoconference of EU leaders.\n\n"
            "He also underlined the need for an immediate ceasefire.")
    found = extract_all(Article(text=text, published=date(2025, 8, 19))).statements
    assert [(s.actor, s.date) for s in found] == [("Kyriakos Mitsotakis", "2025-08-19")] * 2
    # the event the article reports, named by its day's possessive, is the news day
    text = ("Europeans urge a ceasefire\n\n"
            "US President Donald Trump held a virtual meeting with European leaders to prepare for Friday's summit in "
            "Alaska.\n\n"
            "Wednesday's meeting with Donald Trump included Friedrich Merz and Emmanuel Macron.\n\n"
            "Zelensky said he hoped the summit would establish a ceasefire in Ukraine.")
    found = extract_all(Article(text=text, published=date(2025, 8, 14))).statements
    assert [(s.actor, s.date) for s in found] == [("Volodymyr Zelensky", "2025-08-13")]


def test_the_report_the_headline_names_leads_over_a_reaction_quoted_above_it():
    # Made-up text published Wednesday 26 November 2025: Zelensky's Monday reaction stands above the lead; the
    # headline's speaker, Trump, spoke on Tuesday, the day the report of his own side gives.
    text = ("Trump says peace plan ‘fine-tuned’ and envoys being sent to Putin\n\n"
            "Mr Zelenskyy said late on Monday that “the list of necessary steps to end the war can become "
            "workable”.\n\n"
            "US president Donald Trump said his plan to end the war in Ukraine has been “fine-tuned” and that he is "
            "sending envoy Steve Witkoff to meet Vladimir Putin.\n\n"
            "Mr Trump suggested he could eventually meet Mr Putin, but not until further progress had been made in "
            "negotiations.\n\n"
            "Mr Trump spoke after Mr Driscoll held talks late on Monday and throughout Tuesday with Russian officials "
            "in Abu Dhabi.")
    found = extract_all(Article(text=text, published=date(2025, 11, 26))).statements
    assert [s.date for s in found][:3] == ["2025-11-25"] * 3


def test_a_saying_in_a_clause_of_time_does_not_take_over_the_sentence():
    # Made-up text published Saturday 19 April 2025: the Kremlin acted on Friday, a day after Rubio's warning.
    text = ("The Kremlin on Friday rejected the European ceasefire plan, a day after Rubio warned the US could walk "
            "away from the peace talks.")
    found = extract_all(Article(text=text, published=date(2025, 4, 19))).statements
    assert [(s.actor, s.date) for s in found] == [("Russia", "2025-04-18")]


def test_a_date_in_the_subject_after_a_purpose_infinitive_is_the_news_day():
    # Made-up text published Wednesday 3 December 2025: the talks "to end the war" were on 2 December, and the
    # Kremlin's statement that follows, with no day of its own, is dated by them.
    text = ("Talks between the envoys to end the war on December 2 ended without a deal.\n\n"
            "The Kremlin said the talks were useful but no peace deal was agreed.")
    found = extract_all(Article(text=text, published=date(2025, 12, 3))).statements
    assert [(s.actor, s.date) for s in found] == [("Russia", "2025-12-02")]


def test_the_meeting_the_lead_names_on_the_news_day_is_the_main_event():
    # Made-up text published 2 June 2025: the lead's meeting "on June 2" is the news, not the exchange that "began
    # on Friday, May 23" further down; the statement with no day of its own takes the news day.
    text = ("The delegations agreed on a new prisoner exchange at a meeting in Istanbul on June 2, the president said."
            "\n\nThe exchange process took place in stages and began on Friday, May 23.\n\n"
            "Ukraine said the talks would continue.")
    found = extract_all(Article(text=text, published=date(2025, 6, 2))).statements
    assert [(s.actor, s.date) for s in found][-1] == ("Ukraine", "2025-06-02")


def test_the_lead_saying_when_the_news_was_made_outranks_the_meeting_it_names():
    # Made-up text published Monday 15 December 2025: the lead dates the officials' saying; the talks "which began
    # Sunday" are background, so the undated report below belongs to Monday.
    text = ("U.S. officials said Monday that a deal to end the war was nearly complete.\n\n"
            "Envoys joined negotiations with Ukraine's president in Berlin, which began Sunday.\n\n"
            "U.S. officials said Russia would accept a peace deal with security guarantees.")
    found = extract_all(Article(text=text, published=date(2025, 12, 15))).statements
    assert [s.date for s in found][-1] == "2025-12-15"


def test_the_main_event_is_not_a_day_named_in_an_aside():
    # Made-up text published Friday 22 August 2025: the news is Lavrov's statement on Thursday, not Monday's visit.
    text = ("Zelensky, who visited Washington on Monday, wants a meeting with Putin.\n\n"
            "Lavrov stated on Thursday that Putin is ready to meet Zelensky once a peace deal is prepared.\n\n"
            "The Kremlin rejected a ceasefire before a peace settlement is worked out.")
    found = extract_all(Article(text=text, published=date(2025, 8, 22))).statements
    assert [(s.actor, s.date) for s in found] == [("Sergei Lavrov", "2025-08-21"), ("Russia", "2025-08-21")]


def test_a_report_relayed_by_a_closing_attribution_is_the_inner_speakers_statement():
    # Made-up sentence: Ushakov relays what Putin told Trump; the statement about the peace process is Putin's.
    text = ("Diplomats weighed the options. " * 8 + "\n\nPutin told Trump that supplying missiles to Ukraine would "
            "harm the peace process, Kremlin aide Yuri Ushakov told reporters on Friday.")
    found = extract_all(Article(text=text, published=date(2025, 10, 17))).statements
    assert [(s.actor, s.date) for s in found] == [("Vladimir Putin", "2025-10-17")]


def test_a_perfect_participle_keeps_its_own_date_and_kind():
    # Made-up text published Saturday 19 April 2025: "having last month rejected" tells an earlier act; the
    # announcement is dated when made, and its kind is not the participle's rejection.
    text = ("Diplomats weighed the options. " * 8 + "\n\nPutin announced an Easter truce, having last month rejected a "
            "US proposal for a 30-day ceasefire.")
    found = extract_all(Article(text=text, published=SATURDAY)).statements
    assert [(s.actor, s.date, s.kind) for s in found] == [("Vladimir Putin", "2025-04-19", "proposal")]


def test_an_occasion_fronted_before_the_act_dates_it():
    # Made-up text published 2 June 2025: the agreement was reached at the talks of 16 May.
    text = ("Diplomats weighed the options. " * 8 + "\n\nAt the negotiations on May 16, the Ukrainian and Russian "
            "delegations agreed on a ceasefire proposal.")
    found = extract_all(Article(text=text, published=date(2025, 6, 2))).statements
    assert [(s.date, s.date_basis) for s in found] == [("2025-05-16", "explicit")]


def test_an_audience_after_to_is_no_plan_and_its_day_is_the_news_day():
    # Made-up report published Saturday 16 August 2025 about Friday's summit: "to reporters on Friday" dates
    # the briefing, so the statements without a day of their own take Friday, not the publication day.
    text = ("Summit ends without a deal\n\nTrump said they did not reach a peace agreement.\n\n"
            "The meeting lasted nearly three hours. Advisers joined the leaders.\n\n"
            "Trump and Putin each spoke to reporters on Friday and took no questions.")
    found = extract_all(Article(text=text, title="Summit ends without a deal", published=date(2025, 8, 16))).statements
    assert [s.date for s in found if s.text.startswith("Trump said")] == ["2025-08-15"]


def test_a_report_nested_in_a_quote_leaves_the_statement_to_the_quotes_speaker():
    # Made-up text: Lavrov speaks now; Putin's past words are inside Lavrov's quote.
    text = ("Diplomats weighed the options. " * 8 + "\n\nLavrov stated on Thursday that the Russian president "
            "“repeatedly said that he is ready to meet Zelensky for peace talks once all issues that require "
            "consideration at the highest level have been worked out thoroughly by the experts and the ministers.”")
    found = extract_all(Article(text=text, published=date(2025, 8, 22))).statements
    assert [s.actor for s in found] == ["Sergei Lavrov"]


def test_a_report_and_a_partial_quote_by_one_speaker_make_the_sentence_theirs():
    # Made-up sentence in the shape of a November 2025 Geneva report: the report and the partial quote are each
    # under half the sentence, together the secretary's, so the statement is Rubio's.
    text = ("Secretary of State Marco Rubio spoke after the Geneva talks.\n\n"
            'The secretary cautioned that the talks remain a "work in process" but described Sunday as "the most '
            'productive day we have had on this issue, maybe in the entirety of our engagement."')
    found = extract_all(Article(text=text + WAR_CONTEXT, published=date(2025, 11, 23))).statements
    assert [(s.actor, s.date) for s in found if s.text.startswith("The secretary")] == [("Marco Rubio", "2025-11-23")]


@pytest.mark.parametrize("text, when", [
    # Made-up sentences in the shape of March and December 2025 reports (published on Tuesday 25 March and
    # Wednesday 3 December). The day a truce period began bounds the period; the day talks began dates the act.
    ("Russia and the United States agreed to halt strikes on energy sites for a period of 30 days that began on "
     "18 March, the Kremlin said.", "2025-03-25"),
    ("Putin met Steve Witkoff in the Kremlin in talks on a peace deal that began late Tuesday.", "2025-12-02"),
])
def test_the_day_a_truce_period_began_is_not_when_it_was_agreed(text, when):
    published = date(2025, 3, 25) if "March" in text else date(2025, 12, 3)
    found = extract_all(Article(text="Title\n\n" + text, published=published)).statements
    assert [s.date for s in found] == [when]


def test_a_transcript_label_gives_the_paragraphs_under_it_to_the_labelled_speaker():
    # Made-up transcript in kremlin.ru's layout (December 2025): the label names Ushakov; "we" sentences about the
    # settlement under it are his statements, until another label.
    text = ("Commentary on the meeting\n\n"
            "Aide to the President Yury Ushakov: The meeting has just ended.\n\n"
            "We are convinced that a durable peaceful settlement is possible.\n\n"
            "Question: Will there be a ceasefire?\n\n"
            "We will see about a ceasefire.")
    found = extract_all(Article(text=text, published=date(2025, 12, 3))).statements
    assert [(s.actor, s.text[:10]) for s in found] == [("Yuri Ushakov", "We are con")]


def test_a_dash_glued_to_a_word_joins_a_compound_and_is_no_dateline():
    text = "US–Russia talks on a ceasefire in Ukraine were productive, the Kremlin said on Thursday."
    (s,) = statements(text, published=date(2025, 12, 4))
    assert (s.start, s.text[:16], s.actor) == (0, "US–Russia talks ", "Russia")


def test_a_quoted_passage_of_several_sentences_gives_a_statement_per_sentence_on_the_topic():
    # Synthetic text. pysbd keeps the quoted passage whole; a reader (and the gold) sees its sentences.
    text = ("Peskov spoke to reporters on Friday.\n\n"
            "“The work continues. The conversation on the Ukrainian settlement will go on. "
            "A ceasefire is still possible.”")
    found = statements(text, published=date(2025, 4, 11))
    assert [(s.text[:16], s.actor, s.date) for s in found] == [
        ("The conversation", "Dmitry Peskov", "2025-04-11"),
        ("A ceasefire is s", "Dmitry Peskov", "2025-04-11"),
    ]


def test_a_lead_in_the_writers_words_runs_on_to_the_quoted_sentence_that_names_the_topic():
    # Synthetic text, after the seed's 'That same day, President Donald Trump echoed the warning …'.
    text = ("On Friday, Trump echoed the warning: “You’re being foolish. You’re terrible. And we’ll walk away "
            "from the talks. Hopefully, that won’t be necessary.”")
    (s,) = statements(text + WAR_CONTEXT, published=date(2025, 4, 18))
    assert (s.start, s.actor, s.date) == (0, "Donald Trump", "2025-04-18")



@pytest.mark.parametrize("sentence, actor", [
    # Made-up sentences: a demonym with an office names the registry's holder; with "officials", the state.
    ("The Ukrainian president said on Monday that Kyiv was ready for a ceasefire.", "Volodymyr Zelensky"),
    ("The Russian foreign minister said on Monday that Moscow rejected the truce.", "Sergei Lavrov"),
    ("Russian officials said on Monday that the truce was dead.", "Russia"),
])
def test_a_demonym_with_an_office_is_its_holder(sentence, actor):
    found = extract_all(Article(text="Talks\n\n" + sentence, published=date(2025, 12, 3))).statements
    assert [s.actor for s in found] == [actor]


TRADE_STORY = ("China said on Tuesday that it was ready to sign the deal. "
               "The two sides will hold talks again next week, the United States said on Tuesday.")


def test_a_story_that_never_speaks_of_war_or_peace_has_no_deal_statements():
    # a trade story's "deal" and "talks" are not the peace talks the Timeline charts
    assert statements(TRADE_STORY, published=date(2025, 4, 16)) == []


def test_the_same_words_are_statements_where_the_article_speaks_of_the_war():
    text = TRADE_STORY + " Both want the war in Ukraine to end."
    assert [s.actor for s in statements(text, published=date(2025, 4, 16))] == ["China", "United States"]


def test_the_two_sides_are_not_the_topics_countries_when_the_article_names_neither():
    text = ("Negotiators met in Geneva on Tuesday to end the fighting between the rebels and the government. "
            "The two sides agreed on Wednesday to a ceasefire.")
    assert [s.actor for s in statements(text, published=date(2025, 4, 16))] == []


@pytest.mark.parametrize("sentence, found", [
    ("Peskov said on Sunday that a great deal of homework was needed.", False),
    ("Peskov said on Sunday that a great deal has been said about it.", False),
    ("Peskov said on Sunday that a good deal of time had passed.", False),
    ("Peskov said on Sunday that it was a good deal for Russia.", True),
])
def test_a_great_deal_is_an_amount_not_an_agreement(sentence, found):
    assert bool(statements(sentence + WAR_CONTEXT, published=date(2025, 10, 27))) is found


@pytest.mark.parametrize("text, published, dated", [  # synthetic sentences
    # what a trailing attribution reports happened on its own day; the saying is the news of the day
    ("US envoy Steve Witkoff met Putin in Moscow late on Thursday and will relay his views on a ceasefire, the "
     "Kremlin said.", date(2025, 3, 15), [("2025-03-13", "context")]),  # (the meeting: the article's main event)
    ("In April 2022, a settlement agreement on the conflict was nearly finalized, but then Boris Johnson blocked it, "
     "Lavrov noted, accusing Western countries of trying to weaken Russia.", date(2025, 2, 24),
     [("2025-02-24", "context")]),
    # unless the reported words are the speaker's side acting: that act is the statement
    ("Russia and Ukraine agreed Friday to exchange prisoners of war as part of a peace deal, the head of Russia's "
     "delegation Vladimir Medinsky said.", date(2025, 5, 17), [("2025-05-16", "weekday")]),
    # a week known only by its week keeps the month
    ("Trump and Putin spoke by phone. The two leaders announced last week that they would meet again in Budapest "
     "for peace negotiations.",
     date(2025, 10, 20), [("2025-10", "relative")]),
    ("Earlier in the week, Turkish Foreign Minister Hakan Fidan described the Istanbul talks as another step toward ending the war.",
     date(2025, 7, 25), [("2025-07", "relative")]),
    # a past participle's aside dates its own event; "asked on Tuesday" is when the statement was made
    ("Zelensky, embroiled in a public row with Donald Trump last month, welcomed the idea of a ceasefire in Jeddah.",
     date(2025, 3, 10), [("2025-03-10", "context")]),
    ("Peskov, asked on Tuesday about the truce, said Russia would observe the ceasefire.", date(2025, 3, 10),
     [("2025-03-04", "weekday")]),
    # "earlier talks" dates nothing
    ("Turkish Foreign Minister Hakan Fidan thanked Erdogan for facilitating earlier talks in Istanbul, saying the ceasefire understandings had "
     "been implemented.", date(2025, 7, 25), [("2025-07-25", "context")]),
])
def test_a_date_dates_the_statement_only_where_it_belongs_to_the_statements_act(text, published, dated):
    found = extract_all(Article(text="Talks\n\n" + text, published=published)).statements
    assert [(s.date, s.date_basis) for s in found] == dated


@pytest.mark.parametrize("sentence", [
    "Moscow has repeatedly rejected the ceasefire proposal, Peskov said.",
    "Vance said the U.S. would walk away from the peace talks, echoing recent comments by Rubio.",
])
def test_a_stance_held_now_or_another_things_recency_keeps_the_main_events_day(sentence):
    text = "Speaking in Paris on April 18, Rubio warned that the U.S. could quit the talks.\n\n" + sentence
    assert [(s.date, s.date_precision) for s in statements(text + WAR_CONTEXT)][-1] == ("2025-04-18", "day")


def test_he_after_a_fronted_clause_is_that_clauses_subject_and_its_time_is_his_saying():
    text = ("“We welcome every step toward peace,” Peskov said on Friday.\n\n"
            "When Zelensky announced the prisoner exchange last month, he said Kyiv was ready for a ceasefire.")
    found = statements(text)
    assert [(s.actor, s.date, s.date_basis) for s in found][-1] == ("Volodymyr Zelensky", "2025-03", "relative")


def test_naming_the_same_actor_again_carries_only_a_named_day():
    # "this week" or "earlier this month" leaves the act's day open: the next sentence about the same actor is not
    # dated by it, but by the article's main event.
    text = ("Earlier this month, Putin announced a three-day truce.\n\n"
            "Putin said the ceasefire would have to be verified.")
    assert [(s.actor, s.date) for s in statements(text + WAR_CONTEXT)] == [
        ("Vladimir Putin", "2025-04"), ("Vladimir Putin", "2025-04-19")]


def test_the_main_event_is_the_newest_development_the_lead_dates():
    # Made-up report: the talks of Wednesday are background to Friday's remarks, which are the news.
    text = ("Russia and Ukraine held a third round of talks in Istanbul on Wednesday.\n\n"
            "Peskov told reporters on Friday that a summit was agreed in principle.\n\n"
            "Zelensky said Ukraine was ready to discuss a ceasefire.")
    assert [(s.actor, s.date) for s in statements(text + WAR_CONTEXT)][-1] == ("Volodymyr Zelensky", "2025-04-18")


def test_a_summary_takes_the_day_of_the_speakers_quote_right_after_it():
    # Made-up report: the gist first, then the speaker's own quote with its day; the news day (Saturday's truce)
    # is not when the summary's words were said.
    text = ("Putin declared a truce on Saturday.\n\n"
            "Rubio said the peace talks were productive but that the U.S. could move on.\n\n"
            '"We need to figure out within days whether this is doable," Rubio said early Friday morning.')
    assert [(s.actor, s.date) for s in statements(text + WAR_CONTEXT)] == [
        ("Vladimir Putin", "2025-04-19"), ("Marco Rubio", "2025-04-18")]


def test_a_summary_keeps_the_news_day_when_the_next_quote_is_someone_elses():
    text = ("Putin declared a truce on Saturday.\n\n"
            "Rubio said the peace talks were productive but that the U.S. could move on.\n\n"
            '"We are ready," Zelensky said on Friday.')
    assert [(s.actor, s.date) for s in statements(text + WAR_CONTEXT)][:2] == [
        ("Vladimir Putin", "2025-04-19"), ("Marco Rubio", "2025-04-19")]


@pytest.mark.parametrize("opener", ["Later,", "In response,", "In turn,"])
def test_an_opener_that_moves_away_from_the_news_day_keeps_only_the_month(opener):
    # Made-up report: the act follows the talks by an unstated stretch; only the month is known.
    text = ("Russia and Ukraine held talks in Istanbul on Friday.\n\n"
            f"{opener} Putin said the Kremlin was preparing a memorandum on a future peace treaty.")
    assert [(s.actor, s.date) for s in statements(text + WAR_CONTEXT)][-1] == ("Vladimir Putin", "2025-04")


def test_minutes_earlier_stays_on_the_same_day():
    text = ("Zelensky said on Friday he was ready for direct talks with Russia.\n\n"
            "Minutes earlier, Trump called on Ukraine to accept the offer of direct negotiations.")
    assert [(s.actor, s.date) for s in statements(text + WAR_CONTEXT)][-1] == ("Donald Trump", "2025-04-18")


@pytest.mark.parametrize("opener", ["At that time,", "During the talks,"])
def test_an_opener_that_points_back_takes_the_date_just_named(opener):
    # Made-up report: the talks of 16 April are dated in the sentence before; "At that time" is that day.
    text = ("Russia and Ukraine held talks in Istanbul on April 16.\n\n"
            f"{opener} the Russian delegation said the parties should present their visions of a ceasefire in writing.")
    assert [(s.actor, s.date) for s in statements(text + WAR_CONTEXT)][-1] == ("Russia", "2025-04-16")


def test_the_event_an_undated_lead_comes_after_is_background_not_the_news_day():
    # Made-up text published Monday 24 November 2025: the reactions come after Sunday's talks in Geneva, so a
    # reaction with no day of its own is the news day's, not Sunday's.
    text = ("European governments offered mixed reactions to the revised peace plan after Washington and Kyiv said "
            "they had advanced discussions in Geneva on ending the war.\n\n"
            "On Sunday, representatives from the United States and Ukraine held a full day of talks in Geneva "
            "focused on ending the war.\n\n"
            "German Foreign Minister Johann Wadephul said the peace talks marked a decisive success for Europe.")
    found = extract_all(Article(text=text, published=date(2025, 11, 24))).statements
    assert [s.date for s in found if s.actor == "Johann Wadephul"] == ["2025-11-24"]
    # with the news day in the lead, the reactions keep it
    dated = text.replace("offered mixed reactions", "on Sunday offered mixed reactions")
    found = extract_all(Article(text=dated, published=date(2025, 11, 24))).statements
    assert [s.date for s in found if s.actor == "Johann Wadephul"] == ["2025-11-23"]


def test_a_saying_with_its_own_clause_at_the_end_is_no_trailing_attribution():
    # Made-up text published Monday 12 May 2025: the sentence opens with Putin's proposal "on Sunday"; Zelensky's
    # "said he would" at its end reports his own clause and does not make the whole sentence his.
    text = ("Putin on Sunday proposed direct talks with Ukraine aimed at ending the war, and, after Trump told "
            "Zelensky to accept, Zelensky said he would but that Putin should attend in person.")
    found = extract_all(Article(text=text, published=date(2025, 5, 12))).statements
    assert [(s.actor, s.date) for s in found] == [("Vladimir Putin", "2025-05-11")]


def test_spoke_is_the_subjects_act():
    # Made-up text published Thursday 27 November 2025: "spoke favorably" is Putin's act on the plan, on Thursday.
    text = ("Russian President Vladimir Putin on Thursday spoke favorably about the US draft for a peace deal in "
            "Ukraine, saying it could serve as the basis for a future agreement.")
    found = extract_all(Article(text=text, published=date(2025, 11, 27))).statements
    assert [(s.actor, s.date) for s in found] == [("Vladimir Putin", "2025-11-27")]


def test_an_attribution_after_a_quote_whose_comma_is_inside_the_marks_names_the_actor():
    # Made-up text published Wednesday 12 March 2025: the quote's comma is inside its marks; Rubio still speaks.
    text = 'The ball is now "truly in their court," Secretary of State Marco Rubio said of Russia after the talks.'
    found = extract_all(Article(text=text, published=date(2025, 3, 12))).statements
    assert [s.actor for s in found] == ["Marco Rubio"]


def test_a_party_in_brackets_after_the_name_does_not_hide_the_subject():
    # Made-up text published Wednesday 20 August 2025.
    text = "Prime Minister Petr Fiala (ODS) appreciated the progress in peace negotiations regarding Ukraine."
    found = extract_all(Article(text=text, published=date(2025, 8, 20))).statements
    assert [s.actor for s in found] == ["Petr Fiala"]


def test_the_main_verb_after_the_subjects_aside_takes_its_day():
    # "Putin, under pressure …, proposed on Monday": the comma closed the subject's aside; "proposed" is no
    # participle aside of its own, and the day after it is the news day (a Wednesday article).
    text = ("Russian President Vladimir Putin, under pressure from Washington to show willingness to make peace, "
            "proposed on Monday bilateral talks with Kyiv for the first time in years.\n\n"
            "Washington said it would welcome an extension of the truce.")
    found = statements(text, published=date(2025, 4, 23))
    assert [(s.actor, s.date, s.date_basis) for s in found] == [
        ("Vladimir Putin", "2025-04-21", "weekday"), ("United States", "2025-04-21", "context")]


def test_a_participle_aside_still_dates_only_itself():
    text = "Zelensky, embroiled in a public row with Trump on Friday, said Ukraine was ready for a ceasefire."
    assert one(text, published=date(2025, 3, 11))[2:] == ("2025-03-11", "day", "context")


def test_a_days_possessive_after_the_verb_names_the_topic_not_the_day_of_the_saying():
    text = ("Putin proposed bilateral talks with Kyiv on Monday.\n\n"
            "Zelensky said continued Russian attacks during Sunday's ceasefire showed Moscow was intent on "
            "prolonging the war.")
    found = statements(text, published=date(2025, 4, 23))
    assert [(s.actor, s.date, s.date_basis) for s in found][1:] == [("Volodymyr Zelensky", "2025-04-21", "context")]
    # the occasion before the verb dates the act
    text = "During Tuesday's conversation, Trump urged Putin to agree to a ceasefire."
    assert one(text, published=date(2025, 3, 19))[2:] == ("2025-03-18", "day", "weekday")


def test_a_month_right_after_the_talks_it_names_dates_the_talks():
    text = ("Ryabkov said on Wednesday that Russia does not expect a summit.\n\n"
            "He added that Kiev has not responded to a Russian proposal for a trilateral format presented during the "
            "third round of Russia-Ukraine talks in Istanbul in July.")
    found = statements(text, published=date(2025, 9, 17))
    assert [(s.date, s.date_basis) for s in found][-1:] == [("2025-09-17", "context")]


def test_a_joint_documents_authors_act_through_it():
    text = ("A joint statement issued Tuesday morning, signed by the leaders of Britain, France, Germany, Italy, "
            "Poland, and top EU officials, backed the American president's proposal for peace.")
    assert one(text, published=date(2025, 10, 22))[:4] == (
        "acceptance", "United Kingdom; France; Germany; Italy; Poland; European Union", "2025-10-21", "day")
    # a state that only owns a named signatory is no author of its own
    text = ("The statement signed by Ukraine's Volodymyr Zelensky and France's Emmanuel Macron backed the "
            "proposal for a ceasefire.")
    assert one(text, published=date(2025, 10, 22))[1] == "Volodymyr Zelensky; Emmanuel Macron"


def test_a_days_possessive_with_no_verb_found_before_it_stays_a_candidate_date():
    # "The awkward conclusion to Friday's summit yielded no formal agreement, with Putin still insisting …": when the
    # statement's verb is not known to come first, the day may be when it happened
    from ingest.extract.dates import DateRef
    from ingest.extract.statements import DateRule
    sentence = "The awkward conclusion to Friday's summit yielded no formal agreement, with Putin still insisting."
    at = sentence.index("Friday")
    ref = DateRef("Friday", at, at + 6, date(2025, 8, 15), "day", "weekday", 0)
    rule = DateRule(date(2025, 8, 17))
    assert rule.admits(ref, sentence[:at], sentence[at + 6:], None)
    assert not rule.admits(ref, sentence[:at], sentence[at + 6:], 4)  # a verb known to come before it


def test_a_body_before_a_role_word_is_part_of_the_persons_title_in_a_joint_subject():
    text = "Trump and Kremlin leader Vladimir Putin agreed to hold a summit in Budapest on the peace deal."
    assert one(text, published=date(2025, 10, 21))[1] == "Donald Trump; Vladimir Putin"


def test_one_of_a_joint_subject_carries_its_day_on():
    text = ("Ukrainian President Volodymyr Zelensky and chief US diplomat Marco Rubio arrived in Saudi Arabia ahead of "
            "ceasefire talks on Monday.\n\n"
            "Zelensky touched down in Jeddah as Rubio cautiously welcomed the idea of an aerial and naval ceasefire.")
    found = statements(text, published=date(2025, 3, 11))
    assert [(s.actor, s.date) for s in found] == [
        ("Volodymyr Zelensky; Marco Rubio", "2025-03-10"), ("Volodymyr Zelensky", "2025-03-10")]


def test_a_name_label_says_who_speaks_but_a_clause_before_a_colon_is_no_label():
    text = "Kellogg: US seeks Russian terms sheet to advance the peace plan\n\nKellogg spoke to Fox News."
    assert [s.actor for s in extract_all(Article(text=text, published=date(2025, 5, 27))).statements][:1] == [
        "Keith Kellogg"]
    text = "Russia agrees with Trump's assessment: the peace talks have stalled\n\nPeskov spoke on Friday."
    assert [s.actor for s in extract_all(Article(text=text, published=date(2025, 5, 27))).statements][:1] == [
        "Russia"]


def test_the_writers_frame_before_that_leaves_the_clause_its_subject():
    text = ("Peskov said the Kremlin rejects the idea of a Christmas ceasefire.\n\n"
            "It should be recalled that yesterday in Berlin, German Chancellor Merz called on Russia to declare a "
            "Christmas ceasefire. He expressed confidence that this could become a prelude to a permanent ceasefire.")
    found = extract_all(Article(text=text, published=date(2025, 12, 16))).statements
    assert [(s.actor, s.date) for s in found][1:] == [("Friedrich Merz", "2025-12-15"), ("Friedrich Merz", "2025-12-15")]


@pytest.mark.parametrize("text", [
    "The talks come days after Ukraine agreed to a U.S.-brokered 30-day ceasefire in Saudi Arabia.",
    "The rejection came just days after Trump, speaking in the Oval Office, declared a 50-day deadline for a "
    "ceasefire deal.",
    "The meeting came just over a week after U.S. officials threatened new sanctions unless a ceasefire deal is "
    "reached.",
    "The talks come a few weeks after Russia rejected the ceasefire.",
])
def test_an_act_days_before_the_news_keeps_only_the_month(text):
    # Made-up sentences. "Days after", "a week after" put the act an unstated stretch before the news.
    assert one(text, published=date(2025, 7, 16))[2:4] == ("2025-07", "month")


def test_a_day_inside_a_recalled_event_dates_the_event_not_the_recalling():
    # Made-up paragraphs: "took place" is no act verb, but it is the reported clause's own verb.
    text = ("Lavrov said Wednesday that Russia has proposed holding a second round of talks.\n\n"
            "He recalled that the first round of talks took place on May 16 in Istanbul. The parties also agreed to "
            "prepare position documents toward a settlement.")
    found = extract_all(Article(text=text, published=date(2025, 5, 28))).statements
    assert [s.date for s in found] == ["2025-05-28", "2025-05-28", "2025-05-28"]


def test_they_after_leaders_named_by_their_states_are_those_states_down_the_chain():
    # Made-up paragraphs: leaders named only by the states they lead, then a chain of "They …".
    text = ("President Volodymyr Zelensky published the leaders' statement.\n\n"
            "On Saturday, the leaders of France, Germany and Ukraine met in Kyiv.\n\n"
            "They agreed to a full ceasefire for 30 days.\n\n"
            "They concurred that an unconditional ceasefire cannot be subject to any conditions.")
    found = extract_all(Article(text=text, published=date(2025, 5, 10))).statements
    assert [s.actor for s in found] == ["France; Germany; Ukraine", "France; Germany; Ukraine"]


def test_an_act_a_counted_number_of_days_before_is_not_vague():
    text = "Two days after the US proposal, Russia rejected the ceasefire."
    assert one(text, published=date(2025, 7, 16))[2:4] == ("2025-07-16", "day")


@pytest.mark.parametrize("text", [
    # a relative clause with no subject of its own: its auxiliary shows whose the date is
    "Zelensky has said Ukraine proposed a new round of peace talks, a move that he said was aimed at restarting talks "
    "that had stalled last month.",
    # a participle with two phrases after it, the second a named meeting
    "Lavrov said Russia had agreed to show flexibility on issues raised by Trump at a US-Russia summit last week, but "
    "accused Ukraine of rigidity in the peace talks.",
    # the start of the war the statement names
    "After talks with Trump on the Russia-Ukraine conflict that started in February 2022, Putin said the peace talks "
    "should go on.",
    # a phrasal participle, a titled name after it
    "Lavrov noted that the understandings reached in Alaska echo the peace terms put forward by Russian President "
    "Vladimir Putin in June 2024.",
])
def test_a_date_inside_a_nouns_clause_does_not_date_the_statement(text):
    assert one(text, published=date(2025, 7, 20))[2:5] == ("2025-07-20", "day", "context")


@pytest.mark.parametrize("text", [
    "Trump said the summit with Putin would take place in Budapest within two weeks.",
    "Rubio said the discussions with Lavrov had been productive.",
    "Zelensky said diplomacy must continue.",
    "Peskov said the memorandum would be handed over in Istanbul.",
    "Zelensky said Russia must end the war it started.",
    "Trump said he wanted to stop the killing.",
    "Kyiv said Russia had struck energy infrastructure overnight.",
])
def test_a_sentence_without_a_statement_word_is_no_statement(text):
    # Made-up sentences. The annotators' rules (tests/gold/news-dev/README.md, "Decisions") read summits, meetings and
    # discussions as contact, diplomacy as a general aim; a statement names the ceasefire, truce, deal or talks.
    assert statements(text + WAR_CONTEXT, published=date(2025, 10, 16)) == []
    assert len(statements(text.replace("summit", "peace talks").replace("discussions", "talks")
                          .replace("diplomacy", "the peace talks").replace("memorandum", "peace memorandum")
                          .replace("end the war", "accept a ceasefire").replace("stop the killing", "agree a truce")
                          .replace("struck energy", "broken the truce on energy")
                          + WAR_CONTEXT, published=date(2025, 10, 16))) == 1


def test_a_plan_to_end_the_war_is_the_peace_plan():
    text = "Zelensky said Ukraine would work on the points of the plan to end the war."
    assert one(text + WAR_CONTEXT, published=date(2025, 11, 23))[1] == "Volodymyr Zelensky"


def test_a_day_that_dates_an_announcement_the_news_answers_is_not_the_news_day():
    # Made-up paragraphs in the shape of a wire report published the day after the announcement it answers.
    lead = ("The Kremlin rejected Zelensky's call for a 30-day ceasefire.\n\n"
            "Ukraine's foreign minister said earlier that the Kremlin's announcement on April 28 was disingenuous.\n\n")
    found = extract_all(Article(text=lead, published=date(2025, 4, 29))).statements
    assert [(s.actor, s.date) for s in found][:1] == [("Russia", "2025-04-29")]
    # and an older day in the lead is no news day either: the news answers the announcement
    older = lead + "During a press briefing on April 22, Zelensky said Ukraine was ready for a ceasefire."
    found = extract_all(Article(text=older, published=date(2025, 4, 29))).statements
    assert [(s.actor, s.date) for s in found][:1] == [("Russia", "2025-04-29")]


def test_they_after_a_group_of_leaders_is_the_group_and_an_adverb_before_the_verb_keeps_the_subject():
    # The group the sentence before listed acts through "they"; "later" between a subject and its verb in "-ed" does
    # not hand the act to the state named after it ("urging Russia to accept").
    text = ("The leaders, including French President Emmanuel Macron, British Prime Minister Keir Starmer and German "
            "Chancellor Friedrich Merz, met with Ukrainian President Volodymyr Zelenskyy in Kyiv on Saturday. They "
            "later released a joint statement urging Russia to accept a month-long truce.")
    found = extract_all(Article(text=text, published=date(2025, 5, 11))).statements
    assert [(s.actor, s.kind) for s in found if s.text.startswith("They")] == [
        ("Emmanuel Macron; Keir Starmer; Friedrich Merz", "proposal")]
    text = ("Macron met Zelensky in Kyiv on Saturday. Macron later released a statement urging Russia to accept a "
            "month-long truce.")
    found = extract_all(Article(text=text, published=date(2025, 5, 11))).statements
    assert [(s.actor, s.kind) for s in found if s.text.startswith("Macron later")] == [("Emmanuel Macron", "proposal")]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences in the shape of 2025 reports of talks: the parties met are actors of the talks too, not an
    # owner named on the way to them ("Trump’s envoy")
    ("Putin met U.S. President Donald Trump’s envoy Steve Witkoff and son-in-law Jared Kushner in the Kremlin in talks "
     "on a peace plan that began late Tuesday.", "Vladimir Putin; Steve Witkoff; Jared Kushner"),
    ("Ukrainian envoys met with US Secretary of State Marco Rubio in Geneva on Sunday to discuss the peace plan.",
     "Ukraine; Marco Rubio"),
    ("U.S. President Donald Trump spoke Wednesday with Russian President Vladimir Putin, and they agreed that "
     "negotiations to end the war should start immediately.", "Donald Trump; Vladimir Putin"),
    # proposing talks with someone is no meeting with them
    ("Russian President Vladimir Putin on Sunday proposed direct talks with Ukraine in Istanbul.", "Vladimir Putin"),
    # the one welcomed, hosted or received for talks, the other side of a call or a meeting under way, and the one a
    # plan was discussed with
    ("Trump welcomed Zelensky to the White House on Sunday for talks on the peace plan.",
     "Donald Trump; Volodymyr Zelensky"),
    ("Starmer held a “constructive” phone call with Trump on Saturday over the peace plan.",
     "Keir Starmer; Donald Trump"),
    ("Witkoff was meeting with Putin in Moscow on Tuesday to discuss the peace plan.", "Steve Witkoff; Vladimir Putin"),
    ("Witkoff discussed the peace plan with Umerov in Miami on Sunday.", "Steve Witkoff; Rustem Umerov"),
    # welcoming a thing is no meeting
    ("Russia on Sunday welcomed some aspects of the US peace plan.", "Russia"),
])
def test_the_parties_met_in_talks_are_actors_of_the_statement(text, actor):
    found = extract_all(Article(text=text, published=date(2025, 12, 3))).statements
    assert [s.actor for s in found] == [actor]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences in the shape of 2025 wire copy: a day between the subject and its "-ed" verb keeps the
    # subject ("Peskov on Wednesday refuted …"), not the person named in the clause after it
    ("Kremlin spokesman Dmitry Peskov on Wednesday refuted claims that Putin has dismissed the US peace proposal.",
     "Dmitry Peskov"),
    ("U.S. President Donald Trump yesterday denounced Zelensky's refusal of a ceasefire deal.", "Donald Trump"),
])
def test_a_day_between_subject_and_verb_keeps_the_subject(text, actor):
    found = extract_all(Article(text=text, published=date(2025, 12, 3))).statements
    assert [s.actor for s in found] == [actor]


def test_a_question_put_to_someone_is_not_their_statement_unless_the_sentence_gives_the_answer():
    # Made-up sentences in the shape of 2025 interview reports
    asked = "Putin was asked whether Russia would accept a truce." + WAR_CONTEXT
    assert statements(asked) == []
    answered = ("Putin was asked whether the peace plan was still relevant, to which the Russian president replied "
                "that its points were discussed." + WAR_CONTEXT)
    assert [s.actor for s in statements(answered)] == ["Vladimir Putin"]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences. "a top Russian diplomat" is one of many, not the registry's holder of "Russia's top
    # diplomat"; "the Russian leader" is the holder.
    ("A top Russian diplomat said on Wednesday that the impetus to find a peace deal was exhausted.", "Russia"),
    ("The Russian leader said on Wednesday that a ceasefire was possible.", "Vladimir Putin"),
    # an infinitive is no finite verb: Kyiv, asked "to accept", is the object, Trump the actor
    ("Trump in November began pressing Kyiv to accept a 28-point peace proposal.", "Donald Trump"),
])
def test_the_actor_is_the_subject_of_the_finite_verb_and_no_office_holder_of_an_indefinite_description(text, actor):
    assert one(text + WAR_CONTEXT, published=date(2025, 12, 3))[1] == actor


def test_the_diplomat_just_named_under_a_title_is_the_russian_diplomat():
    # Made-up paragraphs: "The Russian diplomat" points back to the deputy foreign minister the text just named,
    # not to the registry's foreign minister.
    text = ("Russian Deputy Foreign Minister Sergei Ryabkov said on Saturday that a peace deal was close.\n\n"
            "The Russian diplomat also accused Kyiv of trying to block a peace deal.")
    assert candidate_actors(text, date(2025, 12, 27)) == ["Sergei Ryabkov", "Sergei Ryabkov"]


def test_a_headline_topic_before_a_colon_is_not_the_actor():
    # Made-up headline: the topic ("Ukraine-Russia talks:") labels the story; the clause after it has the actor.
    text = "Ukraine-Russia talks: Peskov outlines Kremlin position on a ceasefire" + WAR_CONTEXT
    assert one(text, published=date(2025, 8, 27))[1] == "Dmitry Peskov"


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences in the shape of 2025 wire copy. The clause opens with its subject and the finite verb follows
    # after an aside, a time or an adverb; the verb may be any verb, irregular ones included.
    ("Putin made the surprise announcement of an Easter truce, set to last until midnight on Sunday.",
     "Vladimir Putin"),
    ("U.S. President Donald Trump gave Kyiv a deadline of next Thursday to agree to the peace deal.", "Donald Trump"),
    ("Zelensky cast doubt on the likelihood of a lasting ceasefire agreement, prompting an angry response from Vance, "
     "who accused him of ingratitude.", "Volodymyr Zelensky"),
    ("Donald Trump on Wednesday, April 23, 2025, accused Zelensky of harming peace negotiations.", "Donald Trump"),
    ("Trump, in a social media post on Thursday, again called for a 30-day unconditional ceasefire.", "Donald Trump"),
    ("Emmanuel Macron, the French president, also backed the idea of a truce.", "Emmanuel Macron"),
    ("Washington last month stunned Ukraine by presenting a 28-point peace plan, which has since been redrafted.",
     "United States"),
    # a passive names its actor after "by"
    ("A 30-day ceasefire was initially proposed by Washington.", "United States"),
])
def test_a_clause_that_opens_with_its_subject_gives_the_actor_whatever_its_verb(text, actor):
    with statement_model.candidates() as seen:
        statements(text + WAR_CONTEXT, published=date(2025, 4, 24))
    assert [e.statement.actor for e in seen] == [actor]


def test_a_noun_phrase_before_a_participle_with_by_is_no_passive_clause():
    # Made-up sentence: "negotiated by the U.S." describes the ceasefire; the statement's subject is not the U.S.
    text = "The joint statement released Friday morning backed a ceasefire negotiated by the U.S." + WAR_CONTEXT
    with statement_model.candidates() as seen:
        statements(text, published=date(2025, 3, 15))
    assert "United States" not in [e.statement.actor for e in seen]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences: every nationality names its state, not only the parties' ("Chinese", "Polish", "Qatari")
    ("The Chinese Foreign Ministry stated on Friday that China supports all efforts toward a peaceful settlement.",
     "China"),
    ("Polish officials said on Friday that a ceasefire was needed before any talks.", "Poland"),
    ("The Qatari and Turkish mediators said on Friday that the truce was holding.", "Qatar; Turkey"),
])
def test_any_nationality_names_its_state_as_the_actor(text, actor):
    with statement_model.candidates() as seen:
        statements(text + WAR_CONTEXT, published=date(2025, 8, 16))
    assert [e.statement.actor for e in seen] == [actor]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences in the shape of wire copy credited to another outlet: the outlet carries the news (the quote
    # finder gives it the sentence's words); the official subject of the clause acted
    ("The Kremlin on Friday urged Zelensky to begin peace negotiations now or lose more land, AFP reported.",
     "Russia"),
    ("Russia and Ukraine agreed on Wednesday to a prisoner exchange during their third round of peace talks, as "
     "reported by CNN.", "Russia; Ukraine"),
])
def test_an_outlet_that_reports_the_act_is_not_its_actor(text, actor):
    assert candidate_actors(text, date(2025, 11, 21)) == [actor]


def test_a_person_outside_the_registry_described_as_an_official_once_stays_one():
    # Made-up sentences: the title comes with the first mention only; the later sentence is still an official's act
    text = ("Prime Minister Ulla Lindqvist arrived in Brussels on Monday. Lindqvist said on Tuesday that a ceasefire "
            "must come before any talks." + WAR_CONTEXT)
    with statement_model.candidates() as seen:
        extract_all(Article(text=text, published=date(2025, 5, 14)))
    assert [(e.statement.actor, e.statement.text[:9]) for e in seen] == [("Ulla Lindqvist", "Lindqvist")]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences: an outlet's "reported that" hands the act to the clause it reports; a passive's agent may
    # follow a day and carry titles before the name
    ("Turkish news agency Anadolu reported that the peace talks were opened on Wednesday by Turkish Foreign Minister "
     "Hakan Fidan.", "Hakan Fidan"),
    ("Reuters reported that Russia rejected the ceasefire proposal on Wednesday.", "Russia"),
])
def test_an_outlets_report_gives_the_act_to_the_subject_of_the_clause_it_reports(text, actor):
    assert candidate_actors(text, date(2025, 7, 23)) == [actor]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences in the shape of 2025 reports: everyone the subject joins acts, also when a source opens the
    # sentence without a name, a conjunct carries its owner's title, two nationalities share one noun, or a hyphen
    # pairs the parties of talks
    ("According to the sources, Lavrov and Rubio disagreed on Tuesday on how to settle the conflict peacefully.",
     "Sergei Lavrov; Marco Rubio"),
    ("On August 6, Vladimir Putin and US President's special envoy Steve Witkoff held talks in Moscow.",
     "Vladimir Putin; Steve Witkoff"),
    ("US and Russian negotiating teams wrapped up their talks on Ukraine in Saudi Arabia on Tuesday.",
     "United States; Russia"),
    ("U.S.-Russia talks in Riyadh concluded on Tuesday.", "United States; Russia"),
    ("Russia-Ukraine agree to new prisoner swap but peace talks stall", "Russia; Ukraine"),
    # a named source is still the actor; a state that only describes an outlet is not
    ("According to Peskov, Putin proposed talks on Tuesday.", "Dmitry Peskov"),
    ("Rubio is not likely to recommend new peace talks, the US TV channel said on Tuesday.", "Marco Rubio"),
])
def test_every_party_the_subject_joins_is_an_actor(text, actor):
    assert candidate_actors(text, date(2025, 8, 8)) == [actor]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences in the shape of 2025 reports: a state the registry lacks acts as itself, also under its full
    # name; a participle phrase or the writer's "it may be recalled that" before the clause leaves it its subject; a
    # headline whose verb no list holds still names every party it opens with
    ("The Republic of Moldova calls on the Russian Federation on Tuesday to accept the ceasefire.", "Moldova"),
    ("Switzerland on Tuesday offered to host talks between Russia and Ukraine.", "Switzerland"),
    ("Reacting to the offer, Zelensky made a counter-proposal for a truce on Tuesday.", "Volodymyr Zelensky"),
    ("It may be recalled that Putin on Tuesday declared an Easter truce.", "Vladimir Putin"),
    ("Russia and Ukraine Conclude Third Round of Talks", "Russia; Ukraine"),
    # the names in a list between commas are the subject, not an apposition of its last comma
    ("At least 26 countries, including Germany, Italy, and Poland, have pledged on Tuesday to send troops once a "
     "ceasefire is reached.", "Germany; Italy; Poland"),
])
def test_states_outside_the_registry_and_subjects_after_an_opening_phrase_act(text, actor):
    assert candidate_actors(text, date(2025, 7, 23)) == [actor]


@pytest.mark.parametrize("text, actor", [
    # Made-up sentences in the shape of 2025 headlines and leads: a state's office with no name after it is the
    # office's holder; before a name it is that person's title; an office that owns something leaves the state
    ("US president suggests Russia, Ukraine close to ceasefire deal", "Donald Trump"),
    ("Ukraine's president on Tuesday rejected the truce.", "Volodymyr Zelensky"),
    ("U.S. President Donald Trump on Tuesday gave Kyiv a deadline to accept the peace plan.", "Donald Trump"),
    ("Ukraine's president's office said on Tuesday the truce was a sham.", "Ukraine"),
])
def test_a_states_office_is_its_holder(text, actor):
    assert candidate_actors(text, date(2025, 8, 10)) == [actor]


@pytest.mark.parametrize("text, actors", [  # synthetic sentences
    # "both sides" are the two states the sentences just before name, not the article's war by default
    ("Putin met US envoys Steve Witkoff and Jared Kushner in Moscow on Tuesday. Both parties agreed to keep the "
     "content of the peace talks confidential.", "Russia; United States"),
    ("US and Ukrainian delegations met in Jeddah on Tuesday. During the emergency talks, both sides agreed on a "
     "30-day ceasefire proposal.", "Ukraine; United States"),
    # "the pair", "the two presidents": the two people just named, those of the title when it is one
    ("Keir Starmer spoke with Donald Trump by phone on Saturday about the peace plan. The pair agreed that their "
     "teams would keep working on the peace plan.", "Keir Starmer; Donald Trump"),
    ("Kremlin aide Yuri Ushakov said Vladimir Putin spoke with Donald Trump on Sunday, with Putin stressing the "
     "understandings of their summit. The two presidents agreed that a temporary ceasefire would prolong the war.",
     "Vladimir Putin; Donald Trump"),
])
def test_a_group_subject_is_the_two_parties_just_named(text, actors):
    found = [s for s in statements(text, published=date(2025, 12, 2))
             if s.text.startswith(("Both", "During", "The"))]
    assert [set(s.actor.split("; ")) for s in found] == [set(actors.split("; "))]


def test_a_group_subject_with_its_members_listed_is_those_members():
    # (synthetic) the list set off by commas names whom "European leaders" are, not only its last name
    text = ("European leaders, including UK Prime Minister Keir Starmer, France’s Emmanuel Macron, Germany’s Friedrich "
            "Merz and Poland’s Donald Tusk, visited Kyiv on Saturday, calling for an unconditional 30-day ceasefire.")
    found = statements(text, published=date(2025, 5, 11))
    assert [(set(s.actor.split("; ")), s.date) for s in found] == [
        ({"Keir Starmer", "Emmanuel Macron", "Friedrich Merz", "Donald Tusk"}, "2025-05-10")]


def test_joined_names_may_each_be_owned_by_their_state():
    # (synthetic) "France’s Emmanuel Macron": the state's possessive belongs to the name, not a break in the list
    text = ("Keir Starmer, France’s Emmanuel Macron and Germany’s Friedrich Merz visited Kyiv on Saturday, calling for "
            "an unconditional 30-day ceasefire.")
    assert [set(a.split("; ")) for a in candidate_actors(text, date(2025, 5, 11))] == [
        {"Keir Starmer", "Emmanuel Macron", "Friedrich Merz"}]


@pytest.mark.parametrize("text, actor", [  # synthetic headlines
    # a headline joins its two subjects with a comma
    ("Trump, Putin Agree Attacks on Energy Infrastructure Should Stop as First Step to Ceasefire",
     "Donald Trump; Vladimir Putin"),
    ("Russia, Ukraine Agree to Prisoner Swap in Istanbul Talks", "Russia; Ukraine"),
    # in sentence case too, when the text opens with it; in prose a bare comma never joins two subjects
    ("Zelenskyy, Trump express hope for trilateral talks to end the war\n\nThe two leaders met on Monday.",
     "Volodymyr Zelensky; Donald Trump"),
])
def test_a_headlines_comma_joins_its_subjects(text, actor):
    found = extract_all(Article(text=text, published=date(2025, 12, 28))).statements
    assert [s.actor for s in found] == [actor]

