"""Benchmarks (``make bench``): measurements, never pass/fail tests."""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend

BENCH_KEY_ENV = "SHELTER_BENCH_KEY_HEX"


class EnvKeyring(KeyringBackend):
    """A credential store for the benchmark's GUI child process, which holds only the key of
    the synthetic benchmark database (given in SHELTER_BENCH_KEY_HEX). Select it with
    PYTHON_KEYRING_BACKEND=tests.benchmarks.EnvKeyring, so the cold start measures a configured
    office PC (key in the store) without ever touching the real credential store. It lives here,
    not in run_bench, so that loading it costs the measured process almost nothing."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get(BENCH_KEY_ENV)

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass
