"""An independent referee for the suppression: exact linear algebra on what a reader can see.

It uses only the public side of the tables (their structure and which figures are secret), writes every
"margin = sum of its cells" equation of every table, treats figures shared by several tables as one
unknown, and asks for each secret figure whether the published figures determine it.
"""

from fractions import Fraction

from concertons.stats import Status, Table


def equations(table: Table) -> list[dict]:
    """Each equation as {identity: coefficient}, equal to zero."""
    cell = table.identity
    if len(table.by) == 1:
        (labels,) = table.levels
        return [{**{cell((label,)): 1 for label in labels}, cell((None,)): -1}]
    rows, columns = table.levels
    found = [
        {**{cell((row, column)): 1 for column in columns}, cell((row, None)): -1} for row in (*rows, None)
    ]
    found += [
        {**{cell((row, column)): 1 for row in rows}, cell((None, column)): -1} for column in (*columns, None)
    ]
    return found


def recoverable(tables: list[Table]) -> set:
    """The secret figures that the published figures of these tables pin down exactly."""
    unknown = sorted(
        {table.identity(cell.key) for table in tables for cell in table if cell.status is Status.SECRET},
        key=lambda identity: sorted(identity),
    )
    column = {identity: position for position, identity in enumerate(unknown)}
    matrix = []
    for table in tables:
        for equation in equations(table):
            row = [Fraction(0)] * len(unknown)
            for identity, coefficient in equation.items():
                if identity in column:  # published figures move to the other side of the equation
                    row[column[identity]] += coefficient
            if any(row):
                matrix.append(row)
    pivots = _reduce(matrix)
    # In reduced row echelon form, a secret is determined exactly when its pivot row holds nothing else.
    return {
        unknown[pivot]
        for pivot, row in pivots.items()
        if all(value == 0 for position, value in enumerate(row) if position != pivot)
    }


def _reduce(matrix: list[list[Fraction]]) -> dict[int, list[Fraction]]:
    """Reduced row echelon form: {pivot column: its row}."""
    pivots: dict[int, list[Fraction]] = {}
    rows = [row[:] for row in matrix]
    width = len(rows[0]) if rows else 0
    rank = 0
    for position in range(width):
        chosen = next((index for index in range(rank, len(rows)) if rows[index][position] != 0), None)
        if chosen is None:
            continue
        rows[rank], rows[chosen] = rows[chosen], rows[rank]
        pivot_row = [value / rows[rank][position] for value in rows[rank]]
        rows[rank] = pivot_row
        for index in range(len(rows)):
            if index != rank and rows[index][position] != 0:
                factor = rows[index][position]
                rows[index] = [
                    value - factor * pivot for value, pivot in zip(rows[index], pivot_row, strict=True)
                ]
        rank += 1
    for row in rows[:rank]:
        position = next(index for index, value in enumerate(row) if value != 0)
        pivots[position] = row
    return pivots


def hidden_remainders(table: Table) -> list[int]:
    """For each line whose margin is published: the margin minus its published cells, as a reader computes it."""
    remainders = []
    for equation in equations(table):
        (margin,) = [identity for identity, coefficient in equation.items() if coefficient == -1]
        by_identity = {table.identity(cell.key): cell for cell in table}
        if by_identity[margin].status is Status.SECRET:
            continue
        cells = [by_identity[identity] for identity in equation if identity != margin]
        if any(cell.status is Status.SECRET for cell in cells):
            remainders.append(
                by_identity[margin].count - sum(cell.count for cell in cells if not cell.is_secret)
            )
    return remainders
