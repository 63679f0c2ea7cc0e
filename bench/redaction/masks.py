"""What the engine masks on every dev-side text, saved, then compared with another commit's (issue 12).

    python -m bench.redaction.masks dump BEFORE.json      # on one commit
    python -m bench.redaction.masks dump AFTER.json       # on the next
    python -m bench.redaction.masks compare BEFORE.json AFTER.json

A change meant for speed or for legibility must leave every mask as it was; a change of the rules shows
here each span it adds or drops, with the words around it, to read before committing. The texts are the
dev side only (the hand-written dev split, the generated dev split and the training-only texts of
train_texts/), never a test split. A dump takes a few minutes of one core.
"""

import argparse
import json
import sys
import zlib
from pathlib import Path

from bench.redaction.train_names import training_texts
from concertons.redaction import detect_many
from tests.redaction.eval.generated_loader import load_generated
from tests.redaction.eval.loader import load_eval_set

SHOWN = 30  # texts whose changes are printed


def dev_side_texts() -> dict[str, str]:
    """Every dev-side text by a stable key: its file and line, or a hash of a training text."""
    texts = {f"dev|{text.id}": text.text for text in load_eval_set("dev")}
    texts |= {f"gen|{text.id}": text.text for text in load_generated("dev")}
    texts |= {f"train|{zlib.crc32(text.encode()):08x}": text for text, _gold in training_texts()}
    return texts


def dump(path: Path) -> None:
    texts = dev_side_texts()
    spans = {
        key: [[span.start, span.end, str(span.label)] for span in found]
        for key, found in zip(texts, detect_many(texts.values()), strict=True)
    }
    path.write_text(json.dumps({"texts": texts, "spans": spans}, ensure_ascii=False), encoding="utf-8")
    print(f"{len(spans)} texts masked, saved to {path}")


def compare(before_path: Path, after_path: Path) -> int:
    """Prints the spans each text gained (+) or lost (-); returns how many texts changed."""
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    changed = 0
    for key, old in before["spans"].items():
        new = after["spans"].get(key)
        if new is None or new == old:
            continue
        changed += 1
        if changed > SHOWN:
            continue
        text = before["texts"][key]
        print(key)
        for sign, spans in (
            ("-", {tuple(s) for s in old} - {tuple(s) for s in new}),
            ("+", {tuple(s) for s in new} - {tuple(s) for s in old}),
        ):
            for start, end, label in sorted(spans):
                print(f"  {sign} {label} {text[start:end]!r} in {text[max(0, start - 30) : end + 30]!r}")
    print(f"{changed} of {len(before['spans'])} texts changed")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump").add_argument("path", type=Path)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.path)
    else:
        sys.exit(1 if compare(args.before, args.after) else 0)


if __name__ == "__main__":
    main()
