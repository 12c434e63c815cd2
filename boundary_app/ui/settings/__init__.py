"""Settings: the dialog (``dialog.py``) and one module per tab.

Each tab is a widget over its part of the profile: ``changed`` fires on every edit,
``apply(profile)`` writes what it holds into a profile, ``problems()`` says in words what
stops Save. Nothing here is imported at start-up: the shell imports ``dialog`` when
Settings is first opened.
"""
