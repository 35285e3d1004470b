"""The audible end-of-time cue: a soft three-note chime.

PySide6-Essentials has no QtMultimedia, so the chime is written once as a WAV file and played
by the desktop's own player; where there is none, the system bell stands in.
"""

from __future__ import annotations

import io
import math
import shutil
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

RATE = 22050
NOTES = (659.25, 830.61, 987.77)  # E5, G#5, B5: bright enough to carry across a room
NOTE_SECONDS = 0.28
PLAYERS = (("paplay", ()), ("pw-play", ()), ("aplay", ("-q",)), ("afplay", ()))


def chime_wav() -> bytes:
    frames = bytearray()
    for note in NOTES:
        count = int(RATE * NOTE_SECONDS)
        for i in range(count):
            fade = min(1.0, i / 200) * (1 - i / count) ** 2  # soft attack, bell-like decay
            frames += struct.pack("<h", int(12000 * fade * math.sin(2 * math.pi * note * i / RATE)))
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(bytes(frames))
    return out.getvalue()


def chime_file() -> Path:
    path = Path(tempfile.gettempdir()) / "codesign-chime.wav"
    data = chime_wav()
    if not path.is_file() or path.stat().st_size != len(data):
        path.write_bytes(data)
    return path


def player() -> list[str] | None:
    """The command that plays a WAV file here, or None."""
    for name, options in PLAYERS:
        found = shutil.which(name)
        if found:
            return [found, *options]
    return None


def play_chime() -> bool:
    """Plays the chime without waiting for it; True if a player was started."""
    command = player()
    if command is not None:
        try:
            path = chime_file()
        except OSError:
            path = None
        if path is not None and QProcess.startDetached(command[0], [*command[1:], str(path)])[0]:
            return True
    QApplication.beep()
    return False
