"""gunicorn's settings in production: ``gunicorn -c gunicorn.conf.py wsgi:app``.

Every value can be overridden from the environment (gunicorn also reads
``GUNICORN_CMD_ARGS``). Behind nginx: it binds to the port nginx proxies to, trusts the
forwarded headers of the proxies in ``FORWARDED_ALLOW_IPS``, and logs one line per request
with its duration.
"""

import gc
import multiprocessing
import os
import shutil
import tempfile

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"

# Requests are short (the generation runs in the workers), so threads serve the polling
# well: two processes per core, each with a few threads.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", "4"))

# No request takes long; a stuck one is killed, and a restart lets the in-flight ones end.
timeout = int(os.environ.get("WEB_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200

# nginx sets X-Forwarded-Proto and X-Forwarded-For; only trust them from the proxy itself.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = "-"
errorlog = "-"
# Client (as nginx forwarded it), request, status, bytes, milliseconds, user agent.
access_log_format = '%({x-forwarded-for}i)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# /metrics adds up every worker process's request counts from files in this directory
# (prometheus_client's multiprocess mode); it must exist, empty, before workers start.
os.environ.setdefault(
    "PROMETHEUS_MULTIPROC_DIR", os.path.join(tempfile.gettempdir(), "storymapper-metrics")
)


def on_starting(server):
    """Tell the app how many processes serve it; start with an empty metrics directory.

    The worker count is known for certain only here (``--workers`` and
    ``GUNICORN_CMD_ARGS`` override the value above). The workers, forked later, inherit
    ``GUNICORN_WORKERS``: in production several of them without ``REDIS_URL`` would each
    count the rate limits on their own, and the app refuses to start (webapp/config.py).
    Counts of dead processes leave with the old metrics directory.
    """
    os.environ["GUNICORN_WORKERS"] = str(server.cfg.workers)
    directory = os.environ["PROMETHEUS_MULTIPROC_DIR"]
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory, exist_ok=True)


def post_worker_init(worker):
    """Load the language models, then exempt what start-up loaded from garbage collection.

    The quality report on every map page tells languages apart; its model (about 1.5 s to
    load) is loaded here rather than by the first map page a worker serves. The objects
    loaded so far live as long as the process; without gc.freeze, every full collection
    walks all of them, and the request that triggers it waits tens of milliseconds.
    """
    from generation.language import warm_up

    warm_up()
    gc.freeze()


def child_exit(server, worker):
    """Let /metrics stop counting a worker process that exited."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
