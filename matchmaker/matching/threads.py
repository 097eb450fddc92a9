"""BLAS threads for the matcher: one.

Ranking multiplies small matrices (a viewer's few needs against a few thousand candidate
needs) once per request. OpenBLAS's own threads only pay off on large products; on small
ones they cost more than they save, and under load, when other requests hold the cores,
they make a 1 ms product take 5-15 ms (measured on this 2-core machine). Requests run
concurrently on worker threads, so one BLAS thread each uses the cores better.

torch (the embedder) runs its own thread pool and is not affected.
"""

from __future__ import annotations

from threadpoolctl import threadpool_limits


def use_one_blas_thread() -> None:
    """Limit the BLAS libraries numpy and FAISS use to one thread, process-wide."""
    threadpool_limits(limits=1, user_api="blas")
