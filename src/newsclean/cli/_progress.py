"""A small progress bar for ``newsclean batch``, drawn on standard error when that is a terminal."""

from __future__ import annotations

import shutil
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Pages done, errors, rate and time left; redrawn at most ten times a second on one line.

    Disabled, it draws nothing at all (use ``Progress.for_stream`` to enable it on terminals only).
    """

    def __init__(self, stream: TextIO, total: int | None, *, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.errors = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    @classmethod
    def for_stream(cls, stream: TextIO, total: int | None, force: bool | None = None) -> Progress:
        """A bar on ``stream`` if it is a terminal (or if ``force`` says so)."""
        enabled = stream.isatty() if force is None else force
        return cls(stream, total, enabled=enabled)

    def advance(self, *, error: bool = False) -> None:
        """Count one page done (failed if ``error``), and redraw if it is time to."""
        self.done += 1
        self.errors += error
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= 0.1 or self.done == self.total):
            self._drawn = now
            self._draw(now)

    def line(self, now: float) -> str:
        """The status line, fitted to the terminal's width."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"{self.done}" + (f"/{self.total}" if self.total else "") + " pages", f"{rate:.1f} pages/s"]
        if self.errors:
            parts.append(f"{self.errors} errors")
        width = shutil.get_terminal_size((80, 24)).columns - 1
        if self.total:
            left = (self.total - self.done) / rate if rate else 0
            parts.append(f"ETA {_duration(left)}")
            bar_width = max(width - len("  ".join(parts)) - 9, 0)
            filled = min(bar_width * self.done // self.total, bar_width)
            percent = min(100 * self.done // self.total, 100)
            parts.insert(0, f"{percent:3d}% [" + "#" * filled + "." * (bar_width - filled) + "]")
        return "  ".join(parts)[:width]

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
