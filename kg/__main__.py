"""python -m kg: the same as the bilateral-kg command."""

from kg.cli import main

main()
