"""Reading a data file's bytes safely: only regular files inside the project, size checked while reading,
UTF-8 only, and the encodings people save by mistake (UTF-16, UTF-32, Windows-1252) named with what to do."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from playbook.loading.errors import DataError, DataErrors

MAX_BYTES = 1_048_576
"""Files larger than 1 MiB are refused: no data file needs more, and nothing larger is read into memory."""

SAVE_AS_UTF8 = "save it as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: the encoding UTF-8)"
WIDE_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
"""Byte-order marks of the encodings that are not UTF-8 (UTF-32 first: its mark begins like UTF-16's)."""


def _refuse(display: str, message: str, line: int = 1, column: int = 1) -> DataErrors:
    return DataErrors([DataError(display, line, column, "(file)", message)])


def outside(path: Path, root: Path | None) -> bool:
    """Whether ``path`` is a link that leads out of the project folder ``root``."""
    if root is None or not path.is_symlink():
        return False
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return True
    return False


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in plain words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def read_bytes(path: Path, display: str, root: Path | None = None) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_BYTES`; refused in one line otherwise, without waiting."""
    if path.is_symlink() and not path.exists():
        raise _refuse(display, f"expected a file, got a link to {os.readlink(path)}, which does not exist")
    if outside(path, root):
        raise _refuse(
            display, f"expected a file inside the project, got a link to {path.resolve()}; copy the file here"
        )
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise _refuse(display, f"expected a readable file, got {exc.strerror or exc}") from None
    kind = _kind(mode)
    if kind is not None:
        raise _refuse(display, f"expected a file, got {kind}; remove it or give it another name")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _refuse(display, f"expected at most {MAX_BYTES:,} bytes, got {size:,} bytes")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the size is checked while reading too: a file can grow
    except OSError as exc:
        raise _refuse(display, f"expected a readable file, got {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise _refuse(display, f"expected at most {MAX_BYTES:,} bytes, got more")
    return data


def _wide(data: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' for a file saved in such an encoding (with a byte-order mark, or NUL-padded ASCII)."""
    for mark, name in WIDE_ENCODINGS:
        if data.startswith(mark):
            return name
    head = data[:200]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        return "UTF-32" if head.count(0) * 4 >= len(head) * 3 else "UTF-16"
    return None


def decode(data: bytes, display: str) -> str:
    """``data`` as UTF-8 (a byte-order mark allowed); other encodings refused with their name and what to do."""
    wide = _wide(data)
    if wide is not None:
        raise _refuse(display, f"expected UTF-8 text, got a file saved as {wide}; {SAVE_AS_UTF8}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start
        line_start = data.rfind(b"\n", 0, start) + 1
        line = data.count(b"\n", 0, start) + 1
        column = len(data[line_start:start].decode("utf-8-sig", errors="replace")) + 1
        byte = data[start]
        try:
            as_windows = data.decode("cp1252")
        except UnicodeDecodeError:
            as_windows = ""
        if as_windows:
            char = bytes([byte]).decode("cp1252")
            message = (
                f"expected UTF-8 text, got the byte 0x{byte:02x} ('{char}' in Windows-1252): the file is saved as "
                f"Windows-1252 (ANSI); {SAVE_AS_UTF8}"
            )
        else:
            message = f"expected UTF-8 text, got the byte 0x{byte:02x}, which is not UTF-8; {SAVE_AS_UTF8}"
        raise _refuse(display, message, line, column) from None


def read_text(path: Path, display: str, root: Path | None = None) -> str:
    """The UTF-8 text of a data file: a regular file inside ``root`` of at most 1 MiB (see :func:`read_bytes`)."""
    return decode(read_bytes(path, display, root), display)
