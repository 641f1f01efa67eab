"""The events file and its loader: the shipped file holds sourced, dated events of the 2025 talks; a wrong entry
is named in one line; what the writer writes, the loader reads back the same."""
from __future__ import annotations

from datetime import date

import pytest

from storage.events import DEFAULT_EVENTS, KINDS, Event, EventError, dumps, load, save


def test_the_shipped_events_are_dated_sourced_and_of_known_kinds():
    events = load(DEFAULT_EVENTS)
    assert len(events) >= 15
    assert all(date(2025, 1, 1) <= e.date <= date(2025, 12, 31) for e in events)
    assert {e.kind for e in events} <= set(KINDS)
    assert all(e.source.startswith("https://") for e in events)
    assert len({(e.date, e.label) for e in events}) == len(events)
    by_label = {e.label: e.date for e in events}
    assert by_label["Alaska summit"] == date(2025, 8, 15)
    assert by_label["Putin declares Easter truce"] == date(2025, 4, 19)


@pytest.mark.parametrize(("entry", "fault"), [
    ('date = 2025-13-01\nlabel = "X"\nkind = "talks"\nsource = "https://a.example/x"', "not valid TOML"),
    ('date = "11 March"\nlabel = "X"\nkind = "talks"\nsource = "https://a.example/x"', "is not a date like"),
    ('date = 2025-03-11\nlabel = "X"\nkind = "parade"\nsource = "https://a.example/x"', "kind 'parade' is not one of"),
    ('date = 2025-03-11\nlabel = "X"\nkind = "talks"\nsource = "somewhere"', "source 'somewhere' is not an http"),
    ('date = 2025-03-11\nlabel = "X"\nkind = "talks"\nsource = "https://a.example/x"\nwho = "me"', "unknown field"),
    ('date = 2025-03-11\nkind = "talks"\nsource = "https://a.example/x"', "needs a label"),
])
def test_a_wrong_entry_is_named_in_one_line(tmp_path, entry, fault):
    path = tmp_path / "events.toml"
    path.write_text(f'[[event]]\ndate = 2025-02-12\nlabel = "Fine"\nkind = "call"\nsource = "https://a.example/"\n\n'
                    f"[[event]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(EventError) as raised:
        load(path)
    message = str(raised.value)
    assert fault in message and "\n" not in message
    if "TOML" not in fault:
        assert message.startswith("events.toml: event #2")


def test_what_is_saved_loads_back_the_same(tmp_path):
    path = tmp_path / "events.toml"
    events = [Event(date(2025, 3, 2), 'A "quoted" label', "talks", "https://a.example/1", "a note"),
              Event(date(2025, 3, 1), "Earlier", "call", "https://a.example/2")]
    save(events, path)
    assert load(path) == tuple(sorted(events, key=lambda e: e.date))
    assert dumps(load(path)) == path.read_text(encoding="utf-8")


def test_saving_refuses_a_wrong_event_and_keeps_the_file(tmp_path):
    path = tmp_path / "events.toml"
    save([Event(date(2025, 3, 1), "Kept", "call", "https://a.example/2")], path)
    with pytest.raises(EventError, match="kind 'rumour'"):
        save([{"date": "2025-03-05", "label": "New", "kind": "rumour", "source": "https://a.example/3"}], path)
    assert [e.label for e in load(path)] == ["Kept"]
