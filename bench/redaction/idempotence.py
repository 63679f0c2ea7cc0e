"""Masking a masked text finds nothing more: checked on many random texts (issue 12).

    python -m bench.redaction.idempotence [--texts 6000] [--seed 7]

Texts are made the way tests/redaction/test_properties.py makes them (identifying fragments mixed
with random letters, brackets and punctuation: the garbage where a second reading could differ),
but by the thousand, which a test should not cost. Prints how many texts a second masking changed,
and the first few of them.
"""

import argparse
import random
import string

from concertons.redaction import detect_many, mask
from tests.redaction.test_properties import FRAGMENTS

ALPHABET = string.ascii_letters + "àéèçÀÉœÇù[]();:,.'’- 0123456789\n"


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 14)):
        if rng.random() < 0.6:
            parts.append(rng.choice(FRAGMENTS))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12))))
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = [random_text(rng) for _ in range(args.texts)]
    once = [mask(text, spans) for text, spans in zip(texts, detect_many(texts), strict=True)]
    twice = [mask(text, spans) for text, spans in zip(once, detect_many(once), strict=True)]
    changed = [(text, a, b) for text, a, b in zip(texts, once, twice, strict=True) if a != b]
    print(f"{len(changed)} of {len(texts)} texts changed when masked twice (seed {args.seed})")
    for text, a, b in changed[:5]:
        print(f"  text:  {text!r}\n  once:  {a!r}\n  twice: {b!r}")


if __name__ == "__main__":
    main()
