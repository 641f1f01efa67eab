#!/usr/bin/env python3
"""One-off checker for the lang-ru/uk/de/fr gold files (written by the annotation helper).

usage: python3 check_lang.py [--scan] FILE.txt|FOLDER ...
Checks, per article: sha256 in .meta.json; every quote text_start occurs exactly once (direct ones
right after an opening quotation mark or a dash, in_title matches line 1); every actor_mention_forms
count equals a case-sensitive whole-word count over the file; actor_mentions and
actor_mentions_in_title agree with the forms. --scan lists tokens that start like a registry actor's
name in the language, to look for forms that were missed.
"""
import glob, hashlib, json, os, re, sys
from collections import Counter

STEMS = {
 "ru": "Путин Зеленск Росси РФ Украин Киев Москв Кремл США Соединен Соединён Вашингтон Бел Трамп Рубио Уиткофф Виткофф Лавров Вэнс Песков Келлог Ермак Сибиг Умеров Дмитриев Ушаков Макрон Стармер Мерц Эрдоган Мединск Захаров Байден Орбан Си Турци Саудовск Евросоюз Европейск ЕС НАТО ООН Китай Польш Франци Германи ФРГ Великобритани Британи Фидан Шойгу Герасимов Буданов Шмыгал Кислиц Уолтц Хегсет Бессент Шольц Мелони Туск Стубб Рютте Каллас Кошт Гутерриш Катар Ватикан Ляйен Кушнер Анкара Эр-Рияд Лондон Берлин Брюссел",
 "uk": "Путін Зеленськ Росі РФ Україн Київ Києв Москв Кремл США Сполучен Вашингтон Біл Трамп Рубіо Віткофф Уіткофф Лавров Венс Пєсков Песков Келлог Єрмак Сибіг Умєров Умеров Дмитрієв Ушаков Макрон Стармер Мерц Ердоган Мединськ Захаров Байден Орбан Сі Туреччин Саудівськ Євросоюз Європейськ ЄС НАТО ООН Китай Польщ Франці Німеччин ФРН Британі Фідан Шойгу Герасимов Буданов Шмигал Кислиц Волц Уолтц Гегсет Бессент Шольц Мелоні Туск Стубб Рютте Каллас Кошт Гутерреш Катар Ватикан Ляєн Кушнер Анкар Лондон Берлін Брюссел",
 "de": "Putin Selensk Russland Kreml Moskau Ukraine Kiew Kyjiw USA US Vereinigt Weiß Washington Trump Rubio Witkoff Lawrow Vance Peskow Kellogg Jermak Sybiha Umjerow Umerow Dmitrijew Uschakow Macron Starmer Merz Erdo Medinski Sacharowa Biden Orb Türkei Saudi EU Europäisch Nato NATO UNO UN Vereinte China Peking Polen Frankreich Deutschland Großbritannien Britannien Fidan Scholz Meloni Tusk Stubb Rutte Kallas Leyen Guterres Papst Vatikan Katar Xi Berlin London Riad Ankara Doha Warschau Brüssel Kushner Elysée Élysée",
 "fr": "Poutine Zelensk Russie Kremlin Moscou Ukraine Kiev Kyiv États-Unis Etats-Unis Maison Washington Trump Rubio Witkoff Lavrov Vance Peskov Kellogg Iermak Sybiha Oumerov Dmitriev Ouchakov Macron Starmer Merz Erdogan Erdoğan Medinski Zakharova Biden Orban Orbán Turquie Arabie UE Union OTAN Otan ONU Nations Chine Pologne France Allemagne Royaume-Uni Londres Fidan Scholz Meloni Tusk Stubb Rutte Kallas Leyen Guterres pape Vatican Qatar Xi Berlin Bruxelles Varsovie Pékin Riyad Ankara Élysée Elysée Elysee Kushner",
}
OPEN = "«„“\"»—–-‚‹'"


def wcount(form, text):
    return len(re.findall(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text))


def check(txtpath, scan):
    base = txtpath[:-4]
    raw = open(txtpath, "rb").read()
    text = raw.decode("utf-8")
    title = text.split("\n", 1)[0]
    meta = json.load(open(base + ".meta.json"))
    ann = json.load(open(base + ".json"))
    errs = []
    if meta["sha256"] != hashlib.sha256(raw).hexdigest():
        errs.append("sha256 mismatch")
    if ann["article"] != os.path.basename(txtpath):
        errs.append("article field")
    for q in ann["quotes"]:
        ts = q["text_start"]
        if len(ts.split()) > 8:
            errs.append(f"text_start over 8 words: {ts}")
        n = text.count(ts)
        if n != 1:
            errs.append(f"text_start found {n}x: {ts}")
            continue
        i = text.index(ts)
        before = text[:i].rstrip(" \u00a0")
        if q["kind"] == "direct" and not (before and before[-1] in OPEN):
            errs.append(f"direct quote not after a quotation mark/dash: {ts}")
        if bool(q.get("in_title")) != (i < len(title)):
            errs.append(f"in_title wrong: {ts}")
    forms = ann["actor_mention_forms"]
    tot, tit = {}, {}
    for actor, fm in forms.items():
        for f, c in fm.items():
            real = wcount(f, text)
            if real != c:
                errs.append(f"{actor} form {f!r}: annotated {c}, text has {real}")
            tot[actor] = tot.get(actor, 0) + c
            t = wcount(f, title)
            if t:
                tit[actor] = tit.get(actor, 0) + t
    if tot != ann["actor_mentions"]:
        errs.append(f"actor_mentions {ann['actor_mentions']} != forms {tot}")
    if tit != ann["actor_mentions_in_title"]:
        errs.append(f"actor_mentions_in_title {ann['actor_mentions_in_title']} != forms {tit}")
    nd = sum(q["kind"] == "direct" for q in ann["quotes"])
    print(f"{os.path.basename(txtpath)}: {nd} direct quotes, {sum(tot.values())} mentions "
          f"({len(tot)} actors) -> {'OK' if not errs else 'ERRORS'}")
    for e in errs:
        print("   ", e)
    if scan:
        lang = ann.get("language")
        c = Counter()
        for st in STEMS[lang].split():
            for m in re.finditer(r"(?<!\w)" + re.escape(st) + r"[\w’'-]*( дом\w*| Дом\w*| Haus\w*| Blanche| des Nations| européenne)?", text):
                c[m.group(0)] += 1
        print("    scan:", dict(c))
    return not errs


def main():
    scan = "--scan" in sys.argv
    paths = []
    for a in [x for x in sys.argv[1:] if x != "--scan"]:
        paths += sorted(glob.glob(os.path.join(a, "*.txt"))) if os.path.isdir(a) else [a]
    ok = all([check(p, scan) for p in paths if os.path.exists(p[:-4] + ".json")])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
