"""Whole public pages kept for anonymous visitors, with the few per-visitor values filled in on each request.

When a call spreads, thousands open the same page: rendering it each time (its layout, forms and figures)
costs 5–20 ms of CPU where a static file costs 0.2 ms (bench/pages). A page kept here is rendered once per
*generation*: the site's generation, bumped when anything site-wide changes (a collective's look, a call's
text or status), its call's, bumped when something the call's public pages show changes (a new snapshot of the
published figures, a testimony published), and, for the pages that show them, the call's live signatures
(`SIGNATURES`: bumped by every confirmation, which must not render the dashboards again). So a visitor never
sees a page older than the last change, however few or many visitors there are; the generations live in the
shared cache, so every server process and worker sees a bump at once.

The values that must differ per visitor are rendered as *holes* (an unguessable marker) and filled on every
request: the CSRF token, the time trap's start and the proof-of-work challenge. Views mark them with
`hole_or(request, name, compute)`; the CSRF context processor below does it for `{% csrf_token %}`.

Privacy: a kept page is a public page, and its cache row expires at a midnight (no time of day); a
generation is a random token that says nothing of when or why it changed.
"""

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import get_language

SITE = "site"
# The part of a call's pages that changes with every confirmed signature: its live count and list.
SIGNATURES = "signatures"
_RENDERING = "_concertons_page_cache_rendering"
_VALID_UNTIL = "_concertons_page_valid_until"
# A visitor with a session (staff, or a pending message) or a message cookie sees a live page.
_PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
_MAX_QUERY = 200  # longer query strings are not kept (each would be a row of its own)


def _marker(name: str) -> str:
    """A hole's marker: derived from the secret key, so the same in every process and never typed by anyone."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"concertons.hole.{name}".encode(), hashlib.sha256)
    return f"hole{digest.hexdigest()[:24]}"


# What fills each hole (escaped for HTML when filled: every hole sits where the template would escape).
_FILLS: dict[str, Callable[[HttpRequest], str]] = {"csrf": get_token}


def register_hole(name: str, fill: Callable[[HttpRequest], str]) -> None:
    _FILLS[name] = fill


def hole_or(request: HttpRequest | None, name: str, compute: Callable[[], str]) -> str:
    """The hole's marker while the page is rendered to be kept, else the value itself."""
    if request is not None and getattr(request, _RENDERING, False):
        return _marker(name)
    return compute()


def valid_until(request: HttpRequest, *moments) -> None:
    """The page changes by itself at the first of these moments (a call closes, a meeting ends): a kept copy
    is not served from then on. Past moments and None are ignored."""
    now = timezone.now()
    future = [moment.timestamp() for moment in moments if moment is not None and moment > now]
    if future:
        current = getattr(request, _VALID_UNTIL, None)
        setattr(request, _VALID_UNTIL, min(future + ([current] if current else [])))


def csrf(request: HttpRequest) -> dict:
    """Context processor (after Django's own): `{% csrf_token %}` renders a hole in a page being kept."""
    return {"csrf_token": _marker("csrf")} if getattr(request, _RENDERING, False) else {}


def _fill(request: HttpRequest, html: str) -> str:
    for name, fill in _FILLS.items():
        marker = _marker(name)
        if marker in html:
            html = html.replace(marker, escape(fill(request)))
    return html


def _generation_key(scope: str) -> str:
    return f"pages:generation:{scope}"


def bump(scope: str = SITE) -> None:
    """Every page of this scope (a call's slug, or SITE for all) is rendered again at its next visit: now, and
    again once the transaction commits, since a page rendered in between read the data from before it."""
    _new_generation(scope)
    transaction.on_commit(lambda: _new_generation(scope))


def _new_generation(scope: str) -> None:
    cache.set(_generation_key(scope), secrets.token_hex(8), timeout=until_a_midnight())
    for kept in list(_PER_GENERATION):  # a copy: other threads may be adding to it
        if scope in (SITE, kept[0]):
            _PER_GENERATION.pop(kept, None)


def _keepable(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not any(name in request.COOKIES for name in _PERSONAL_COOKIES)
        and len(request.META.get("QUERY_STRING", "")) <= _MAX_QUERY
    )


def _htmx(request: HttpRequest) -> bool:
    """An htmx request may get a fragment instead of the page: kept apart."""
    return bool(getattr(request, "htmx", False))


def until_a_midnight() -> float:
    """A timeout whose expiry falls on the second midnight to come: a cache row's expiry then says no time of
    day (say, of the first visit after a testimony was published), whatever the backend stores. A float, so
    that the database cache's `time.time() + timeout`, cut to the second, lands on the midnight itself."""
    now = timezone.localtime()
    midnight = (now + timezone.timedelta(days=2)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.timestamp() - time.time()


def part(slug: str, name: str) -> str:
    """The scope of one part of a call's pages, bumped apart: "signatures" changes with every confirmation, which
    would otherwise render again pages that show only published figures (the dashboards)."""
    return f"{slug}:{name}"


def public_page(view: Callable | None = None, *, parts: tuple[str, ...] = ()) -> Callable:
    """Keep a public page of a call (a view taking `slug`) for anonymous visitors; see the module's note. The page
    is rendered again when the site or its call changes, and when one of the call's `parts` it shows changes."""
    if view is None:
        return lambda view: public_page(view, parts=parts)

    @wraps(view)
    def wrapper(request: HttpRequest, *args, slug: str, **kwargs) -> HttpResponse:
        if not _keepable(request):
            return view(request, *args, slug=slug, **kwargs)
        page_key = (
            "pages:"
            + hashlib.sha256(
                repr(
                    (
                        view.__module__,
                        view.__qualname__,
                        request.get_full_path(),
                        get_language(),
                        _htmx(request),
                    )
                ).encode()
            ).hexdigest()
        )
        scopes = [SITE, slug, *(part(slug, name) for name in parts)]
        generation_keys = [_generation_key(scope) for scope in scopes]
        found = cache.get_many([page_key, *generation_keys])
        generations = tuple(found.get(key) for key in generation_keys)
        kept = found.get(page_key)
        if None not in generations and kept is not None and kept[0] == generations and time.time() < kept[1]:
            _generations, _valid_until, status, headers, html = kept
        else:
            generations = _current_generations(*generation_keys, found=found)
            setattr(request, _RENDERING, True)
            try:
                response = view(request, *args, slug=slug, **kwargs)
            finally:
                setattr(request, _RENDERING, False)
            if response.status_code != 200 or response.streaming or response.cookies:
                return response
            status, html = response.status_code, response.content.decode(response.charset)
            headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
            valid = getattr(request, _VALID_UNTIL, None) or float("inf")
            cache.set(page_key, (generations, valid, status, headers, html), timeout=until_a_midnight())
        response = HttpResponse(_fill(request, html), status=status)
        for name, value in headers:
            response[name] = value
        return response

    return wrapper


_PER_GENERATION: dict[tuple[str, str], tuple[str, object, float]] = {}
# How long a process trusts what kept_per_generation keeps before asking the cache whether the site changed
# in another process: reading the generation was a tenth of a signature's cost on PostgreSQL
# (bench/signatures). A signature counted against a call closed in another process less than a second ago is
# as if it had come a second earlier; a change made in this process is seen at once (_new_generation).
RECHECK_SECONDS = 1.0


def kept_per_generation(scope: str, key: str, compute: Callable[[], object]) -> object:
    """`compute()`, computed again in this process only when `scope`'s generation has changed since: as fresh
    as the kept pages, for what the busiest requests read (the call a signature is for). The value is shared
    by the process's threads: never change it. None is not kept (unknown slugs must not fill the memory)."""
    kept = _PER_GENERATION.get((scope, key))
    now = time.monotonic()
    if kept is not None and now - kept[2] < RECHECK_SECONDS:
        return kept[1]
    generation_key = _generation_key(scope)
    [generation] = _current_generations(generation_key, found=cache.get_many([generation_key]))
    if kept is not None and kept[0] == generation:
        _PER_GENERATION[(scope, key)] = (generation, kept[1], now)
        return kept[1]
    value = compute()
    if value is not None:
        _PER_GENERATION[(scope, key)] = (generation, value, now)
    return value


_FIXED: dict[tuple[str, str | None], str] = {}


def fixed_page(request: HttpRequest, template: str, *, status: int) -> HttpResponse:
    """A page that shows nothing from the database (the 404 page): rendered once per process and language
    for anonymous visitors, its holes filled per request."""
    if not _keepable(request):
        return render(request, template, status=status)
    key = (template, get_language())
    if (html := _FIXED.get(key)) is None:
        setattr(request, _RENDERING, True)
        try:
            html = _FIXED[key] = render_to_string(template, request=request)
        finally:
            setattr(request, _RENDERING, False)
    return HttpResponse(_fill(request, html), status=status)


def _current_generations(*keys: str, found: dict) -> tuple[str, ...]:
    """The generations to file a new rendering under; a missing one (never bumped, or evicted) is started."""
    current = []
    for key in keys:
        value = found.get(key)
        if value is None:
            cache.add(key, secrets.token_hex(8), timeout=until_a_midnight())
            value = cache.get(key)
        current.append(value)
    return tuple(current)
