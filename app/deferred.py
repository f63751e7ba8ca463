"""Modules a serving worker or a CLI command imports but never uses, imported only when touched.

Gradio imports pandas at module level (gradio/caching.py: `import pandas as pd`, used only inside
functions that hash DataFrames), and pandas imports pyarrow: together ~65 MB of a worker's
resident memory; bm25s imports scipy.sparse, which it never uses the way we call it (it builds
its matrix with numpy): ~12 MB more (BENCHMARKS.md section 8). `defer(*UNUSED)`, called at the
edges before those imports (`python -m app`, and `serve`'s workers before gradio), puts a
stand-in module in `sys.modules`; the real module is imported the first time any attribute of the
stand-in is read (`pd.DataFrame`, `import pandas.io`, ...), so a code path that does need it (the
site owner's report clusters with scipy) still works, only later. A module that is already
imported, or not installed, is left alone.

Left out: deferring anything the app uses to answer, and Python's `importlib.util.LazyLoader` (on
Python 3.11 `import pandas` reads the module's `__spec__`, which makes LazyLoader load it at once).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types

UNUSED = ("pandas", "scipy.sparse")  # what the edges defer (see the module docstring)
_lock = threading.RLock()  # re-entrant: importing one module may touch another stand-in


class Deferred(types.ModuleType):
    """Stands in for a module in `sys.modules` until an attribute is read."""

    def __getattr__(self, attr: str):  # only for attributes the stand-in lacks
        return getattr(self._real(), attr)

    def _real(self) -> types.ModuleType:
        with _lock:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
                try:
                    importlib.import_module(self.__name__)
                except BaseException:
                    sys.modules[self.__name__] = self  # still deferred; the error is the caller's
                    raise
            return sys.modules[self.__name__]


def defer(*names: str) -> list[str]:
    """Put a stand-in for each named module not imported yet (a submodule's package is
    imported); the names deferred."""
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        stand_in = Deferred(name)
        stand_in.__spec__ = spec  # find_spec(name) keeps working; the module is not run
        stand_in.__file__ = spec.origin  # inspect.getmodule reads every module's __file__
        sys.modules[name] = stand_in
        deferred.append(name)
    return deferred


def is_deferred(name: str) -> bool:
    """True while `name` is still a stand-in (never really imported)."""
    return isinstance(sys.modules.get(name), Deferred)
