"""``madoguchi firms``: list and find firms from scripts."""

from __future__ import annotations

import argparse

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("firms", help="list firms matching a text (name, kana, number, city)")
    parser.add_argument("text", nargs="?", default="", help="any part of a name, reading, …")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--deleted", action="store_true", help="list the trash instead")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.core import firms
    from desktop.core.reference import reference

    ids = firms.find_firm_ids(ctx.engine, firms.FirmQuery(text=args.text, deleted=args.deleted))
    rows = firms.fetch_firm_rows(ctx.engine, ids[: args.limit])
    ref = reference()
    for firm_id in ids[: args.limit]:
        row = rows[firm_id]
        pref = ref.prefectures.label(row.prefecture_code, "ja")
        ctx.out.write(
            f"{row.id}\t{row.corporate_number or '-'}\t{row.name}\t{row.name_kana}\t"
            f"{pref}{row.city}\n"
        )
    ctx.err.write(f"{len(ids)} firm(s)\n")
    return 0
