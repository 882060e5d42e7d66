"""``inclusive-lint serve``: a small web app for people who do not use a terminal (optional extra
``inclusive-lint[web]``). Imported only by the ``serve`` command.

Modules: ``app`` (routes, pages, headers), ``uploads`` (streaming multipart into a private
folder with limits), ``jobs`` (each document linted in its own worker process with the command
line's time limit and memory cap; bounded queue), ``store`` (downloads kept in memory for a while).
"""
