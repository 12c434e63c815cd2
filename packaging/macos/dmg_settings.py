# dmgbuild settings: the .app and a link to /Applications, side by side.
#
#   dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/Boundary.app Boundary OUT.dmg
# ruff: noqa: F821  (dmgbuild runs this file with ``defines`` in scope)
from pathlib import Path

application = defines["app"]
app_name = Path(application).name

format = "UDZO"  # zlib-compressed, readable on every supported macOS
filesystem = "HFS+"
size = None  # as small as the contents allow
files = [application]
symlinks = {"Applications": "/Applications"}
icon_locations = {app_name: (140, 160), "Applications": (400, 160)}
window_rect = ((200, 200), (540, 340))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 96
text_size = 13
