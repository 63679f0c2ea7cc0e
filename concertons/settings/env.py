"""Read settings from the environment; the only place that parses environment variables."""

import os
import secrets
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

TRUE_WORDS = {"1", "true", "yes", "on", "oui"}


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in TRUE_WORDS


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or default


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def secret_key(data_dir: Path) -> str:
    """SECRET_KEY from the environment, else from a local file created once (never in git)."""
    if key := os.environ.get("SECRET_KEY", "").strip():
        return key
    return _generated_secret(data_dir / "secret_key", nbytes=50)


def _generated_secret(path: Path, *, nbytes: int) -> str:
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(nbytes)
    # O_EXCL: two processes starting at once keep the same key (the loser reads the winner's file).
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def email_settings(url: str | None) -> dict:
    """Map EMAIL_URL (smtp://user:password@host:port, smtp+tls://, smtp+ssl://) to Django settings."""
    if not url:
        return {
            "EMAIL_HOST": os.environ.get("EMAIL_HOST", "127.0.0.1"),
            "EMAIL_PORT": env_int("EMAIL_PORT", 25),
            "EMAIL_HOST_USER": os.environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_TLS": env_bool("EMAIL_USE_TLS"),
            "EMAIL_USE_SSL": env_bool("EMAIL_USE_SSL"),
        }
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtp+tls", "smtp+ssl", "smtps", "submission"}:
        raise ValueError(f"EMAIL_URL: unsupported scheme {parts.scheme!r}")
    query = parse_qs(parts.query)
    use_ssl = parts.scheme in {"smtp+ssl", "smtps"} or "ssl" in query
    use_tls = parts.scheme in {"smtp+tls", "submission"} or "tls" in query
    return {
        "EMAIL_HOST": parts.hostname or "127.0.0.1",
        "EMAIL_PORT": parts.port or (465 if use_ssl else 587 if use_tls else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }
