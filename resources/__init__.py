"""Boundary's bundled files: icons, message templates, translations.

Installed as the package ``boundary_app.resources``; ``boundary_app.core.paths.resource``
finds a file in it.
"""
