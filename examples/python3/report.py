#!/usr/bin/env python3
# Used by main.js. Python 3: f-strings, dataclasses, statistics.
from dataclasses import dataclass
from statistics import mean


def summary(values):
    values = list(values)
    return f"{len(values)} values, mean {mean(values):.1f}, max {max(values)}"


@dataclass
class Stats:
    values: list

    def describe(self) -> str:
        return f"Stats(values={list(self.values)}): mean {mean(self.values):.1f}"
