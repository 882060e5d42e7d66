"""The editor language server (``inclusive-lint lsp``, extra ``inclusive-lint[lsp]``).

Only ``commands/lsp.py`` imports this package; nothing else in the linter depends on pygls.
"""
