"""``madoguchi demo``: fill a database with a deterministic demo counter."""

from __future__ import annotations

import argparse
import time
from datetime import date

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="load deterministic demo data")
    parser.add_argument("--firms", type=int, default=300, help="number of firms (default 300)")
    parser.add_argument(
        "--consultations", type=int, default=3000, help="number of consultations (default 3000)"
    )
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument(
        "--until", type=date.fromisoformat, default=None, help="last day of data (default today)"
    )
    parser.add_argument(
        "--prefecture", default="13", help="the counter's prefecture code (default 13, Tokyo)"
    )
    parser.add_argument(
        "--force", action="store_true", help="add demo data to a non-empty database"
    )
    parser.set_defaults(func=run, creates_database=True)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.firms < 0 or args.consultations < 0:
        ctx.err.write("--firms and --consultations must be zero or more\n")
        return 2
    with ctx.writing():
        return _fill(args, ctx)


def _fill(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core import demo, firms, settings
    from desktop.core.settings import CounterSetup

    engine = ctx.engine
    if firms.count_firms(engine) and not args.force:
        ctx.err.write("the database already holds firms; use --force to add demo data anyway\n")
        return 1
    started = time.perf_counter()

    def progress(stage: str, done: int, total: int) -> None:
        ctx.err.write(f"\r{stage}: {done}/{total}")
        ctx.err.flush()

    result = demo.generate(
        engine,
        size=demo.DemoSize(firms=args.firms, consultations=args.consultations),
        seed=args.seed,
        end=args.until,
        home_prefecture=args.prefecture,
        progress=progress,
    )
    if not settings.is_set_up(engine):
        settings.apply_setup(
            engine,
            CounterSetup(
                counter_name="デモ知財総合支援窓口",
                prefecture_code=args.prefecture,
                consultant_name="佐藤 花子",
            ),
        )
    elapsed = time.perf_counter() - started
    ctx.err.write("\n")
    ctx.out.write(
        f"demo data: {result.firms} firms, {result.consultations} consultations, "
        f"{result.ip_assets} IP assets, {result.assessments} assessments in {elapsed:.1f} s\n"
    )
    return 0
