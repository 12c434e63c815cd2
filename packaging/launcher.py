"""The frozen app's entry point (the same as ``python -m boundary_app``).

Started under the name ``boundary`` (the Debian package's ``/usr/bin/boundary`` is a link to
the bundle's ``boundary-app``), it is the ``boundary`` command instead, as pip's script of
that name: one frozen program, two commands. The Windows and macOS executables are called
``Boundary``, so only a link named exactly ``boundary`` switches.

``boundary-app --worker`` runs the tray's worker process with this same executable; ``main``
tells it apart before anything imports Qt.
"""

import sys
from pathlib import Path

if Path(sys.argv[0]).name == "boundary":
    from boundary_app.cli import main
else:
    from boundary_app.app import main

main()
