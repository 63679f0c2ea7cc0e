import logging

from concertons.core.logging import DropTestimonyTraces


def record(message: str, level=logging.INFO, created=1_795_447_123.456) -> logging.LogRecord:
    entry = logging.LogRecord("django.server", level, __file__, 1, message, None, None)
    entry.created = created
    return entry


def test_lines_about_testimonies_are_dropped_below_error():
    keep = DropTestimonyTraces()
    assert not keep.filter(record('"POST /appel/temoigner/ HTTP/1.1" 200'))
    assert not keep.filter(record('INSERT INTO "testimonies_testimony" ...', level=logging.DEBUG))
    assert not keep.filter(record('"POST /constats/suivi/ HTTP/1.1" 404', level=logging.WARNING))
    assert keep.filter(record('"GET /appel/ HTTP/1.1" 200'))


def test_errors_about_testimonies_pass_dated_to_the_hour_only():
    entry = record("Internal Server Error: /appel/temoigner/", level=logging.ERROR)
    assert DropTestimonyTraces().filter(entry)
    assert entry.created % 3600 == 0 and entry.msecs == 0 and entry.request is None
