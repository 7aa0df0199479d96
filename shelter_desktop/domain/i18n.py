"""Translation markers usable outside Qt.

Domain and service code may not import Qt, yet every message a user reads must be translatable.
Messages are written as ``QT_TRANSLATE_NOOP("Errors", "...")`` so that ``pyside6-lupdate`` collects
them into the .ts files; the UI translates the template with ``QCoreApplication.translate`` and
formats it with the error's parameters afterwards.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name required by lupdate
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text
