"""Primary and secondary suppression.

A table with its margins is a set of equations: every margin is the sum of the cells it covers. Write
each figure as an edge of a graph whose nodes are the equations it takes part in (for a 2-D table: one
node per row and one per column, the margins being the row and the column "all"). Once the published
figures are put in, the secret figures are the edges of a smaller graph, and linear algebra on such a
graph says: a secret figure can be worked out from the published ones exactly when it is a *bridge*,
an edge on no cycle of secret figures. So secondary suppression within a table means: no secret edge
is a bridge. On top of that, the secret cells of a line whose margin is published must, taken
together, pass the rule themselves (k contributors, no dominant one), so that "the margin minus the
published cells" never shows a small group. Empty cells are never used as cover: a reader can guess
they are empty, and the cover would be worth nothing.

Tables published side by side share figures (the map's département totals are the row margins of
département × profession). A shared figure gets one status everywhere; in each 2-D table the secret
shared margins are then linked to each other through the table's own secret cells, which makes the
union of all the tables' equations no stronger than each table's alone. An exact check (linear algebra
over the shared figures, in fractions) then has the last word. When it still finds a secret pinned
down (the data fall in separate blocks that no cell links), more shared figures are hidden, then the
cheapest figures that help, a bounded number of times; past that, every non-empty figure becomes
secret. Tests in tests/stats/ check the result against the whole system of equations.
"""

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable
from fractions import Fraction
from itertools import count

from concertons.stats.rules import group_fails
from concertons.stats.tables import Identity, Key, Table

Node = tuple[str, str | None]
# The last resort, when linking is not enough: try the cheapest published figures one by one (each try
# is an exact check), a bounded number of times, before making every non-empty figure secret.
LOCAL_SEARCH = 60
MAX_SEARCHES = 20


class Layout:
    """The graph of one table: which two equation nodes each figure links, and the lines to check."""

    def __init__(self, levels: tuple[tuple[str, ...], ...]):
        self.ends: dict[Key, tuple[Node, Node]] = {}
        self.lines: list[tuple[Key, list[Key]]] = []  # (a margin, the cells it sums)
        if len(levels) == 1:
            # One equation, cells - total = 0: two nodes joined by parallel edges.
            for label in (*levels[0], None):
                self.ends[(label,)] = (("all", None), ("total", None))
            self.lines.append(((None,), [(label,) for label in levels[0]]))
        else:
            rows, columns = (*levels[0], None), (*levels[1], None)
            for row in rows:
                for column in columns:
                    self.ends[(row, column)] = (("row", row), ("column", column))
            self.lines += [((row, None), [(row, column) for column in levels[1]]) for row in rows]
            self.lines += [((None, column), [(row, column) for row in levels[0]]) for column in columns]
        self.around: dict[Node, list[tuple[Key, Node]]] = defaultdict(list)
        for key, (one, other) in self.ends.items():
            self.around[one].append((key, other))
            self.around[other].append((key, one))


def sign(key: Key) -> int:
    """How a figure enters the equations at its first node: cells +1, margins -1, a 2-D grand total +1."""
    return -1 if sum(label is None for label in key) % 2 else 1


def protect(tables: list[Table]) -> set[Identity]:
    """Every figure that must stay secret in these tables, published together."""
    layouts = [Layout(table.levels) for table in tables]
    secret = {
        table.identity(key)
        for table in tables
        for key, entry in table._entries.items()
        if group_fails(entry.shares, k=table.k, dominance=table.dominance)
    }
    # Tables with the same dimensions share every figure: one graph stands for all of them.
    firsts: dict[frozenset[str], int] = {}
    for position, table in enumerate(tables):
        firsts.setdefault(frozenset(table.by), position)
    family = [(tables[position], layouts[position]) for position in firsts.values()]
    searches = 0
    while True:
        before = len(secret)
        for table, layout in zip(tables, layouts, strict=True):
            _protect_lines(table, layout, secret)
            _protect_bridges(table, layout, secret)
        if len(secret) == before and len(family) > 1:
            shared = _shared(family)
            for table, layout in family:
                _link_shared_margins(table, layout, shared, secret)
            if len(secret) == before and _family_leaks(family, shared, secret):
                if any(_open_blocks(table, layout, shared, secret) for table, layout in family):
                    continue
                searches += 1
                if searches <= MAX_SEARCHES:
                    _hide_one_more(family, shared, secret)
                else:  # costs figures, never secrets: every non-empty figure becomes secret
                    secret.update(
                        table.identity(key)
                        for table in tables
                        for key, entry in table._entries.items()
                        if entry.shares
                    )
        if len(secret) == before:
            return secret


def _shared(family: list[tuple[Table, Layout]]) -> set[Identity]:
    """The figures that appear in more than one of these tables."""
    seen: dict[Identity, int] = defaultdict(int)
    for table, _layout in family:
        for identity in table._identities():
            seen[identity] += 1
    return {identity for identity, n in seen.items() if n > 1}


def _protect_lines(table: Table, layout: Layout, secret: set[Identity]) -> None:
    """Hide more cells until, in each line with a published margin, the hidden cells together pass the rule."""
    for margin, cells in layout.lines:
        if table.identity(margin) in secret:
            continue
        while True:
            together: dict = {}
            for key in cells:
                if table.identity(key) in secret:
                    for who, share in table._entries[key].shares.items():
                        together[who] = together.get(who, 0) + share
            if not group_fails(together, k=table.k, dominance=table.dominance):
                break
            candidates = [
                key for key in cells if table.identity(key) not in secret and table._entries[key].shares
            ]
            if not candidates:  # all hidden: the group is the margin's own, which then cannot be shown either
                secret.add(table.identity(margin))
                break
            secret.add(table.identity(min(candidates, key=_cost(table))))


def _protect_bridges(table: Table, layout: Layout, secret: set[Identity]) -> None:
    """Hide more figures until no secret figure is a bridge: each lies on a cycle of secret figures."""
    cost = _cost(table)
    while True:
        hidden = [(key, *layout.ends[key]) for key in layout.ends if table.identity(key) in secret]
        bridges = _bridges(hidden)
        if not bridges:
            return
        bridge = bridges[0]
        start, goal = layout.ends[bridge]
        # A secret figure is not empty, so its row, its column and the grand total are not either:
        # a path of non-empty figures around it always exists.
        path = _cheapest_path(
            layout,
            sources={start},
            goals={goal},
            weight=lambda key: 0 if table.identity(key) in secret else cost(key),
            allowed=lambda key, bridge=bridge: key != bridge and bool(table._entries[key].shares),
        )
        secret.update(table.identity(key) for key in (path or []))
        if not path:
            secret.update(table.identity(key) for key, entry in table._entries.items() if entry.shares)


def _link_shared_margins(table: Table, layout: Layout, shared: set[Identity], secret: set[Identity]) -> None:
    """In a 2-D table, join the secret margins it shares with other tables through secret cells of its own.

    Then whatever the other tables say about the shared margins, this table can absorb it along a cycle
    of its own secrets. When the table's non-empty cells cannot join them (data in separate blocks), the
    path may go through shared figures; the exact check in `_family_leaks` then has the last word.
    """
    if len(table.by) != 2:
        return
    cost = _cost(table)

    def is_shared(key: Key) -> bool:
        return table.identity(key) in shared

    # A hub is a node whose figures are all shared (the column of row margins when départements are
    # shared): it links shared margins in every table alike, so it does not count as a link.
    hubs = {node for node, edges in layout.around.items() if all(is_shared(key) for key, _ in edges)}
    for allowed_shared in (False, True):
        while True:
            ends = [
                node
                for key, pair in layout.ends.items()
                if is_shared(key) and table.identity(key) in secret
                for node in pair
                if node not in hubs
            ]
            within = _components(
                layout.ends[key]
                for key in layout.ends
                if not is_shared(key) and table.identity(key) in secret
            )
            first = within.get(ends[0], ends[0]) if ends else None
            apart = {node for node in ends if within.get(node, node) != first}
            if not apart:
                return
            path = _cheapest_path(
                layout,
                sources={node for node in layout.around if within.get(node, node) == first},
                goals=apart,
                weight=lambda key: 0 if table.identity(key) in secret else cost(key),
                allowed=lambda key, allowed_shared=allowed_shared: (
                    bool(table._entries[key].shares) and (allowed_shared or not is_shared(key))
                ),
            )
            added = [key for key in path or [] if table.identity(key) not in secret]
            if not added:
                break
            secret.update(table.identity(key) for key in added)


def _open_blocks(table: Table, layout: Layout, shared: set[Identity], secret: set[Identity]) -> bool:
    """When a table's data fall in separate blocks that no cell joins, hide one more shared figure per block.

    Each block then adds a known equation over the shared secrets ("these départements add up to that
    column"); one more unknown in it keeps it from pinning anything down. True if something was hidden.
    """
    if len(table.by) != 2:
        return False
    cost = _cost(table)
    own = [key for key in layout.ends if table.identity(key) in secret and table.identity(key) not in shared]
    within = _components(layout.ends[key] for key in own)
    blocks: dict[Node, set[Node]] = defaultdict(set)
    for node, block in within.items():
        blocks[block].add(node)
    if len(blocks) < 2:
        return False
    hidden = False
    for nodes in blocks.values():
        candidates = [
            key
            for node in nodes
            for key, _other in layout.around[node]
            if table.identity(key) in shared
            and table.identity(key) not in secret
            and table._entries[key].shares
        ]
        if candidates:
            secret.add(table.identity(min(candidates, key=cost)))
            hidden = True
    return hidden


def _hide_one_more(family: list[tuple[Table, Layout]], shared: set[Identity], secret: set[Identity]) -> None:
    """Hide, among the cheapest published figures, the one that leaves the fewest secrets pinned down."""
    candidates = sorted(
        {
            (_cost(table)(key), repr(key), table.identity(key))
            for table, _layout in family
            for key, entry in table._entries.items()
            if entry.shares and table.identity(key) not in secret
        }
    )[:LOCAL_SEARCH]
    if candidates:
        secret.add(min(candidates, key=lambda item: _family_leaks(family, shared, secret | {item[2]}))[2])


def _family_leaks(family: list[tuple[Table, Layout]], shared: set[Identity], secret: set[Identity]) -> int:
    """How many secret figures the equations of all the tables together pin down (exact arithmetic).

    Within a table, the secret cells that are not shared only move along cycles; squeezing each group of
    them that hangs together to a point leaves one equation per group, over the shared secret figures.
    A shared secret is pinned down when its coordinate follows from those equations; a secret cell that
    the table's own secrets do not put on a cycle is pinned down when the shared figures crossing its cut
    have a sum that follows from them.
    """
    coordinates = {
        identity: position for position, identity in enumerate(sorted(shared & secret, key=sorted))
    }
    if not coordinates:
        return 0
    equations: list[list[Fraction]] = []
    cuts: list[list[Fraction]] = []
    for table, layout in family:
        own = [
            key for key in layout.ends if table.identity(key) in secret and table.identity(key) not in shared
        ]
        within = _components(layout.ends[key] for key in own)
        crossing = [(key, *layout.ends[key]) for key in layout.ends if table.identity(key) in coordinates]
        by_group: dict[Node, list[Fraction]] = defaultdict(lambda: [Fraction(0)] * len(coordinates))
        for key, one, other in crossing:
            one, other = within.get(one, one), within.get(other, other)
            if one != other:
                by_group[one][coordinates[table.identity(key)]] += sign(key)
                by_group[other][coordinates[table.identity(key)]] -= sign(key)
        equations += [row for row in by_group.values() if any(row)]
        for bridge in _bridges([(key, *layout.ends[key]) for key in own]):
            side = _reachable(layout.ends[bridge][0], [layout.ends[key] for key in own if key != bridge])
            cut = [Fraction(0)] * len(coordinates)
            for key, one, other in crossing:
                if (one in side) != (other in side):
                    cut[coordinates[table.identity(key)]] += sign(key) if one in side else -sign(key)
            cuts.append(cut)
    pivots = _echelon(equations)
    # A shared secret follows from the equations when an echelon row holds it and nothing else.
    pinned = sum(1 for _, row in pivots if sum(1 for value in row if value) == 1)
    return pinned + sum(1 for cut in cuts if _follows(cut, pivots))


def _cost(table: Table) -> Callable[[Key], int]:
    """What hiding a figure costs readers: small inner cells first, margins next, the grand total last."""
    scale = len(table._entries[(None,) * len(table.by)].shares) + len(table._entries) + 1

    def cost(key: Key) -> int:
        return sum(label is None for label in key) * scale + len(table._entries[key].shares) + 1

    return cost


def _bridges(edges: list[tuple[Key, Node, Node]]) -> list[Key]:
    """The edges on no cycle, in a multigraph given as (key, one end, other end); iterative Tarjan."""
    around: dict[Node, list[tuple[Node, int]]] = defaultdict(list)
    for number, (_key, one, other) in enumerate(edges):
        around[one].append((other, number))
        around[other].append((one, number))
    found: dict[Node, int] = {}
    low: dict[Node, int] = {}
    bridges = []
    clock = count()
    for root in list(around):
        if root in found:
            continue
        found[root] = low[root] = next(clock)
        stack = [(root, -1, iter(around[root]))]
        while stack:
            node, via, rest = stack[-1]
            for neighbour, number in rest:
                if number == via:
                    continue
                if neighbour in found:
                    low[node] = min(low[node], found[neighbour])
                else:
                    found[neighbour] = low[neighbour] = next(clock)
                    stack.append((neighbour, number, iter(around[neighbour])))
                    break
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > found[parent]:
                        bridges.append(edges[via][0])
    return sorted(bridges, key=repr)


def _components(edges: Iterable[tuple[Node, Node]]) -> dict[Node, Node]:
    """Each node touched by these edges, mapped to a representative of its connected component."""
    parent: dict[Node, Node] = {}

    def find(node: Node) -> Node:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for one, other in edges:
        parent[find(one)] = find(other)
    return {node: find(node) for node in list(parent)}


def _reachable(start: Node, edges: list[tuple[Node, Node]]) -> set[Node]:
    around: dict[Node, list[Node]] = defaultdict(list)
    for one, other in edges:
        around[one].append(other)
        around[other].append(one)
    seen, todo = {start}, [start]
    while todo:
        for neighbour in around[todo.pop()]:
            if neighbour not in seen:
                seen.add(neighbour)
                todo.append(neighbour)
    return seen


def _cheapest_path(
    layout: Layout,
    *,
    sources: set[Node],
    goals: set[Node],
    weight: Callable[[Key], int],
    allowed: Callable[[Key], bool],
) -> list[Key] | None:
    """The figures along the cheapest path from any source to any goal (Dijkstra), or None."""
    tie = count()
    queue = [(0, next(tie), node) for node in sorted(sources, key=repr)]
    best: dict[Node, int] = dict.fromkeys(sources, 0)
    came: dict[Node, tuple[Node, Key]] = {}
    while queue:
        distance, _, node = heapq.heappop(queue)
        if distance > best[node]:
            continue
        if node in goals:
            path = []
            while node in came:
                node, key = came[node]
                path.append(key)
            return path
        for key, neighbour in layout.around[node]:
            if not allowed(key):
                continue
            through = distance + weight(key)
            if neighbour not in best or through < best[neighbour]:
                best[neighbour] = through
                came[neighbour] = (node, key)
                heapq.heappush(queue, (through, next(tie), neighbour))
    return None


def _echelon(rows: list[list[Fraction]]) -> list[tuple[int, list[Fraction]]]:
    """Reduced row echelon form, as (pivot column, row) pairs."""
    rows = [row[:] for row in rows]
    pivots: list[tuple[int, list[Fraction]]] = []
    width = len(rows[0]) if rows else 0
    for column in range(width):
        chosen = next((row for row in rows if row[column] != 0), None)
        if chosen is None:
            continue
        rows.remove(chosen)
        chosen = [value / chosen[column] for value in chosen]
        for other in [*rows, *(row for _, row in pivots)]:
            if other[column] != 0:
                factor = other[column]
                other[:] = [value - factor * pivot for value, pivot in zip(other, chosen, strict=True)]
        pivots.append((column, chosen))
    return pivots


def _follows(vector: list[Fraction], pivots: list[tuple[int, list[Fraction]]]) -> bool:
    """True when `vector` is a combination of the echelon rows (so its value is known to readers)."""
    rest = vector[:]
    for column, row in pivots:
        if rest[column] != 0:
            factor = rest[column]
            rest = [value - factor * pivot for value, pivot in zip(rest, row, strict=True)]
    return not any(rest)
