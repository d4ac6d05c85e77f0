"""The headless command line: ``madoguchi SUBCOMMAND``.

Each subcommand lives in its own module with a ``register(subparsers)`` function that
adds its parser and sets ``func``; ``func(args, ctx)`` returns the exit code.
"""
