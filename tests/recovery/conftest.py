"""The GUI fixtures of tests/ui (Japanese app, a small drill database) for the recovery screens."""

from tests.ui.conftest import drill_db, drill_workspace, japanese_app  # noqa: F401  (fixtures)
