"""Persistence for Madoguchi: tables, engine, migrations, backup and search.

Nothing here imports Qt or ``desktop``; the application and the HQ tools both sit on top.
"""
