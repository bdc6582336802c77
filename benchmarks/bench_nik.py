"""NIK validation throughput next to python-stdnum's own `is_valid` on the same numbers.

    python -m benchmarks.bench_nik [--count 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt

from stdnum.id import nik as stdnum_nik

from app import resources
from app.domain import nik
from app.services.demo import PeopleFactory
from benchmarks.common import Row, median_seconds, print_table


def measure(count: int, repeat: int) -> list[Row]:
    factory = PeopleFactory(9)
    numbers = [factory.person().nik for _ in range(count)]
    for i in range(0, len(numbers), 50):  # 2% broken the way officers break them
        numbers[i] = numbers[i][:6] + "99" + numbers[i][8:]
    regions = resources.regions()
    on = dt.date(2026, 11, 21)

    def ours() -> None:
        for n in numbers:
            nik.check(n, regions, on)

    def plain() -> None:
        for n in numbers:
            stdnum_nik.is_valid(n)

    valid = sum(nik.check(n, regions, on).valid for n in numbers)
    print(f"{count} NIKs, {valid} valid")
    t_ours = median_seconds(ours, repeat)
    t_plain = median_seconds(plain, repeat)
    per_s = count / t_ours
    print(f"Lindungi: {per_s:,.0f} NIK/s; stdnum.is_valid alone: {count / t_plain:,.0f} NIK/s")
    return [Row(f"check {count:,} NIKs (s; {per_s:,.0f}/s)", t_ours, t_plain, "s",
                "≥ 100,000/s", per_s >= 100_000)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print_table(measure(args.count, args.repeat), args.repeat)


if __name__ == "__main__":
    main()
