"""Turn a benchmark run into a Markdown table, a PNG chart and budget verdicts."""

from __future__ import annotations

import platform
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SCALE_USERS = 100_000  # budgets about the user list are judged at this size
LEAK_TOLERANCE_MB = 5.0
WORKER_LIMIT_MB = 150.0
IMPORT_BUDGET_S = 30.0  # issue 11: a village of 5,000 houses imports in under 30 s
WORKER_TIMEOUT_S = 30.0  # gunicorn.conf.py: a request longer than this is killed


@dataclass(frozen=True)
class Verdict:
    budget: str
    measured: str
    met: bool | None  # None: not judged at this data size

    @property
    def mark(self) -> str:
        return {True: "✔", False: "✘", None: "–"}[self.met]


def _ratio(run: Any, name: str, c: int = 10) -> float:
    return float(run.results[(name, c)].requests_per_second / run.floor_rps[c])


def _cost_ratio(run: Any, name: str, baseline: str, c: int = 10) -> float:
    """How many times the cost (1 ÷ throughput) of `name` is that of `baseline`: the
    median over the passes of each pass's ratio (the two ran a few seconds apart, under
    the same load), or the first pass's when only one was recorded."""
    passes = getattr(run, "pass_rps", {})
    if passes.get(name) and passes.get(baseline):
        ratios = [b / n for b, n in zip(passes[baseline], passes[name], strict=False) if n]
        if ratios:
            return float(statistics.median(ratios))
    return float(
        run.results[(baseline, c)].requests_per_second / run.results[(name, c)].requests_per_second
    )


def verdicts(run: Any) -> list[Verdict]:
    at_scale = run.settings["users"] >= SCALE_USERS
    scale_note = "" if at_scale else f" (judged at {SCALE_USERS:,} users)"
    r = run.results
    workers = run.settings["workers"]
    login_rps = r[("login", 10)].requests_per_second
    login_target = 0.9 * workers / run.bcrypt_seconds
    # One connection, so nothing queues: its median minus one hash is the rest of the work.
    overhead_ms = run.login_alone.p50_ms - run.bcrypt_seconds * 1000
    seq_scans = [
        name
        for name, plan in run.plans.items()
        if any("Seq Scan on users" in line for line in plan)
    ]
    first, last = run.rss_mb[1], run.rss_mb[-1]
    growth = max(b - a for a, b in zip(first, last, strict=False)) if first and last else 0.0
    peak = max(max(sizes) for sizes in run.rss_mb if sizes)
    errors = {k: v.errors for k, v in r.items() if v.errors}
    passes = len(run.rss_mb) - 1
    return [
        Verdict(
            "/health ≥ 0.8 × floor", f"{_ratio(run, 'health'):.2f} ×", _ratio(run, "health") >= 0.8
        ),
        Verdict(
            "/auth/me ≥ 0.6 × floor",
            f"{_ratio(run, 'auth_me'):.2f} ×",
            _ratio(run, "auth_me") >= 0.6,
        ),
        Verdict(
            "/auth/me p99 ≤ 15 ms",
            f"{r[('auth_me', 10)].p99_ms:.1f} ms",
            r[("auth_me", 10)].p99_ms <= 15,
        ),
        Verdict(
            "users, 20/page ≥ 0.35 × floor" + scale_note,
            f"{_ratio(run, 'users_20'):.2f} ×",
            _ratio(run, "users_20") >= 0.35 if at_scale else None,
        ),
        Verdict(
            "users, 20/page p99 ≤ 30 ms" + scale_note,
            f"{r[('users_20', 10)].p99_ms:.1f} ms",
            r[("users_20", 10)].p99_ms <= 30 if at_scale else None,
        ),
        Verdict(
            "search p99 ≤ 50 ms" + scale_note,
            f"{r[('users_search', 10)].p99_ms:.1f} ms",
            r[("users_search", 10)].p99_ms <= 50 if at_scale else None,
        ),
        Verdict(
            "filter p99 ≤ 50 ms" + scale_note,
            f"{r[('users_filter', 10)].p99_ms:.1f} ms",
            r[("users_filter", 10)].p99_ms <= 50 if at_scale else None,
        ),
        *(
            Verdict(
                f"{name} within 2 × the cost of {baseline}",
                f"{_cost_ratio(run, name, baseline):.2f} × (median of each pass's ratio)",
                _cost_ratio(run, name, baseline) <= 2,
            )
            for name, baseline in (("houses_20", "users_20"), ("houses_search", "users_search"))
        ),
        *(
            Verdict(
                f"import, {label} < {limit:.0f} s",
                f"{seconds:.1f} s",
                seconds < limit,
            )
            for label, seconds in run.imports.items()
            for limit in [IMPORT_BUDGET_S if "dry run" not in label else WORKER_TIMEOUT_S]
        ),
        Verdict(
            "no sequential scan for search/filter", ", ".join(seq_scans) or "none", not seq_scans
        ),
        Verdict(
            "login ≥ 0.9 × workers ÷ bcrypt",
            f"{login_rps:.2f} vs {login_target:.2f} req/s",
            login_rps >= login_target,
        ),
        Verdict("login work besides the hash < 5 ms", f"{overhead_ms:.1f} ms", overhead_ms < 5),
        Verdict(
            f"worker RSS flat (≤ {LEAK_TOLERANCE_MB:.0f} MB growth, passes 1→{passes})",
            f"{growth:+.1f} MB",
            growth <= LEAK_TOLERANCE_MB,
        ),
        Verdict(
            f"each worker < {WORKER_LIMIT_MB:.0f} MB", f"{peak:.1f} MB peak", peak < WORKER_LIMIT_MB
        ),
        Verdict("zero failed requests", "none" if not errors else str(errors), not errors),
        *(
            Verdict(f"checklist: {command}", f"{failed} failed of {total}", failed == 0)
            for command, (failed, total) in run.checklist_ab.items()
        ),
    ]


def budgets_met(run: Any) -> bool:
    return all(v.met is not False for v in verdicts(run))


def table(run: Any) -> str:
    lines = [
        "| scenario | c | req/s | × floor | p50 ms | p99 ms | errors |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for c, rps in run.floor_rps.items():
        lines.append(f"| floor: hello JSON app | {c} | {rps:,.0f} | 1.00 | | | |")
    for (name, c), result in run.results.items():
        lines.append(
            f"| {name} | {c} | {result.requests_per_second:,.1f} "
            f"| {result.requests_per_second / run.floor_rps[c]:.2f} "
            f"| {result.p50_ms:.2f} | {result.p99_ms:.2f} | {result.errors} |"
        )
    return "\n".join(lines)


def chart(run: Any, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = sorted(
        {name for name, _ in run.results}, key=list(dict.fromkeys(n for n, _ in run.results)).index
    )
    levels = sorted(run.floor_rps)
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    width = 0.8 / len(levels)
    for i, c in enumerate(levels):
        xs = [j + i * width for j in range(len(names))]
        left.bar(
            xs,
            [run.results[(n, c)].requests_per_second / run.floor_rps[c] for n in names],
            width,
            label=f"c={c}",
        )
        right.bar(xs, [run.results[(n, c)].p99_ms for n in names], width, label=f"c={c}")
    for axis, title in ((left, "throughput ÷ hello floor"), (right, "p99 latency (ms, log)")):
        axis.set_xticks(
            [j + width * (len(levels) - 1) / 2 for j in range(len(names))],
            names,
            rotation=30,
            ha="right",
        )
        axis.set_title(title)
        axis.legend()
    right.set_yscale("log")
    users, workers = run.settings["users"], run.settings["workers"]
    houses = run.settings.get("houses", 0)
    fig.suptitle(
        f"Village Management System — {users:,} users, {houses:,} houses, {workers} workers"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write(run: Any, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    host = platform.node() or "host"
    base = directory / f"{stamp}-{host}-{run.settings['users']}"
    chart(run, base.with_suffix(".png"))
    settings = ", ".join(f"{k}={v}" for k, v in run.settings.items())
    rss = " → ".join(str(sizes) for sizes in run.rss_mb)
    plans = "\n\n".join(
        f"**{name}**\n\n```\n" + "\n".join(plan) + "\n```" for name, plan in run.plans.items()
    )
    budgets = "\n".join(f"| {v.mark} | {v.budget} | {v.measured} |" for v in verdicts(run))
    text = f"""# Benchmark {stamp} on {host}

Settings: {settings}. One bcrypt verification: {run.bcrypt_seconds * 1000:.0f} ms.
Command: `make bench` (SEED={run.settings["users"]}).

{table(run)}

![chart]({base.with_suffix(".png").name})

## Budgets (concurrency 10)

| | budget | measured |
|---|---|---|
{budgets}

Worker RSS (MB) at start and after each pass: {rss}

## Query plans at this size

{plans}
"""
    path = base.with_suffix(".md")
    path.write_text(text)
    return path
