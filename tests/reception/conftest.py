"""GUI fixtures shared with tests/ui: Japanese app and font."""

from tests.ui.conftest import japanese_app, real_window  # noqa: F401  (the screens as the desks see them)
