"""The needs desk's GUI tests run like the other GUI tests: Japanese translations and font."""

from tests.ui.conftest import japanese_app  # noqa: F401  (autouse)
