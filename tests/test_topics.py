"""Topic relevance: peace-talks stories score high, general world news scores low; a new topic is only data."""

import pytest

from ingest.extract.actors import find_mentions
from ingest.extract.registry import DEFAULT_REGISTRY, load_registry
from ingest.extract.topics import DEFAULT_THRESHOLD, explain_topics, score_topics
from ingest.pipeline import SEED_ARTICLE as SEED

TALKS = "Ukraine-Russia peace talks"

PEACE = """\
Envoys Meet in Istanbul as Russia and Ukraine Weigh Ceasefire Terms

Russian and Ukrainian negotiators met in Istanbul on Friday for the first direct peace talks in three years, with Turkey acting as mediator.
Ukraine's delegation, led by Defence Minister Rustem Umerov, pressed for an unconditional 30-day ceasefire. Vladimir Medinsky, who heads Russia's team, said Moscow wanted a lasting settlement rather than a pause.
The Kremlin spokesman Dmitry Peskov said Vladimir Putin would meet Volodymyr Zelensky only once an agreement was ready to sign. Kyiv called that a delaying tactic.
Both sides agreed on a prisoner exchange of 1,000 people each, the largest of the war. Officials said the negotiations would resume within weeks, though a broader peace deal remains distant.
"""

GAZA = """\
Gaza Ceasefire Talks Resume in Cairo

Negotiators from Israel and Hamas returned to Cairo on Sunday for indirect talks on extending the Gaza ceasefire, mediators from Egypt and Qatar said.
The truce, now in its sixth week, has allowed aid trucks to enter the territory. Steve Witkoff, the U.S. envoy, is expected to join the negotiations on Tuesday.
Hamas said it was ready to release more hostages in exchange for Palestinian prisoners, while Israel insisted on the return of all captives before a second phase of the deal.
Prime Minister Benjamin Netanyahu faces pressure from his coalition partners, who oppose any permanent settlement. Aid agencies warned that the humanitarian situation remains dire despite the pause in fighting.
Egyptian officials said the mediation would continue through the week.
"""

SUDAN = """\
Sudan's Warring Sides Reject Truce Proposal as Famine Spreads

Sudan's army and the paramilitary Rapid Support Forces both rejected a proposed humanitarian truce on Thursday, dashing hopes for a pause in a war that has displaced millions.
The proposal, drafted by the African Union and backed by the United States and Saudi Arabia, called for a three-month ceasefire and open corridors for aid.
Talks in Jeddah collapsed last year. Aid groups say famine has taken hold in several regions of Darfur, and the United Nations warned of mass starvation.
Diplomats said new negotiations were unlikely before the rainy season.
"""

SPORTS = """\
Late Goal Sends Arsenal Top of the Table

Arsenal beat Chelsea 2-1 at the Emirates on Saturday, with a stoppage-time header from their Ukrainian defender sealing the win and sending the club top of the Premier League.
The defender, who joined from Shakhtar Donetsk, dedicated the goal to fans back home in Ukraine. Chelsea had equalised through a penalty early in the second half after a handball decision that left their manager fuming on the touchline.
Arsenal now lead the table by two points with eight games left. Their manager praised the squad's resilience and said the title race would go to the final day. Chelsea drop to fifth, three points off the Champions League places, and face a difficult run of fixtures that includes trips to Liverpool and Manchester City.
"""

MARKETS = """\
Stocks Rise as Oil Slips; Investors Eye Fed Decision

Global stocks edged higher on Monday while oil prices slipped for a third session as traders weighed slowing demand in China and the outlook for interest rates ahead of the Federal Reserve's meeting.
The S&P 500 rose 0.4% and the Nasdaq gained 0.7%, led by chipmakers. European shares were flat. Brent crude fell 1.2% to $71 a barrel, pressured by rising inventories and hopes that peace talks between Russia and Ukraine could eventually ease sanctions on Russian supply.
Treasury yields fell after softer-than-expected retail sales data. The dollar weakened against the yen. Gold hit a record high as investors sought safety. Analysts expect the Fed to hold rates steady and signal cuts later in the year, though sticky services inflation remains a concern. Bitcoin was little changed.
Shares of the big retailers rose after strong quarterly results, while airline stocks fell on higher fuel costs.
"""

FRONTLINE = """\
Russian Drones Strike Kharkiv as Fighting Intensifies in the East

Russia launched more than 100 drones at Ukraine overnight, hitting residential buildings in Kharkiv and killing at least four people, Ukrainian officials said on Wednesday.
Ukraine's air force said it shot down most of the drones. Russian forces also pressed their offensive near Pokrovsk, where Ukrainian troops have been holding a defensive line for months.
Volodymyr Zelensky called for more air defence systems from Western allies. The Kremlin did not comment on the strikes. Moscow says it targets only military infrastructure.
"""


def scores(text, registry=None):
    registry = registry or load_registry()
    return score_topics(text, find_mentions(text, registry, []), registry)


def test_peace_talks_articles_pass_the_filter():
    seed = SEED.read_text(encoding="utf-8")
    assert scores(PEACE)[TALKS] >= 0.9
    assert scores(seed[: seed.index("Hello Shuttle")])[TALKS] >= 0.6


@pytest.mark.parametrize("text", [GAZA, SUDAN, SPORTS, FRONTLINE], ids=["gaza", "sudan", "sports", "frontline"])
def test_other_world_news_scores_zero_without_both_keywords_and_actors(text):
    assert scores(text) == {TALKS: 0.0}


@pytest.mark.parametrize("text", [
    # Made-up sentences (synthetic): the talks in the four other languages, inflected keywords and names.
    "Делегации России и Украины обсудили перемирие в Стамбуле. Песков заявил, что переговоры продолжатся, "
    "а Путин готов к прекращению огня при условиях Москвы.",
    "Зеленський заявив, що Київ готовий до перемир'я. Переговори з Росією про припинення вогню тривають.",
    "Selenskyj sagte, Kiew sei zu einer Waffenruhe bereit. Der Kreml erklärte, die Verhandlungen gingen weiter.",
    "Zelensky a déclaré que Kiev acceptait un cessez-le-feu. Le Kremlin a dit que les négociations continuaient.",
], ids=["ru", "uk", "de", "fr"])
def test_talks_in_other_languages_pass_the_filter(text):
    assert scores(text)[TALKS] >= DEFAULT_THRESHOLD


def test_other_news_in_another_language_stays_out():
    assert scores("Die Nationalmannschaft gewann am Abend in Berlin mit 2:0 gegen Polen.")[TALKS] == 0.0


def test_a_passing_mention_stays_below_the_threshold():
    assert scores(MARKETS)[TALKS] < DEFAULT_THRESHOLD / 2


def test_explanation_lists_the_hits_behind_the_score():
    registry = load_registry()
    [markets] = explain_topics(MARKETS, find_mentions(MARKETS, registry, []), registry)
    assert (markets.topic, markets.keyword_hits, markets.actor_hits) == (
        TALKS, {"peace talks": 1}, {"Russia": 1, "Ukraine": 1}
    )
    assert markets.words == 161


def test_a_second_topic_is_only_an_edit_of_the_registry_file(tmp_path):
    path = tmp_path / "actors.toml"
    path.write_text(
        DEFAULT_REGISTRY.read_text(encoding="utf-8")
        + '\n[[actor]]\nname = "Israel"\nkind = "country"\n\n[[actor]]\nname = "Hamas"\nkind = "organisation"\n'
        + '\n[[topic]]\nname = "Gaza ceasefire"\nkeywords = ["ceasefire", "truce", "hostages", "talks"]\n'
        + 'actors = ["Israel", "Hamas"]\n',
        encoding="utf-8",
    )
    registry = load_registry(path)
    gaza, peace = scores(GAZA, registry), scores(PEACE, registry)
    assert gaza["Gaza ceasefire"] >= DEFAULT_THRESHOLD and gaza[TALKS] == 0.0
    assert peace["Gaza ceasefire"] == 0.0 and peace[TALKS] >= 0.9
