"""Real SPARQL servers on 127.0.0.1 for the tests: Virtuoso and Oxigraph, as context managers.

Why real servers and no mocks: what breaks with endpoints is what a mock would have to know in
advance: the dialect an engine accepts, the literals it gives back (Virtuoso's "typed-literal",
its booleans as 1 and 0), its default graph, the rows it drops without saying (Virtuoso's ResultSetMaxRows),
its status codes and authentication. Each server gets a free port and a folder of its own, starts
in a few seconds and is stopped with SIGTERM on exit::

    with VirtuosoServer(tmp_path / "virtuoso") as virtuoso:
        kg.query("dyad-counts", endpoint=virtuoso.sparql_url)

    with OxigraphServer(tmp_path / "db") as oxigraph:
        oxigraph.kill()      # a crash, as SIGKILL leaves it
        oxigraph.restart()   # the same folder on the same port
"""

from __future__ import annotations

import configparser
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Self
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

__all__ = ["OxigraphServer", "ServerError", "VirtuosoServer", "free_port"]

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
_ASK = "?query=ASK%7B%7D"


class ServerError(RuntimeError):
    """A server is missing, did not start in time, or died; the message holds its log's tail."""


def free_port() -> int:
    """A TCP port nobody listens on now (the kernel's choice), on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _binary(name: str, *, install: str) -> str:
    """An executable beside this Python (a virtualenv's bin/) or on PATH, or how to install it."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        raise ServerError(f"{name} is missing: {install}")
    return found


def _tail(log: IO[bytes] | Path | None, lines: int = 30) -> str:
    if log is None:
        return ""
    if isinstance(log, Path):
        text = log.read_text("utf-8", "replace") if log.is_file() else ""
    else:
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    return "\n".join(text.splitlines()[-lines:])


class _Process:
    """A server process: started with its output in a temporary file, stopped with SIGTERM."""

    name = "server"
    startup = 30.0  # seconds

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self._output: IO[bytes] | None = None

    def _command(self) -> list[str]:
        raise NotImplementedError

    def _probe_url(self) -> str:
        raise NotImplementedError

    def _log(self) -> str:
        return _tail(self._output)

    def start(self) -> Self:
        if self.running:
            return self
        if self._output is not None:
            self._output.close()
        self._output = tempfile.TemporaryFile()
        self.process = subprocess.Popen(self._command(), stdin=subprocess.DEVNULL, stdout=self._output,
                                        stderr=subprocess.STDOUT)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        """Poll with an empty ASK until the server answers 200, it exits, or the deadline passes."""
        assert self.process is not None
        deadline = time.monotonic() + self.startup
        while True:
            try:
                with urlopen(self._probe_url(), timeout=2) as response:
                    if response.status == 200:
                        return
            except HTTPError as exc:  # up, but not serving queries yet (Virtuoso's startup)
                exc.close()
            except (URLError, ConnectionError, TimeoutError):
                pass
            if self.process.poll() is not None:
                self._fail(f"exited with status {self.process.returncode}")
            if time.monotonic() > deadline:
                self.stop()
                self._fail(f"did not answer {self._probe_url()} within {self.startup:g} s")
            time.sleep(0.1)

    def _fail(self, what: str) -> None:
        raise ServerError(f"the {self.name} server {what}; its log ends with:\n{self._log()}")

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM, then SIGKILL if it has not exited within ``timeout`` seconds."""
        self._end(signal.SIGTERM, timeout)

    def kill(self) -> None:
        """SIGKILL: a crash, leaving the files as they were at that instant."""
        self._end(signal.SIGKILL, 15.0)

    def _end(self, how: signal.Signals, timeout: float) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(how)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def revive(self) -> str | None:
        """Start it again if it died on its own; how it ended and its log's tail, or None if it runs.

        Debian's Virtuoso 7 has been seen to exit silently between two tests (in 2 of about 40 runs of
        the same four tests, with nothing in its log): a module-scoped server is revived rather than
        failing every later test for an engine crash that none of them caused.
        """
        if self.running or self.process is None:
            return None
        ended = f"exit status {self.process.returncode}; its log ends with:\n{self._log()}"
        self.process = None
        self.start()
        return ended

    def restart(self) -> Self:
        """Stop (if running) and start again: the same folder, the same port."""
        self.stop()
        return self.start()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()
        if self._output is not None:
            self._output.close()
            self._output = None


class VirtuosoServer(_Process):
    """Debian's Virtuoso 7 (``virtuoso-t``) with a new database in ``folder``; account dba/dba.

    The packaged ini is copied with the database files, ports and ``DirsAllowed`` changed;
    ``result_set_max_rows`` replaces ``[SPARQL] ResultSetMaxRows`` (packaged: 10000, beyond which
    Virtuoso cuts results silently) only when given.
    """

    name = "Virtuoso"
    user = "dba"
    password = "dba"

    def __init__(self, folder: Path, *, result_set_max_rows: int | None = None,
                 template: Path = VIRTUOSO_INI) -> None:
        super().__init__()
        self.binary = _binary("virtuoso-t", install="apt-get install virtuoso-opensource")
        self.folder = folder
        self.sql_port, self.http_port = free_port(), free_port()
        base = f"http://127.0.0.1:{self.http_port}"
        self.sparql_url = f"{base}/sparql"
        self.sparql_auth_url = f"{base}/sparql-auth"
        self.gsp_url = f"{base}/sparql-graph-crud-auth"
        folder.mkdir(parents=True, exist_ok=True)
        self.ini = folder / "virtuoso.ini"
        self._write_ini(template, result_set_max_rows)

    def _write_ini(self, template: Path, max_rows: int | None) -> None:
        # strict=False: the packaged [Parameters] repeats IndexTreeMaps and PrefixResultNames.
        ini = configparser.ConfigParser(strict=False, interpolation=None, inline_comment_prefixes=(";",))
        ini.optionxform = str  # type: ignore[assignment,method-assign]  # keep the keys' case
        if not ini.read(template):
            raise ServerError(f"cannot read {template}: apt-get install virtuoso-opensource")
        db = self.folder
        ini["Database"].update(DatabaseFile=str(db / "virtuoso.db"), ErrorLogFile=str(db / "virtuoso.log"),
                               LockFile=str(db / "virtuoso.lck"), TransactionFile=str(db / "virtuoso.trx"),
                               xa_persistent_file=str(db / "virtuoso.pxa"))
        ini["TempDatabase"].update(DatabaseFile=str(db / "virtuoso-temp.db"),
                                   TransactionFile=str(db / "virtuoso-temp.trx"))
        ini["Parameters"]["ServerPort"] = f"127.0.0.1:{self.sql_port}"
        ini["Parameters"]["DirsAllowed"] = f"{ini['Parameters'].get('DirsAllowed', '.')}, {db}"
        ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{self.http_port}"
        if max_rows is not None:
            ini["SPARQL"]["ResultSetMaxRows"] = str(max_rows)
        with self.ini.open("w", encoding="utf-8") as out:
            ini.write(out)

    def _command(self) -> list[str]:
        return [self.binary, "+configfile", str(self.ini), "+foreground"]

    def _probe_url(self) -> str:
        return self.sparql_url + _ASK

    def _log(self) -> str:
        """+foreground copies virtuoso.log to stdout; the file is the fallback."""
        return _tail(self._output) or _tail(self.folder / "virtuoso.log")

    def isql(self, sql: str, *, timeout: float = 120.0) -> str:
        """Run SQL as dba through isql-vt, one statement per line ending in ';'; its output, or ServerError.

        The SQL goes on stdin: isql-vt's ``exec=`` argument turns '+' into a space.
        """
        isql = _binary("isql-vt", install="apt-get install virtuoso-opensource")
        done = subprocess.run([isql, f"127.0.0.1:{self.sql_port}", self.user, self.password, "VERBOSE=OFF",
                               "BANNER=OFF", "PROMPT=OFF"], input=sql, capture_output=True, text=True,
                              timeout=timeout)
        if done.returncode != 0 or "*** Error" in done.stderr:  # it exits 0 after an SQL error
            raise ServerError(f"isql-vt failed on {sql!r}: {(done.stderr or done.stdout).strip()}")
        return done.stdout


class OxigraphServer(_Process):
    """``oxigraph serve`` on a store folder; ``options`` such as ``--union-default-graph``."""

    name = "Oxigraph"
    startup = 20.0

    def __init__(self, folder: Path, *options: str) -> None:
        super().__init__()
        self.binary = _binary("oxigraph", install="pip install oxigraph (the 'test' extra: pip install -e '.[test]')")
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)  # oxigraph creates the folder, not its parents
        self.options = options
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.store_url = f"{self.url}/store"
        self.query_url = f"{self.url}/query"
        self.update_url = f"{self.url}/update"

    def load(self, data: Path) -> None:
        """Load an RDF file offline (much faster than over HTTP); only while stopped (RocksDB's lock)."""
        if self.running:
            raise ServerError("stop the Oxigraph server before loading offline: the store is locked")
        done = subprocess.run([self.binary, "load", "--location", str(self.folder), "--file", str(data)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise ServerError(f"oxigraph load {data} failed: {done.stderr.split('Stack backtrace')[0].strip()}")

    def _command(self) -> list[str]:
        return [self.binary, "serve", "--location", str(self.folder), "--bind", f"127.0.0.1:{self.port}",
                *self.options]

    def _probe_url(self) -> str:
        return self.query_url + _ASK

