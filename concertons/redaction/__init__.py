"""Find and mask what identifies a person in a French testimony. Pure Python: no Django here.

>>> from concertons import redaction
>>> redaction.redact("Léa MARTIN, née le 3 mars 2015, 06 12 34 56 78")
'[personne], née le [date de naissance], [téléphone]'
"""

from concertons.redaction.engine import detect, detect_many, redact
from concertons.redaction.spans import PLACEHOLDERS, Label, Span, mask, merge

__all__ = ["PLACEHOLDERS", "Label", "Span", "detect", "detect_many", "mask", "merge", "redact"]
