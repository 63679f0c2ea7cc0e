"""Concertons' redaction engine against Microsoft Presidio, on the evaluation set, in one run.

    uv run --group bench python -m bench.redaction.run            # figures on "test" and on all texts
    uv run --group bench python -m bench.redaction.run --errors   # plus what leaks on "dev" (to tune)

Presidio is presidio-analyzer as its documentation configures it for French: the spaCy engine
with the installed fr_core_news_md model (nothing is downloaded), supported_languages=["fr"],
and the predefined recognizers it loads for "fr". Every entity it returns is masked.
"""

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.redaction.scoring import LABELS, Score, score  # noqa: E402
from tests.redaction.eval.loader import load_eval_set  # noqa: E402

Predict = Callable[[Sequence[str]], list[list[tuple[int, int]]]]
# The goals of the issue: each figure must also beat Presidio's from the same run.
GOAL_WORDS = 60
GOALS = {"recall": 0.99, "label_recall": 0.97, "visible": 0.01, "over_masking": 0.10, "texts_per_second": 100}


def concertons_engine() -> Predict:
    from concertons.redaction import detect_many

    def predict(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        return [[(span.start, span.end) for span in spans] for spans in detect_many(texts)]

    predict(["Chauffe : Léa MARTIN, 06 12 34 56 78."])  # loads the model outside the timing
    return predict


def presidio_engine() -> Predict:
    import tldextract

    # Presidio's e-mail check asks tldextract for the public-suffix list, which it would try to
    # download: use the snapshot the package ships (this machine has no network).
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    configuration = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": "fr_core_news_md"}],
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.load_predefined_recognizers(languages=["fr"], nlp_engine=nlp_engine)
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["fr"])
    names = sorted({recognizer.name for recognizer in registry.recognizers})
    print(f"Presidio recognizers for fr: {', '.join(names)}")

    def predict(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        return [[(r.start, r.end) for r in analyzer.analyze(text=text, language="fr")] for text in texts]

    predict(["Chauffe : Léa MARTIN, 06 12 34 56 78."])
    return predict


def _spans_of(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    from concertons.redaction import detect_many

    return [[(span.start, span.end) for span in spans] for spans in detect_many(texts)]


def _ready(_: int) -> None:
    _spans_of(["Chauffe : Léa MARTIN."])
    time.sleep(0.5)  # so that each worker takes one of the two warm-up calls


def two_processes_speed(texts: Sequence) -> float:
    """Texts/s of Concertons' engine in two worker processes (this machine has 2 cores), as task
    workers run it; the model is loaded before the clock starts."""
    halves = [[t.text for t in texts[: len(texts) // 2]], [t.text for t in texts[len(texts) // 2 :]]]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_ready, range(2), chunksize=1)
        started = time.perf_counter()
        pool.map(_spans_of, halves, chunksize=1)
        return len(texts) / (time.perf_counter() - started)


def run(predict: Predict, texts: Sequence) -> tuple[list[list[tuple[int, int]]], float, float]:
    """Predictions, texts per second of wall time, and per second of this process's CPU time: the
    machine is shared, CPU time says what one core does whatever else runs beside."""
    started, cpu = time.perf_counter(), time.process_time()
    predictions = predict([item.text for item in texts])
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return predictions, len(texts) / wall, len(texts) / cpu


def table(title: str, scores: dict[str, Score], speeds: list[tuple[str, dict[str, float]]]) -> str:
    engines = list(scores)
    rows = [("privacy recall (identifying characters masked)", lambda s: f"{s.recall():.4f}")]
    for label in LABELS:
        rows.append((f"  recall {label}", lambda s, label=label: f"{s.recall(label):.4f}"))
    rows += [
        ("gold spans left fully or partly visible", lambda s: f"{s.visible_share():.2%}"),
        ("  of which fully visible", lambda s: f"{s.fully_visible_share():.2%}"),
        ("masked characters outside any gold span", lambda s: f"{s.over_masking():.2%}"),
        (
            "clean texts with something masked",
            lambda s: f"{s.clean_texts_touched}/{s.clean_texts} ({s.clean_touched_share():.1%})",
        ),
    ]
    first = scores[engines[0]]
    header = f"{title}: {first.texts} texts, {sum(first.gold_spans.values())} gold spans, {first.clean_texts} clean"
    lines = [header, f"{'':54}" + "".join(f"{name:>16}" for name in engines)]
    for name, value in rows:
        lines.append(f"{name:54}" + "".join(f"{value(scores[engine]):>16}" for engine in engines))
    for name, values in speeds:
        lines.append(f"{name:54}" + "".join(f"{values[engine]:>16.0f}" for engine in engines))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", action="store_true", help="list what leaks and what is over-masked on dev"
    )
    parser.add_argument("--no-presidio", action="store_true", help="run Concertons' engine alone")
    arguments = parser.parse_args()

    everything = load_eval_set()
    splits = {"test": [t for t in everything if t.split == "test"], "all": everything}
    engines = {"concertons": concertons_engine()}
    if not arguments.no_presidio:
        engines["presidio"] = presidio_engine()

    predictions, wall, cpu = {}, {}, {}
    for name, predict in engines.items():
        predictions[name], wall[name], cpu[name] = run(predict, everything)
    by_id = {
        name: dict(zip((t.id for t in everything), found, strict=True)) for name, found in predictions.items()
    }

    parallel = two_processes_speed(everything)
    words = sum(len(t.text.split()) for t in everything) / len(everything)
    # The goal speaks of texts of about 60 words: the same speed in words, over 60.
    speeds = [
        ("texts/s, one process, wall clock", wall),
        ("texts/s, one process, CPU time", cpu),
        (
            f"texts/s of {GOAL_WORDS} words, one process, CPU time",
            {e: cpu[e] * words / GOAL_WORDS for e in cpu},
        ),
    ]
    print(f"Evaluation set: {len(everything)} texts, {words:.0f} words on average.\n")
    for split, texts in splits.items():
        scores = {name: score(texts, [by_id[name][t.id] for t in texts]) for name in engines}
        print(table(f"split {split}", scores, speeds if split == "all" else []), end="\n\n")
    print(
        f"Concertons in 2 processes (2 cores), wall clock: {parallel:.0f} texts/s, "
        f"{parallel * words / GOAL_WORDS:.0f} texts/s of {GOAL_WORDS} words.\n"
    )
    print(
        f"Goals: recall >= {GOALS['recall']}, every label >= {GOALS['label_recall']}, "
        f"< {GOALS['visible']:.0%} of gold spans partly visible, over-masking < {GOALS['over_masking']:.0%}, "
        f">= {GOALS['texts_per_second']} texts/s."
    )

    if arguments.errors:
        dev = [t for t in everything if t.split == "dev"]
        found = score(dev, [by_id["concertons"][t.id] for t in dev])
        print("\nLeaks on dev (label, gold, what stays visible as ·):")
        for text_id, label, gold, visible in found.leaks:
            print(f"  {text_id:28} {label:14} {gold!r:40} {visible!r}")
        print("\nMasked outside gold on dev:")
        for text_id, extra in found.extra:
            print(f"  {text_id:28} {extra!r}")


if __name__ == "__main__":
    main()
