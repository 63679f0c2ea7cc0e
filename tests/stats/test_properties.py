"""Random tables: whatever the data, no secret can be worked out from what is published."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from concertons import stats
from tests.stats.helpers import covers
from tests.stats.linear import hidden_remainders, recoverable

DEPARTEMENTS = ["01", "2A", "47", "971"]
PROFESSIONS = ["ass", "edu", "psy"]
SERVICES = ["ase", "pmi"]
MORE_DEPARTEMENTS = [*DEPARTEMENTS, "33", "24"]

people = st.lists(
    st.fixed_dictionaries(
        {
            "departement": st.sampled_from(DEPARTEMENTS),
            "profession": st.sampled_from(PROFESSIONS),
            "service": st.sampled_from(SERVICES),
        }
    ),
    max_size=60,
)
thresholds = st.sampled_from([3, 4, 5, 8])
# Skewed values, so that dominance happens often.
field_values = st.one_of(st.integers(0, 5), st.integers(50, 500))
# The shapes a campaign publishes side by side, among them the map (département alone).
FAMILIES = [
    [("departement",), ("departement", "profession")],
    [("departement",), ("departement", "profession"), ("departement", "service")],
    [("departement", "profession"), ("profession",)],
    [("departement",), ("profession",), ("departement", "profession")],
    [("departement", "profession"), ("profession", "service")],
    [
        ("departement",),
        ("departement", "profession"),
        ("service", "departement"),
        ("profession",),
        ("service",),
    ],
    [("departement", "profession"), ("departement", "profession")],
]
relaxed = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_published_figures(table, rows):
    """Published figures are exact and large enough; secrets carry no number and are never empty."""
    for cell in table:
        inside = sum(1 for row in rows if covers(cell.key, row, table.by))
        if cell.is_published:
            assert cell.count == inside >= table.k
        elif cell.status is stats.Status.ABSENT:
            assert inside == 0
        else:
            assert cell.count is None and cell.sum is None and cell.median is None
            assert inside > 0  # an empty cell is never used as cover: readers could guess it


@relaxed
@given(rows=people, k=thresholds, by=st.sampled_from([("departement",), ("departement", "profession")]))
def test_no_secret_of_a_single_table_can_be_recovered(rows, k, by):
    table = stats.count_table(rows, by, k=k)
    check_published_figures(table, rows)
    assert recoverable([table]) == set()
    assert all(remainder == 0 or remainder >= k for remainder in hidden_remainders(table))


@relaxed
@given(rows=people, k=thresholds, family=st.sampled_from(FAMILIES))
def test_no_secret_can_be_recovered_across_tables_published_together(rows, k, family):
    tables = stats.protect_together([stats.count_table(rows, by, k=k) for by in family])
    for table in tables:
        check_published_figures(table, rows)
        assert all(remainder == 0 or remainder >= k for remainder in hidden_remainders(table))
    assert recoverable(tables) == set()


@relaxed
@given(rows=people, k=thresholds, family=st.sampled_from(FAMILIES))
def test_a_figure_shared_by_two_tables_has_one_status(rows, k, family):
    tables = stats.protect_together([stats.count_table(rows, by, k=k) for by in family])
    status = {}
    for table in tables:
        for cell in table:
            assert status.setdefault(table.identity(cell.key), (cell.status, cell.count)) == (
                cell.status,
                cell.count,
            )


@relaxed
@given(
    answers=st.lists(
        st.tuples(st.sampled_from(DEPARTEMENTS), st.sampled_from(SERVICES), field_values), max_size=60
    ),
    k=thresholds,
)
def test_no_sum_can_be_recovered_and_published_sums_pass_both_rules(answers, k):
    values = [({"departement": d, "service": s}, value) for d, s, value in answers]
    table = stats.summary_table(values, ["departement", "service"], k=k)
    assert recoverable([table]) == set()
    for cell in table:
        inside = [value for labels, value in values if covers(cell.key, labels, table.by)]
        if cell.is_published:
            assert cell.count == len(inside) >= k
            assert cell.sum == sum(inside)
            assert max(inside) <= stats.DOMINANCE * sum(inside)


@relaxed
@given(
    answers=st.lists(
        st.tuples(st.sampled_from(DEPARTEMENTS), st.sampled_from(SERVICES), field_values), max_size=60
    ),
    k=thresholds,
)
def test_summary_tables_published_together_leak_no_sum(answers, k):
    values = [({"departement": d, "service": s}, value) for d, s, value in answers]
    family = [("departement",), ("departement", "service"), ("service",)]
    tables = stats.protect_together([stats.summary_table(values, by, k=k) for by in family])
    assert recoverable(tables) == set()


testimonies = st.lists(
    st.tuples(
        st.sampled_from(DEPARTEMENTS), st.sets(st.sampled_from(["staffing", "control", "means"]), min_size=1)
    ),
    max_size=40,
)


@relaxed
@given(testimonies=testimonies, k=thresholds)
def test_a_testimony_with_several_themes_counts_once_towards_k(testimonies, k):
    rows = [
        {"testimony": str(number), "departement": departement, "theme": theme}
        for number, (departement, themes) in enumerate(testimonies)
        for theme in sorted(themes)
    ]
    table = stats.count_table(rows, ["departement", "theme"], k=k, contributor="testimony")
    assert recoverable([table]) == set()
    for cell in table:
        if cell.is_published:
            authors = {row["testimony"] for row in rows if covers(cell.key, row, table.by)}
            assert len(authors) >= k


@st.composite
def blocky_people(draw):
    """Each département keeps to one or two professions and services: data fall in blocks, the hard case."""
    habits = {
        departement: {
            "profession": draw(st.lists(st.sampled_from(PROFESSIONS), min_size=1, max_size=2, unique=True)),
            "service": draw(st.lists(st.sampled_from(SERVICES), min_size=1, max_size=2, unique=True)),
        }
        for departement in MORE_DEPARTEMENTS
    }
    rows = []
    for departement in draw(st.lists(st.sampled_from(MORE_DEPARTEMENTS), max_size=80)):
        rows.append(
            {
                "departement": departement,
                "profession": draw(st.sampled_from(habits[departement]["profession"])),
                "service": draw(st.sampled_from(habits[departement]["service"])),
            }
        )
    return rows


@relaxed
@given(rows=blocky_people(), k=thresholds, family=st.sampled_from(FAMILIES))
def test_no_secret_can_be_recovered_when_the_data_fall_in_blocks(rows, k, family):
    tables = stats.protect_together([stats.count_table(rows, by, k=k) for by in family])
    for table in tables:
        check_published_figures(table, rows)
        assert all(remainder == 0 or remainder >= k for remainder in hidden_remainders(table))
    assert recoverable(tables) == set()
