"""Logging that never tells when someone testified.

A log line carries its own time, and journald adds its own on top, to the microsecond, to every line a
service writes; a line about a testimony request (or its SQL) would therefore give the exact submission
time that the database itself refuses to keep. This filter, attached to every handler in settings.LOGGING
(and to granian's, see `concertons serve`), drops such lines below ERROR. Errors are not dropped, so that a
failure is still seen and fixed, but they are not written when they happen either: they are held, without
the request, dated to the hour, and written at the next full hour, all together.
"""

import logging
import re
import threading
import time

# Public testimony pages (the form and its receipt, the author's follow-up), the API routes, the proof-of-work
# challenge a testimony form fetches just before it is sent, the moderation pages of one testimony, and SQL
# touching the testimonies tables.
TESTIMONY_TRACES = re.compile(
    r"/temoigner|/constats/suivi|/testimonies|testimonies_|/api/altcha/|/gestion/[^/\s]+/constats/[0-9a-f]{8}-"
)
# A record logged with extra={TESTIMONY_TRACE: True} is about testimonies whatever its words (a periodic job
# that masks them, for instance).
TESTIMONY_TRACE = "testimony_trace"
HOUR = 3600
_FORMATTER = logging.Formatter()


class DropTestimonyTraces(logging.Filter):
    def __init__(self, name: str = ""):
        super().__init__(name)
        self._held: list[logging.LogRecord] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        released_by = getattr(record, "released_by", None)
        if released_by is not None:  # an error held until the hour: written by the handlers that held it
            return released_by is self
        if not self._about_testimonies(record):
            return True
        if record.levelno < logging.ERROR:
            return False
        with self._lock:
            if any(held is record for held in self._held):
                return False  # the same record, met again by another handler sharing this filter
            record.created = record.created // HOUR * HOUR
            record.msecs = 0
            record.request = None
            # Keep words, not objects: a traceback holds the request and the form that was sent.
            record.msg, record.args = record.getMessage(), None
            if record.exc_info:
                record.exc_text = _FORMATTER.formatException(record.exc_info)
                record.exc_info = None
            self._held.append(record)
            if self._timer is None:
                self._timer = threading.Timer(HOUR - time.time() % HOUR, self.release)
                self._timer.daemon = True
                self._timer.start()
        return False

    def release(self) -> None:
        """Write the held errors now (a timer does it at the next full hour)."""
        with self._lock:
            held, self._held = self._held, []
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        for record in held:
            record.released_by = self
            logging.getLogger(record.name).handle(record)

    @staticmethod
    def _about_testimonies(record: logging.LogRecord) -> bool:
        if getattr(record, TESTIMONY_TRACE, False):
            return True
        request = getattr(record, "request", None)
        path = getattr(request, "path", "") if request is not None else ""
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not ours to judge; let logging report it
            return False
        return bool(TESTIMONY_TRACES.search(path) or TESTIMONY_TRACES.search(message))
