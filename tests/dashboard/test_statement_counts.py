"""The Overview's 'Dated statements' counts statements, not their marks: the founding article has 12 statements,
one of them by two actors (13 marks on the Timeline)."""
from dashboard import queries
from dashboard.filters import View
from ingest.pipeline import SEED_ARTICLE, Options, run
from storage.engine import open_engine


def test_a_statement_by_two_actors_counts_once(tmp_path):
    db = str(tmp_path / "seed.sqlite")
    run([str(SEED_ARTICLE)], Options(db=db))
    engine = open_engine(db, readonly=True)
    try:
        statements = queries.statements(engine, View(), 100)
        assert (statements["id"].nunique(), len(statements)) == (12, 13)
        assert queries.statements_count(engine, View()) == 12
    finally:
        engine.dispose()
