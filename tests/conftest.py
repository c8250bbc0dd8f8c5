"""Shared fixtures: the golden cases under fixtures/ and helpers to build small pages."""

from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass
from typing import Any

import pytest

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class GoldenCase:
    name: str
    input_path: pathlib.Path
    expected_path: pathlib.Path

    def read_input(self) -> bytes:
        return self.input_path.read_bytes()

    def expected(self) -> dict[str, Any]:
        return json.loads(self.expected_path.read_text(encoding="utf-8"))


def golden_cases() -> list[GoldenCase]:
    cases = []
    for d in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        inputs = sorted(d.glob("input.*"))
        if inputs and (d / "expected.json").exists():
            cases.append(GoldenCase(d.name, inputs[0], d / "expected.json"))
    return cases


GOLDEN = golden_cases()


@pytest.fixture(params=GOLDEN, ids=[c.name for c in GOLDEN])
def golden(request: pytest.FixtureRequest) -> GoldenCase:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def seed_text() -> bytes:
    return (FIXTURES / "seed_text" / "input.txt").read_bytes()
