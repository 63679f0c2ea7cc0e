"""Train the project's names model (concertons/redaction/data/names/) on CPU, in about 15 minutes.

    uv run --group bench python -m bench.redaction.train_names            # train and install the model
    uv run --group bench python -m bench.redaction.train_names --epochs 2  # a quick try

What it learns: where a person's name stands in a testimony, as the redaction engine's NER reads
it — every other identifying detail already replaced by its placeholder, and a third of the names
too (the rules find those first). The texts:

* the dev split of the hand-written set (tests/redaction/eval, look-alikes and clean texts
  included, read twice: they are the real voice), never its test split;
* texts written by bench/redaction/generate.py from the dev side only (dev templates, first names,
  surnames and communes), with other seeds than its dev split: nothing of the generated test split.

One eighth of the hand-written dev texts, and some more generated ones, are held out for spaCy's
own scores during training. The model keeps no vectors: its tok2vec reads those of fr_core_news_md,
which the engine loads anyway (names.cfg, initialize.vectors).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.redaction import generate  # noqa: E402
from concertons.redaction.nlp import NAME_LABEL, NAMES_DIR  # noqa: E402
from concertons.redaction.spans import PLACEHOLDERS, Label  # noqa: E402
from tests.redaction.eval.generated_loader import load_generated  # noqa: E402
from tests.redaction.eval.loader import load_eval_set, parse_line  # noqa: E402

CONFIG = Path(__file__).with_name("names.cfg")
TRAIN_DIR = Path(__file__).with_name("train_texts")
GENERATED_TEXTS = 3000
HELD_OUT_GENERATED = 300
SEEDS = {"train": 77, "held_out": 78, "masking": 5, "split": 1, "renaming": 9}
# The rules mask about this share of the names before the model reads a text.
NAMES_MASKED_FIRST = 0.3

Gold = list[tuple[int, int, str]]


def hand_written() -> list[tuple[str, Gold]]:
    return [(t.text, [(g.start, g.end, g.label) for g in t.gold]) for t in load_eval_set("dev")]


def training_texts() -> list[tuple[str, Gold]]:
    """The hand-written texts written for training only (TRAIN_DIR): never scored."""
    texts = []
    for path in sorted(TRAIN_DIR.glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                text, gold = parse_line(line, file=path.name, lineno=number)
                texts.append((text, [(g.start, g.end, g.label) for g in gold]))
    return texts


def in_fold(text: str, fold: str) -> bool:
    """Whether the text is in fold "K/N" (a stable hash of the text, modulo N, is K)."""
    k, n = (int(part) for part in fold.split("/"))
    return zlib.crc32(text.encode("utf-8")) % n == k


def with_other_names(text: str, gold: Gold, rng: Random) -> tuple[str, Gold]:
    """The text with its people renamed (same case, same number of words, the same name the same
    way each time): the model learns where a name stands, not which names it saw."""
    lex = generate.lexicon("dev")
    first_names = [names for key, names in lex.first_names.items()]
    renamed: dict[str, str] = {}
    pieces, new_gold, position, length = [], [], 0, 0
    for start, end, label in sorted(gold):
        pieces.append(text[position:start])
        length += start - position
        piece = text[start:end]
        if label == "PERSON":
            if piece not in renamed:
                words = piece.split()
                new = [
                    rng.choice(first_names).pick(rng)
                    if i < len(words) - 1 or len(words) == 1 and rng.random() < 0.5
                    else lex.surnames.pick(rng)
                    for i in range(len(words))
                ]
                new = [
                    n.lower() if w.islower() else n.upper() if w.isupper() and len(w) > 1 else n
                    for w, n in zip(words, new, strict=True)
                ]
                renamed[piece] = " ".join(new)
            piece = renamed[piece]
        pieces.append(piece)
        new_gold.append((length, length + len(piece), label))
        length += len(piece)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), new_gold


def generated(count: int, seed: int, seen: set[str]) -> list[tuple[str, Gold]]:
    """Texts of the generator's dev side, none of which is in its dev or test split."""
    rng = Random(seed)
    texts: list[tuple[str, Gold]] = []
    while len(texts) < count:
        item = generate.compose(rng, "dev")
        key = " ".join(generate.fold(item.text).split())
        if key in seen or generate.problems(item):
            continue
        seen.add(key)
        texts.append((item.text, [(start, end, label) for start, end, label, _ in item.gold]))
    return texts


def as_read(text: str, gold: Gold, rng: Random) -> tuple[str, list[tuple[int, int]]]:
    """The text as the NER reads it (other details as placeholders) and its names' offsets there."""
    pieces, names, position, length = [], [], 0, 0
    for start, end, label in sorted(gold):
        pieces.append(text[position:start])
        length += start - position
        if label == "PERSON" and rng.random() >= NAMES_MASKED_FIRST:
            names.append((length, length + end - start))
            piece = text[start:end]
        else:
            piece = PLACEHOLDERS[Label(label)]
        pieces.append(piece)
        length += len(piece)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), names


def write_corpus(texts: list[tuple[str, Gold]], path: Path, rng: Random) -> None:
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    blank = spacy.blank("fr")
    corpus = DocBin()
    for text, gold in texts:
        read, names = as_read(text, gold, rng)
        doc = blank.make_doc(read)
        spans = [doc.char_span(start, end, label=NAME_LABEL, alignment_mode="expand") for start, end in names]
        doc.ents = filter_spans([span for span in spans if span is not None])
        corpus.add(doc)
    corpus.to_disk(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=None, help="override training.max_epochs of names.cfg")
    parser.add_argument(
        "--max-steps",
        type=int,
        default=None,
        help="stop after this many steps instead of early (no patience): the training folder has grown",
    )
    parser.add_argument(
        "--out", type=Path, default=NAMES_DIR, help=f"where the model goes (default {NAMES_DIR})"
    )
    parser.add_argument(
        "--leave-out",
        metavar="K/N",
        help="leave out the hand-written texts of fold K of N (by hash), to judge the rules after the "
        "model on texts it never read (cross-validation); the model is then not for shipping",
    )
    arguments = parser.parse_args()

    seen = {
        " ".join(generate.fold(item.text).split())
        for split in ("dev", "test")
        for item in load_generated(split)
    }
    hand, extra = hand_written(), training_texts()
    if arguments.leave_out:
        hand = [item for item in hand if not in_fold(item[0], arguments.leave_out)]
        extra = [item for item in extra if not in_fold(item[0], arguments.leave_out)]
    Random(SEEDS["split"]).shuffle(hand)
    held_out = len(hand) // 8
    real = hand[held_out:] + extra
    renaming = Random(SEEDS["renaming"])
    train = (
        real * 2
        + [with_other_names(text, gold, renaming) for text, gold in real]
        + generated(GENERATED_TEXTS, SEEDS["train"], seen)
    )
    dev = hand[:held_out] + generated(HELD_OUT_GENERATED, SEEDS["held_out"], seen)
    rng = Random(SEEDS["masking"])
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        write_corpus(train, folder / "train.spacy", rng)
        write_corpus(dev, folder / "dev.spacy", rng)
        print(f"{len(train)} training texts, {len(dev)} held out", flush=True)
        command = [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(CONFIG),
            "--output",
            str(folder / "out"),
            "--paths.train",
            str(folder / "train.spacy"),
            "--paths.dev",
            str(folder / "dev.spacy"),
        ]
        if arguments.epochs:
            command += ["--training.max_epochs", str(arguments.epochs)]
        if arguments.max_steps:
            command += ["--training.max_steps", str(arguments.max_steps), "--training.patience", "0"]
        subprocess.run(command, check=True)
        install(folder / "out" / "model-best", arguments.out)


def install(model: Path, target: Path) -> None:
    """The trained pipeline without its vocabulary (the vectors of fr_core_news_md: 40 MB) and
    tokenizer (the French one of spaCy, built from the config)."""
    import spacy

    nlp = spacy.load(model)
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target, exclude=["vocab", "tokenizer"])
    print(f"model written to {target}")


if __name__ == "__main__":
    main()
