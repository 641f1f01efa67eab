"""Speakers of direct quotes in Russian, Ukrainian, German and French: made-up sentences (synthetic), checked
through the whole extraction as an article in that language."""
import pytest

from ingest.extract import extract_all
from ingest.records import Article


@pytest.mark.parametrize("language, text, speaker", [
    ("ru", "«Мы готовы к переговорам», — заявил Песков журналистам.", "Dmitry Peskov"),
    ("ru", "Путин сказал: «Россия не против перемирия».", "Vladimir Putin"),
    ("ru", "«Встреча была полезной», — по словам Ушакова.", "Yuri Ushakov"),
    ("ru", "«Решение будет принято позже», — сообщили в Кремле.", "Russia"),
    ("uk", "«Ми не погодимося на поступки», — заявив Зеленський.", "Volodymyr Zelensky"),
    ("uk", "«Тиск на Москву має зрости», — за словами Сибіги.", "Andrii Sybiha"),
    ("de", "„Wir brauchen einen Waffenstillstand“, sagte Bundeskanzler Merz am Montag.", "Friedrich Merz"),
    ("de", "Selenskyj erklärte: „Die Ukraine ist bereit.“", "Volodymyr Zelensky"),
    ("fr", "« Le dialogue doit continuer », a déclaré Emmanuel Macron.", "Emmanuel Macron"),
    ("fr", "« Il n'y aura pas de capitulation », a affirmé Olena Vasylenko, une diplomate.", "Olena Vasylenko"),
])
def test_a_reporting_verb_in_the_language_names_the_speaker(language, text, speaker):
    [quote] = [q for q in extract_all(Article(text=text, language=language)).quotes if q.kind == "direct"]
    assert quote.speaker == speaker


def test_a_quote_without_a_reporting_clause_keeps_no_speaker():
    text = "«Мир возможен и нужен нам всем». Делегации разъехались после встречи."
    [quote] = extract_all(Article(text=text, language="ru")).quotes
    assert quote.speaker is None


def test_english_articles_are_left_to_the_english_rules():
    text = "“We are ready,” sagte Merz."  # a German verb in an English article is not read
    [quote] = extract_all(Article(text=text, language="en")).quotes
    assert quote.speaker is None


def direct(text, language):
    return [(q.text, q.speaker) for q in extract_all(Article(text=text, language=language)).quotes if q.kind == "direct"]


@pytest.mark.parametrize("language, text, speaker", [
    # after the quote, the speaker's title between the verb and the name
    ("ru", "«Ответ будет дан позже», — заявил глава МИД Сергей Лавров.", "Sergei Lavrov"),
    ("ru", "«Мы готовы продолжать», — заявил журналистам пресс-секретарь президента Дмитрий Песков.", "Dmitry Peskov"),
    ("fr", "« Nous voulons la paix », a déclaré le porte-parole du Kremlin, Dmitri Peskov.", "Dmitry Peskov"),
    # the name before the verb, and the name inflected
    ("ru", "«Мы ждем предложений», — Песков заявил в четверг.", "Dmitry Peskov"),
    ("ru", "«Встреча пока не запланирована», — по словам Пескова.", "Dmitry Peskov"),
    # before a colon, with words between the verb and the colon
    ("ru", "Пресс-секретарь президента Дмитрий Песков заявил журналистам: «Мы готовы продолжать переговоры».",
     "Dmitry Peskov"),
    ("fr", "Emmanuel Macron a déclaré : « Nous voulons la paix. »", "Emmanuel Macron"),
    # two parts in one pair of marks, the clause between them
    ("ru", "«Мы готовы к диалогу, — сказал Песков. — Но условия известны».", "Dmitry Peskov"),
])
def test_a_reporting_clause_anywhere_around_the_quote_names_its_speaker(language, text, speaker):
    assert [s for _, s in direct(text, language)][-1] == speaker


def test_a_name_after_the_speakers_noun_phrase_is_not_the_speaker():
    assert direct("„Das ist ein wichtiger Schritt“, sagte Merz nach einem Treffen mit Selenskyj.", "de") == \
        [("Das ist ein wichtiger Schritt", "Friedrich Merz")]
    # "il" speaks, not the person met afterwards; he is the subject of the sentence before
    text = "Emmanuel Macron a reçu les journalistes.\n\n« Nous voulons la paix », a-t-il déclaré après sa rencontre avec Volodymyr Zelensky."
    assert direct(text, "fr") == [("Nous voulons la paix", "Emmanuel Macron")]


def test_a_pronoun_stands_for_the_subject_of_the_sentence_before():
    text = "Дмитрий Песков ответил на вопрос о встрече с Путиным.\n\n«Пока таких планов нет», — сказал он."
    assert direct(text, "ru") == [("Пока таких планов нет", "Dmitry Peskov")]


def test_a_title_alone_is_the_person_the_article_introduced_with_it_else_the_title_as_written():
    introduced = ("Пресс-секретарь президента Дмитрий Песков провел брифинг.\n\n"
                  "«Мы ждем ответа от Киева», — сказал пресс-секретарь Кремля.")
    assert direct(introduced, "ru") == [("Мы ждем ответа от Киева", "Dmitry Peskov")]
    assert direct("„Wir wollen Frieden“, sagte der Regierungssprecher.", "de") == [("Wir wollen Frieden", "der Regierungssprecher")]
    # the Kremlin named in the title does not make the Kremlin the speaker
    assert direct("«Мы ждем ответа», — сказал помощник Кремля.", "ru") == [("Мы ждем ответа", "помощник Кремля")]


def test_a_name_the_registry_does_not_know_is_put_back_in_the_nominative():
    assert direct("«Это вопрос будущего», — по словам политолога Ивана Петрова.", "ru") == \
        [("Это вопрос будущего", "Иван Петров")]
    assert direct("«Это вопрос будущего», — заявил политолог Иван Петров.", "ru") == \
        [("Это вопрос будущего", "Иван Петров")]


def test_a_dash_quote_opening_a_paragraph_is_a_quote_and_continues_the_speaker_before():
    text = ("Песков ответил на вопрос о встрече:\n\n— Пока таких планов нет.\n\n"
            "— Мы ждем предложений от американской стороны, — добавил он.")
    assert direct(text, "ru") == [("Пока таких планов нет.", "Dmitry Peskov"),
                                  ("Мы ждем предложений от американской стороны", "Dmitry Peskov")]
    text = "«Ми готові до переговорів», — заявив Зеленський.\n\n— Але тиск на Росію має зростати."
    assert direct(text, "uk") == [("Ми готові до переговорів", "Volodymyr Zelensky"),
                                  ("Але тиск на Росію має зростати.", "Volodymyr Zelensky")]


def test_a_carried_speaker_stops_where_someone_else_is_named():
    text = "«Ми готові до переговорів», — заявив Зеленський. Тим часом Путін виступив у Москві.\n\n— Умови відомі."
    assert direct(text, "uk")[-1] == ("Умови відомі.", None)


def test_german_reversed_guillemets_are_quotes():
    assert direct("»Es gibt derzeit keine Pläne für ein Treffen«, sagte Peskow der Agentur Interfax.", "de") == \
        [("Es gibt derzeit keine Pläne für ein Treffen", "Dmitry Peskov")]


def test_an_office_the_registry_lists_names_its_holder():
    assert direct("«Мы ждем ответа», — заявила официальный представитель МИД России.", "ru") == \
        [("Мы ждем ответа", "Maria Zakharova")]
    assert direct("«Мы ждем ответа», — сказал журналистам пресс-секретарь Кремля.", "ru") == \
        [("Мы ждем ответа", "Dmitry Peskov")]
    assert direct("„Es gibt keine Pläne“, sagte der russische Außenminister am Montag.", "de") == \
        [("Es gibt keine Pläne", "Sergei Lavrov")]
    assert direct("« Il n'y a pas de plan », a déclaré le porte-parole du Kremlin.", "fr") == \
        [("Il n'y a pas de plan", "Dmitry Peskov")]
    # an office the registry does not list stays as the text gives it
    assert direct("«Мы ждем ответа», — сказал представитель ведомства.", "ru") == [("Мы ждем ответа", "представитель ведомства")]


def test_a_surname_alone_is_the_full_name_the_article_gave_first():
    text = ("Про це сказав речник Міністерства закордонних справ України Георгій Тихий.\n\n"
            "«Атмосфера була спокійною», — сказав Тихий.")
    assert direct(text, "uk") == [("Атмосфера була спокійною", "Георгій Тихий")]


def test_speakers_joined_by_and_speak_together():
    text = "« Les réunions ont été productives », ont écrit Steve Witkoff, l'envoyé spécial, et Roustem Oumerov, sur X."
    assert direct(text, "fr") == [("Les réunions ont été productives", "Steve Witkoff"),
                                  ("Les réunions ont été productives", "Rustem Umerov")]


def test_a_pronoun_after_the_verb_of_a_lead_is_the_subject_before():
    text = "Wolodymyr Selenskyj steht unter Druck. Als Reaktion auf den Plan schrieb er: „Nur die USA haben genügend Kraft.“"
    assert direct(text, "de") == [("Nur die USA haben genügend Kraft.", "Volodymyr Zelensky")]


def test_a_subhead_between_dashes_is_not_a_quote():
    assert direct("Vorspann.\n\n- Nouvelle mouture -\n\nLe texte continue.", "fr") == []


def indirect(text, language):
    return [(q.text, q.speaker) for q in extract_all(Article(text=text, language=language)).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Пресс-секретарь президента Дмитрий Песков заявил журналистам, что переговоры продолжатся.",
     ("переговоры продолжатся", "Dmitry Peskov")),
    ("uk", "Зеленський заявив, що Україна готова до припинення вогню.",
     ("Україна готова до припинення вогню", "Volodymyr Zelensky")),
    ("de", "Merz sagte am Montag, dass die Ukraine nicht allein gelassen werde.",
     ("die Ukraine nicht allein gelassen werde", "Friedrich Merz")),
    ("fr", "Emmanuel Macron a déclaré que l'Europe devait soutenir l'Ukraine.",
     ("l'Europe devait soutenir l'Ukraine", "Emmanuel Macron")),
    ("ru", "По словам Пескова, встреча пока не запланирована.", ("встреча пока не запланирована", "Dmitry Peskov")),
    ("de", "Laut Merz ist eine Waffenruhe möglich.", ("ist eine Waffenruhe möglich", "Friedrich Merz")),
    ("fr", "Selon le Kremlin, aucune rencontre n'est prévue.", ("aucune rencontre n'est prévue", "Russia")),
    ("de", "Der Krieg müsse bald enden, sagte Kremlsprecher Dmitri Peskow.", ("Der Krieg müsse bald enden", "Dmitry Peskov")),
])
def test_reported_speech_is_an_indirect_quote_with_its_speaker(language, text, expected):
    assert indirect(text, language) == [expected]


def test_reported_speech_around_a_direct_quote_is_not_counted_twice():
    assert indirect("Песков заявил: «Мы готовы продолжать переговоры».", "ru") == []
    assert indirect("Переговоры были полезными. Делегации разъехались.", "ru") == []


def test_a_quoted_name_is_not_a_quote():
    assert direct("Речь шла о документе «Мирный план из двадцати восьми пунктов» и его судьбе.", "ru") == []


@pytest.mark.parametrize("language, text, speaker", [
    ("fr", "« Nous voulons la paix », a déclaré M. Macron à Paris.", "Emmanuel Macron"),
    ("ru", "«Мы готовы к диалогу», — заявил В. Путин.", "Vladimir Putin"),
    ("fr", "« Nous sommes prêts, a-t-il dit, à discuter avec Moscou. » Emmanuel Macron a été clair.", None),
    ("fr", "Emmanuel Macron a reçu la presse. « Nous sommes prêts, a-t-il dit, à discuter avec Moscou. »",
     "Emmanuel Macron"),
    ("ru", "«Переговоры будут продолжены», — приводит ТАСС слова Пескова.", "Dmitry Peskov"),
    ("fr", "« La paix est possible », a déclaré le ministre des Affaires étrangères Jean-Noël Barrot.", "Jean-Noël Barrot"),
    ("ru", "«Мы против санкций», — заявил министр иностранных дел Венгрии Петер Сийярто.", "Петер Сийярто"),
    ("de", "„Wir bleiben an der Seite der Ukraine“, sagte der Bundeskanzler am Abend.", "Friedrich Merz"),
    ("fr", "« Il faut un cessez-le-feu », estime le président français.", "Emmanuel Macron"),
])
def test_abbreviations_incises_agencies_and_titles_before_names(language, text, speaker):
    assert [s for _, s in direct(text, language)][0] == speaker


def test_the_next_sentence_reports_the_quote_only_when_it_looks_back():
    assert direct("«Переговоры продолжатся». Об этом заявил Дмитрий Песков.", "ru") == \
        [("Переговоры продолжатся", "Dmitry Peskov")]
    assert direct("„Wir sind bereit.“ Das sagte Merz am Montag.", "de") == [("Wir sind bereit.", "Friedrich Merz")]
    # a new sentence with its own subject and verb says something else
    assert direct("«Переговоры продолжатся». Зеленский ответил отказом.", "ru") == [("Переговоры продолжатся", None)]


def test_a_pronoun_stands_for_the_subject_not_the_person_met():
    text = "Під час зустрічі з Трампом Зеленський говорив про гарантії.\n\n«Ми готові до миру», — сказав він."
    assert direct(text, "uk") == [("Ми готові до миру", "Volodymyr Zelensky")]
    text = "Nach einem Treffen mit Selenskyj sprach Merz vor der Presse.\n\n„Wir bleiben an der Seite der Ukraine“, sagte er."
    assert direct(text, "de") == [("Wir bleiben an der Seite der Ukraine", "Friedrich Merz")]
    assert direct("Зеленський після зустрічі з Трампом заявив: «Ми готові до миру».", "uk") == \
        [("Ми готові до миру", "Volodymyr Zelensky")]


def test_the_speaker_after_an_adverbial_is_the_subject():
    assert direct("«Мы ждем ответа», — заявил в ходе встречи с Путиным Песков.", "ru") == [("Мы ждем ответа", "Dmitry Peskov")]
    assert direct("«Мы ждем ответа», — сказал на брифинге в Кремле Песков.", "ru") == [("Мы ждем ответа", "Dmitry Peskov")]


def test_a_speaker_the_registry_does_not_know_takes_the_role_the_article_gives():
    roles = lambda text, language: [(q.speaker, q.speaker_role) for q in
                                    extract_all(Article(text=text, language=language)).quotes if q.kind == "direct"]
    assert roles("«Это вопрос будущего», — заявил политолог Иван Петров.", "ru") == [("Иван Петров", "expert")]
    assert roles("«Атмосфера була спокійною», — сказав речник МЗС Георгій Тихий.", "uk") == [("Георгій Тихий", "official")]
    assert roles("« La paix est possible », a déclaré Jean Dupont, un habitant de Lyon.", "fr") == [("Jean Dupont", "other")]


def test_an_office_opening_a_sentence_is_not_a_name():
    text = "Дмитрий Песков провел брифинг. Представитель Кремля отметил, что переговоры продолжатся."
    assert indirect(text, "ru") == [("переговоры продолжатся", "Dmitry Peskov")]


def test_a_new_sentence_of_quoted_words_continues_the_speaker_before():
    assert direct("«Мы готовы», — сказал Песков. «Но условия известны».", "ru") == \
        [("Мы готовы", "Dmitry Peskov"), ("Но условия известны", "Dmitry Peskov")]
    assert direct("„Wir sind bereit“, sagte Peskow. „Aber die Bedingungen sind bekannt.“", "de") == \
        [("Wir sind bereit", "Dmitry Peskov"), ("Aber die Bedingungen sind bekannt.", "Dmitry Peskov")]


def test_unnamed_people_in_the_plural_are_no_speaker():
    assert indirect("По словам дипломатов, следующий раунд может пройти в Стамбуле.", "ru") == []
    assert indirect("Le Kremlin a indiqué que Poutine restait ouvert au dialogue.", "fr") == \
        [("Poutine restait ouvert au dialogue", "Russia")]


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Emmanuel Macron a déclaré que la paix « ne se fera pas sans les Ukrainiens ».",
     ("ne se fera pas sans les Ukrainiens", "Emmanuel Macron")),
    ("fr", "Selon Dmitri Peskov, Moscou « n'acceptera jamais » une telle proposition.",
     ("n'acceptera jamais", "Dmitry Peskov")),
    ("de", "Merz sagte, dass Europa „nicht zuschauen wird“, wenn die Waffenruhe bricht.",
     ("nicht zuschauen wird", "Friedrich Merz")),
    ("ru", "Песков заявил, что Москва «не будет торопиться» с ответом.", ("не будет торопиться", "Dmitry Peskov")),
    ("uk", "Зеленський заявив, що Київ «не погодиться на жодні поступки» щодо територій.",
     ("не погодиться на жодні поступки", "Volodymyr Zelensky")),
])
def test_quoted_words_with_a_verb_inside_reported_speech_are_the_speakers_own(language, text, expected):
    assert direct(text, language) == [expected]


def test_a_verbless_fragment_inside_reported_speech_leaves_it_reported():
    text = "Emmanuel Macron a déclaré que la rencontre avait été « très utile » pour les deux camps."
    quotes = extract_all(Article(text=text, language="fr")).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Emmanuel Macron")]


@pytest.mark.parametrize("language, text, speaker", [
    ("de", "Selenskyj sprach in Berlin mit Reportern. Zum Ziel der Ukraine erklärte er: „Wir bleiben, wo wir sind.“",
     "Volodymyr Zelensky"),
    ("uk", "«Команда вдячна партнерам за всі зусилля», - пише Умєров.", "Rustem Umerov"),
    ("ru", "«Спецпосланник знает позицию Москвы», — пишет Песков.", "Dmitry Peskov"),
    ("ru", "«Никому не нужна третья мировая война», — заявил глава Белого дома.", "Donald Trump"),
])
def test_more_reporting_clauses_in_the_language(language, text, speaker):
    # Made-up sentences: a pronoun after the verb ("erklärte er:"), present-tense "пише"/"пишет", and an office
    # the registry lists for the person ("глава Белого дома").
    [quote] = [q for q in extract_all(Article(text=text, language=language)).quotes if q.kind == "direct"]
    assert quote.speaker == speaker


def test_a_french_fragment_opening_with_reste_is_a_clause():
    text = "Selon Iouri Ouchakov, il «reste encore beaucoup de travail» pour parvenir à un accord."
    assert direct(text, "fr") == [("reste encore beaucoup de travail", "Yuri Ushakov")]
