"""Find and mask what identifies a person in a French testimony. Pure Python: no Django here.

>>> from concertons import redaction
>>> redaction.redact("Léa MARTIN, née le 3 mars 2015, 06 12 34 56 78")
'[personne], née le [date de naissance], [téléphone]'

detect(text) -> [Span(start, end, label, source)], merged and in order, offsets in the text as
given; detect_many(texts) streams many texts through the NLP model in batches; mask(text, spans)
puts each label's placeholder (PLACEHOLDERS) in place of each merged span.

How a text is read (engine.py):
1. cleaning.py: invisible characters (zero-width, bidi marks) are set aside, controls blanked;
2. rules: phones.py (checked with phonenumbers), identifiers.py (NIR and IBAN checked with
   python-stdnum, e-mails, case numbers), dates.py (dates of birth), addresses.py, workplaces.py,
   tables.py (pasted tables, by their header), and the word rules of persons.py (titles, family
   words, form fields, INSEE first names and surnames, capitals);
3. two NER models read the text with those spans already masked, as they would read the redacted
   text: spaCy's fr_core_news_md, whose PER entities are checked against the keep-lists
   (gazetteers.py: communes and départements from concertons.geo, institutions, job titles…), and
   the project's names model (data/names, trained by bench/redaction/train_names.py on the dev
   side of the evaluation set), whose NAME entities are held to lighter checks: it finds the names
   no list knows ("appelé tesfaye hier");
4. every other occurrence of a name found is masked too, dates and streets right after a name
   are read as its birth date and home, an address's house number said again alone ("au 8,") is
   masked, a "name" right after an animal or in a saint's day ("le chat Grisou", "la
   Sainte-Constance") is dropped, and spans.merge() joins what overlaps.
Each span says which source found it ("stdnum:nir", "spacy", "gazetteer:first-name+spacy"…).
"""

from concertons.redaction.engine import detect, detect_many, redact
from concertons.redaction.spans import PLACEHOLDERS, Label, Span, mask, merge

__all__ = ["PLACEHOLDERS", "Label", "Span", "detect", "detect_many", "mask", "merge", "redact"]
