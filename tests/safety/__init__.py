"""Crash and power safety: a writer child process killed at random moments (issue 6 item 4)."""
