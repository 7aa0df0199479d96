"""Entry point of the bundled application (PyInstaller runs this script, not the console script).

It does what the ``shelter-desktop`` console script does (``shelter_desktop.cli:main``), plus one
small diagnostic for the bundle, because ``python -c`` does not exist inside a frozen app:

    SHELTER_BUNDLE_DIAGNOSTICS=1 shelter-desktop

prints which keyring backends the bundle can import and which one keyring chose, and the version
of every library the application requires (read from the bundled metadata, as the About dialog
reads it), then exits 0 without touching any data folder. The installer smoke test uses it to
prove that the OS credential store backends (Windows Credential Manager, Secret Service, macOS
Keychain) made it into the bundle, rather than only keyring's "fail" backend (a known PyInstaller
pitfall: keyring finds its backends through package entry points, which a frozen app loses unless
its metadata is bundled). Nothing it prints is personal data.
"""

from __future__ import annotations

import os
import re
import sys

DIAGNOSTICS_ENV = "SHELTER_BUNDLE_DIAGNOSTICS"
APP_DISTRIBUTION = "shelter-desktop"

# Backend modules that keyring registers through entry points; the spec bundles all of them.
BACKEND_MODULES = (
    "keyring.backends.Windows",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.kwallet",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
)


def _name(obj: object) -> str:
    return f"{type(obj).__module__}.{type(obj).__name__}"


def print_keyring() -> None:
    import importlib
    from importlib.metadata import entry_points

    import keyring
    from keyring.backend import KeyringBackend, get_all_keyring

    names = sorted(point.name for point in entry_points(group="keyring.backends"))
    print(f"entry points: {', '.join(names) or '(none)'}")
    # First what keyring finds by itself (through entry points), as the application uses it.
    print(f"chosen: {_name(keyring.get_keyring())}")
    print(f"viable: {', '.join(sorted(_name(b) for b in get_all_keyring())) or '(none)'}")
    classes = sorted(f"{cls.__module__}.{cls.__name__}" for cls in KeyringBackend._classes)
    print(f"known classes: {', '.join(classes)}")
    # Then whether each backend module is in the bundle at all.
    for module in BACKEND_MODULES:
        try:
            importlib.import_module(module)
            print(f"importable: {module}")
        except Exception as error:  # noqa: BLE001 - a diagnostic reports every failure
            print(f"missing: {module} ({type(error).__name__})")


def print_versions() -> None:
    from importlib import metadata

    try:
        print(f"version: {APP_DISTRIBUTION} {metadata.version(APP_DISTRIBUTION)}")
        requirements = metadata.requires(APP_DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        print(f"no metadata: {APP_DISTRIBUTION}")
        return
    for requirement in requirements:
        if "extra ==" in requirement:
            continue  # test and installer extras are not in the bundle
        name = re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0]
        try:
            print(f"version: {name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            print(f"no metadata: {name}")


def print_diagnostics() -> int:
    print(f"frozen: {bool(getattr(sys, 'frozen', False))}")
    print_keyring()
    print_versions()
    return 0


def run() -> int:
    if os.environ.get(DIAGNOSTICS_ENV) == "1":
        return print_diagnostics()
    from shelter_desktop.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
