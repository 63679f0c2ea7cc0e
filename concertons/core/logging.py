"""Logging that never tells when someone testified.

A log line carries its own time; a line about a testimony request (or its SQL) would therefore give the
exact submission time that the database itself refuses to keep. This filter, attached to every handler in
settings.LOGGING, drops such lines below ERROR, and lets errors through dated to the hour only, without
the request, so that a failure is still seen and fixed.
"""

import logging
import re

# Public testimony pages, the receipt page, the API routes, and SQL touching the testimonies tables.
TESTIMONY_TRACES = re.compile(r"/temoigner/|/constats/suivi/|/testimonies|testimonies_|/api/testimonies")
HOUR = 3600


class DropTestimonyTraces(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        path = getattr(request, "path", "") if request is not None else ""
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not ours to judge; let logging report it
            return True
        if not (TESTIMONY_TRACES.search(path) or TESTIMONY_TRACES.search(message)):
            return True
        if record.levelno < logging.ERROR:
            return False
        record.created = record.created // HOUR * HOUR
        record.msecs = 0
        record.request = None
        return True
