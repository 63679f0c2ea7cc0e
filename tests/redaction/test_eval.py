"""The engine judged on the evaluation set's "test" split (never tuned on): the issue's goals.

Where a goal is not reached yet, the test holds the level reached, so that nothing slips back;
the gap is written next to it. Figures are on characters, as bench/redaction/scoring.py says.
"""

import pytest

from bench.redaction.scoring import LABELS, Score, score
from concertons.redaction import detect_many
from tests.redaction.eval.loader import load_eval_set

# The goals of issue 12.
GOAL_RECALL = 0.995
GOAL_LABEL_RECALL = 0.98
GOAL_VISIBLE_SPANS = 0.005
GOAL_OVER_MASKING = 0.05
GOAL_CLEAN_TOUCHED = 0.03
# Reached on the test split, below a goal (the gap is honest, not hidden), 2026-12-03: 506 texts /
# 869 gold spans, of which 268 texts written that day in seven batches by people who never read the
# engine. Batches 4-5 and 6-7 were each measured before any fix of theirs: 9 % of their new gold
# spans stayed partly visible, against 4 % on what the engine had been fixed on. On 2026-12-03
# (evening), after two more fresh batches read for training only (bench/redaction/train_texts/
# fresh_*.txt) and a rule that takes old full dates for births: recall 0.986, PERSON 0.982, ADDRESS
# 0.984, DATE_OF_BIRTH 1.0, CASE_ID 0.950, 3.0 % of gold spans partly visible (26 spans), 13 of 191
# clean or look-alike texts touched (6.8 %). On 2026-12-04, after six more fresh batches scored
# before reading then read for training only: recall 0.990, PERSON 0.983, ADDRESS 0.992, CASE_ID
# 0.974, 2.3 % of gold spans partly visible (20 spans), 13 of 191 touched. Later that day, after
# four more fresh batches (fresh_i…l): recall 0.991, PERSON 0.985, 2.1 % partly visible (18 spans).
# On 2026-12-07 (twenty-second session), after 28 more batches (train_texts' README): recall 0.9929, PERSON
# 0.987, CASE_ID 0.995, 1.50 % partly visible (13 spans), 10 of 191 clean or look-alike texts touched.
# On 2026-12-07 (twenty-fourth session), after 22 more batches: the same, but 8 of 191 touched.
REACHED_RECALL = 0.991
REACHED_LABEL_RECALL = {"CASE_ID": 0.99}
REACHED_VISIBLE_SPANS = 0.017
REACHED_CLEAN_TOUCHED = 0.05


@pytest.fixture(scope="module")
def test_split() -> Score:
    texts = load_eval_set("test")
    predictions = [[(span.start, span.end) for span in spans] for spans in detect_many(t.text for t in texts)]
    return score(texts, predictions)


def test_privacy_recall_on_the_test_split(test_split):
    assert test_split.recall() >= min(GOAL_RECALL, REACHED_RECALL)


@pytest.mark.parametrize("label", LABELS)
def test_privacy_recall_of_each_label(test_split, label):
    assert test_split.recall(label) >= REACHED_LABEL_RECALL.get(label, GOAL_LABEL_RECALL)


def test_few_gold_spans_stay_even_partly_visible(test_split):
    assert test_split.visible_share() <= max(GOAL_VISIBLE_SPANS, REACHED_VISIBLE_SPANS)


def test_over_masking_stays_under_a_tenth_of_masked_characters(test_split):
    assert test_split.over_masking() < GOAL_OVER_MASKING


def test_clean_texts_are_rarely_touched(test_split):
    assert test_split.clean_texts_touched <= test_split.clean_texts * max(
        GOAL_CLEAN_TOUCHED, REACHED_CLEAN_TOUCHED
    )
