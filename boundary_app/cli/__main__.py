"""``python -m boundary_app.cli``: the ``boundary`` command."""

from boundary_app.cli import main

main()
