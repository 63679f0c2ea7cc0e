"""The one place that reads and writes a testimony's sealed texts: its raw text and its author's answers.

Each value is bound to its own row (the context), so a sealed text copied into another row opens nowhere.
"""

from concertons.testimonies import crypto
from concertons.testimonies.models import Testimony, TestimonyMessage


def raw_text(testimony: Testimony) -> str | None:
    """The author's original text, or None once destroyed."""
    return crypto.decrypt(testimony.raw_text_encrypted, context=f"testimony:{testimony.id}")


def seal_raw_text(testimony: Testimony, text: str) -> None:
    testimony.raw_text_encrypted = crypto.encrypt(text, context=f"testimony:{testimony.id}") if text else None


def answer_original(message: TestimonyMessage) -> str | None:
    """An author's answer as written, or None once destroyed."""
    return crypto.decrypt(message.text_encrypted, context=f"testimony-message:{message.id}")


def seal_answer(message: TestimonyMessage, text: str) -> None:
    message.text_encrypted = crypto.encrypt(text, context=f"testimony-message:{message.id}")
