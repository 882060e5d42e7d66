"""inclusive-lint: find heteronormative and cisnormative assumptions in health and care documents."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "lint_paths", "lint_text"]


def lint_paths(*args, **kwargs):
    from .api import lint_paths as _lint_paths
    return _lint_paths(*args, **kwargs)


def lint_text(*args, **kwargs):
    from .api import lint_text as _lint_text
    return _lint_text(*args, **kwargs)
