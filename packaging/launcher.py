"""The frozen app's entry point (the same as ``python -m boundary_app``)."""

from boundary_app.app import main

main()
