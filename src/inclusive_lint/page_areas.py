"""Which areas of the page hold a span: the form questions' areas, looked up per finding.

An area is ((line, column), (end line, end column), payload). A span (a, b) lies in an area
when ``lo <= a and b <= hi``. Comparing each finding with every area is quadratic on a
finding-dense document (tens of thousands of each), so the areas are listed under each line
they cover and sorted by start there; a lookup walks back from the last area starting at or
before ``a`` and stops as soon as no earlier area reaches ``b`` (a running maximum of the
ends). The answer is the same as the full comparison.
"""
from __future__ import annotations

import bisect

_WIDE = 50          # an area over more lines is kept once, in a list every lookup reads


class AreaIndex:
    def __init__(self, areas):
        self._all = list(areas)
        self._wide = []
        by_line: dict = {}
        for area in self._all:
            lo, hi = area[0], area[1]
            if hi[0] - lo[0] > _WIDE:
                self._wide.append(area)
                continue
            for line in range(lo[0], hi[0] + 1):
                by_line.setdefault(line, []).append(area)
        self._lines = {line: _sorted(found) for line, found in by_line.items()}

    def may_hold(self, a: tuple, b: tuple) -> bool:
        """False when ``holding(a, b)`` is certainly empty: no area covers line ``a[0]`` (a quick
        test before the lookup, for the many spans on lines with no area)."""
        return b < a or bool(self._wide) or a[0] in self._lines

    def holding(self, a: tuple, b: tuple):
        """The areas with ``lo <= a and b <= hi``, nearest start first (those under 50 lines),
        then the wide ones."""
        if b < a:       # an inverted span: no line to look under, so compare with every area
            yield from (x for x in self._all if x[0] <= a and b <= x[1])
            return
        # an area holding (a, b) covers line a[0]: lo <= a <= b <= hi
        got = self._lines.get(a[0])
        if got is not None:
            los, max_hi, found = got
            i = bisect.bisect_right(los, a)          # the areas starting at or before a
            while i > 0 and max_hi[i - 1] >= b:
                i -= 1
                if b <= found[i][1]:
                    yield found[i]
        yield from (x for x in self._wide if x[0] <= a and b <= x[1])


def _sorted(found: list) -> tuple:
    found.sort(key=lambda x: x[0])
    los = [x[0] for x in found]
    max_hi, top = [], None
    for x in found:
        top = x[1] if top is None or x[1] > top else top
        max_hi.append(top)
    return los, max_hi, found
