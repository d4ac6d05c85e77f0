"""``madoguchi search TEXT``: firms and consultations containing TEXT, for scripts.

Tab-separated: kind, id, date, name, text. Confidential notes are never searched.
"""

from __future__ import annotations

import argparse

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("search", help="find firms and consultations containing TEXT")
    parser.add_argument("text", help="any part of a name, reading, number or consultation text")
    parser.add_argument("--limit", type=int, default=50, help="per kind (default 50)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core.consultation_queries import search_all

    hits = search_all(ctx.engine, args.text, limit=max(1, args.limit))
    for hit in hits:
        when = hit.when.strftime("%Y-%m-%d %H:%M") if hit.when else ""
        detail = hit.detail.replace("\t", " ")
        ctx.out.write(f"{hit.kind}\t{hit.id}\t{when}\t{hit.title}\t{detail}\n")
    firms = sum(1 for h in hits if h.kind == "firm")
    ctx.err.write(f"{firms} firm(s), {len(hits) - firms} consultation(s)\n")
    return 0 if hits else 1
