"""Experts in articles in other languages. Every sentence here is made up (no real person or statement); the shapes
come from experts-dev articles of SWR, Fakt, RIA, 24 Kanal, Sabah, EenVandaag, 98.5 FM and Finansavisen (2025)."""
import pytest

from ingest.extract import extract_all
from ingest.extract.foreign_experts import find_experts
from ingest.extract.registry import load_registry
from ingest.records import Article


def experts_in(text, language):
    return [(p.name, p.description) for p in find_experts(text, language, load_registry(), [])]


@pytest.mark.parametrize("language, text, name, description", [
    ("de", "Das sei ein Punktsieg für Kiew, glaubt Friedensforscherin Ursula Brenner.", "Ursula Brenner",
     "Friedensforscherin"),
    ("pl", "– To jest presja – wskazał dyrektor Ośrodka Studiów Wschodnich, Wojciech Nowacki.", "Wojciech Nowacki",
     "dyrektor Ośrodka"),
    ("pl", "Dr Patryk Nowacki zauważył, że rozmowy utknęły.", "Patryk Nowacki", "Dr"),
    ("uk", "Як зауважив політолог Олег Ліщенко, тепер у Кремлі заявляють інше.", "Олег Ліщенко", "політолог"),
    ("ru", "По оценке политолога Вадима Денисова, шансы на перемирие малы.", "Вадим Денисов", "политолога"),
    ("ru", "Такое мнение высказал бывший помощник Ивана Сидорова Олег Сосновский.", "Олег Сосновский",
     "бывший помощник"),
    ("tr", "Dış Politika Uzmanı Ferit Demirel, hızlı sonuç alınamayabileceğini vurguladı.", "Ferit Demirel", "Uzmanı"),
    ("tr", "Rus askeri uzman Kemal Sivrioğlu'na göre plan yalnızca ABD'nin faydasına.", "Kemal Sivrioğlu", "uzman"),
    ("nl", "Dat is onzin, legt Ruslandkenner Laura Smits uit.", "Laura Smits", "Ruslandkenner"),
    ("fr", "Écoutez Justin Tremblay, professeur de science politique, sur la guerre.", "Justin Tremblay", "professeur"),
    ("no", "Det er uklart, sier Nupi-forsker Karsten Fjell til NTB.", "Karsten Fjell", "Nupi-forsker"),
    # a nominative name stays as written ("Асафов" is no plural genitive of a first name)
    ("ru", "Об этом заявил политолог, американист Александр Асафов.", "Александр Асафов", "американист"),
    # a university's long name between the noun and the name; a foreign name the dictionary does not decline
    ("ru", "Об этом написал профессор Университета Юго-Восточной Норвегии Гленн Дизенсен.", "Гленн Дизенсен",
     "профессор"),
    # a former envoy's complement (a state and its place) before the name
    ("ru", "Об этом заявил бывший спецпредставитель США по Украине Курт Волкерс.", "Курт Волкерс",
     "бывший спецпредставитель"),
    # Chinese: the role and its institute, then a two- or three-character name, then the verb (no spaces)
    ("zh", "新华社北京电 海港大学俄罗斯研究院副院长林晓岚在接受采访时表示,会晤很重要。", "林晓岚",
     "海港大学俄罗斯研究院副院长"),
    ("zh", "新华社北京电 国际问题专家林晓岚认为,会晤很重要。", "林晓岚", "国际问题专家"),
    # a foreign name in transliteration keeps its middle dot; a former office after the role
    ("zh", "土耳其政治分析家、前驻海港贸易代表艾登·泽尔曼向记者表示,会谈没有白费。", "艾登·泽尔曼",
     "土耳其政治分析家、前驻海港贸易代表"),
])
def test_a_commentators_noun_of_the_language_makes_an_expert(language, text, name, description):
    assert experts_in(text, language) == [(name, description)]


def test_the_experts_verb_after_the_role_is_no_name():
    # Made-up sentence: "该专家指出" is "the expert pointed out".
    assert experts_in("该专家指出,会谈没有白费。", "zh") == []


@pytest.mark.parametrize("language, text", [
    ("tr", "Uzmanlar ABD Başkanı Donald Trump'ın planını eleştirdi."),  # a plural noun and an office, no one
    ("en", "Political scientist Anna Berg said the talks stalled."),  # English has its own people step
    ("de", "Die Experten in Berlin sind skeptisch."),
])
def test_no_expert_without_a_name_after_a_singular_noun_or_in_english(language, text):
    assert experts_in(text, language) == []


def test_the_expert_reaches_the_experts_list_with_every_mention_of_the_surname():
    text = ("Kiew und Moskau\n\nDie Gespräche bringen keinen Durchbruch, glaubt Friedensforscherin Ursula Brenner. "
            "Brenner sieht dennoch Chancen.")
    [expert] = extract_all(Article(text=text, language="de")).experts
    assert (expert.name, expert.description) == ("Ursula Brenner", "Friedensforscherin")
