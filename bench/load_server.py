"""gunicorn serving the page benchmark's site, for :mod:`bench.load`.

A context manager: the server is started on a free port of 127.0.0.1 with
the example site's WSGI application and :mod:`bench.site_settings`, waited
for until it answers, and stopped on the way out whatever happened (an
error, Ctrl-C, SIGTERM turned into ``SystemExit`` by the caller).
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
STARTUP_SECONDS = 120
GRACEFUL_SECONDS = 30


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    def __init__(self, workers, env, label):
        self.workers = workers
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.site_settings",
            **env,
        }
        self.log = OUT / f"load-gunicorn-{label}.log"
        self.port = None
        self.process = None

    def __enter__(self):
        OUT.mkdir(exist_ok=True)
        self.port = free_port()
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            f"--workers={self.workers}",
            f"--bind=127.0.0.1:{self.port}",
            f"--chdir={ROOT}",
            f"--pythonpath={ROOT / 'example_site'}",
            f"--error-logfile={self.log}",
            f"--graceful-timeout={GRACEFUL_SECONDS}",
            "example_site.wsgi:application",
        ]
        # A session of its own: Ctrl-C reaches this process only, which
        # then stops the server itself.
        self.process = subprocess.Popen(  # noqa: S603 - our interpreter, our site
            command, cwd=ROOT, env=self.env, start_new_session=True
        )
        try:
            self._wait_until_it_answers()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def _wait_until_it_answers(self):
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"bench: gunicorn exited, see {self.log}")
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            try:
                connection.request("GET", "/bench-floor/")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                pass
            finally:
                connection.close()
            time.sleep(0.2)
        raise SystemExit(f"bench: gunicorn did not answer, see {self.log}")

    def stop(self):
        """SIGTERM (workers finish their request), then SIGKILL the group."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(GRACEFUL_SECONDS + 5)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
