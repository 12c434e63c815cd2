"""The frozen app's entry point (the same as ``python -m boundary_app``).

``boundary-app --worker`` runs the tray's worker process with this same executable; ``main``
tells it apart before anything imports Qt.
"""

from boundary_app.app import main

main()
