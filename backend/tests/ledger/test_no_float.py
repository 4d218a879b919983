"""No binary floating point ever touches money (village.md "Conventions": integer satang
everywhere, on SQLite too).

The finance packages are read as Python syntax trees, so a comment or a docstring
mentioning float does not count, and a new module is checked the day it exists. Money
arithmetic there is integer: `village.money` (`round_half_up`, `fee_for_area`) is the one
place that turns a rate and an area into satang, and it is tested on its own.
"""

from __future__ import annotations

import ast
from pathlib import Path

import village

ROOT = Path(village.__file__).parent
# Every package that computes or stores money, and the documents that print it.
FINANCE = ("finance", "billing", "invoices", "payments", "payment_slips", "statements", "documents")


def finance_modules() -> list[Path]:
    return sorted(
        path
        for package in FINANCE
        if (ROOT / package).is_dir()
        for path in (ROOT / package).rglob("*.py")
    )


def misuses(path: Path) -> list[str]:
    """Each float call, float literal, float annotation, Decimal use or true division."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    found = []
    for node in ast.walk(tree):
        where = f"{name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Name) and node.id in ("float", "Decimal"):
            found.append(f"{where} uses {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr == "Decimal":
            found.append(f"{where} uses Decimal")
        elif isinstance(node, ast.Constant) and isinstance(node.value, float):
            found.append(f"{where} has the float literal {node.value!r}")
        elif isinstance(node, ast.BinOp | ast.AugAssign) and isinstance(node.op, ast.Div):
            found.append(f"{where} divides with / (use // or village.money.round_half_up)")
        elif isinstance(node, ast.ImportFrom) and node.module == "decimal":
            found.append(f"{where} imports decimal")
    return found


def test_the_finance_code_is_there_to_check() -> None:
    names = {path.parent.name for path in finance_modules()}
    assert {"finance", "billing", "invoices", "payments"} <= names


def test_no_float_or_decimal_or_true_division_in_finance_code() -> None:
    problems = [problem for path in finance_modules() for problem in misuses(path)]
    assert problems == []


def test_the_check_finds_what_it_looks_for(tmp_path: Path) -> None:
    # The check itself can fail: each misuse in a sample module is reported.
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from decimal import Decimal\na = float('1.5')\nb = 0.1\nc = 10 / 3\nd = Decimal('2')\n",
        encoding="utf-8",
    )
    found = misuses(sample)
    assert len(found) == 5, found
