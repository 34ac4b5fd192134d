# live's loader for Python 3 modules, evaluated once in every context before the run takes it.
# Module code runs through exec() from a function here rather than Context.eval: GraalJS fails
# with an internal error when a JS Error is made under a Python top level that Context.eval runs.
# It imports nothing a context has not imported already: collections.abc and types cost a cold
# start 0.4 s of CPU (collections.abc is imported on the first foreign map or list instead).
import builtins
import sys

LOADER_FILE = "<live loader>"
NONE = None


class _Quitter:
    """exit() and quit() without the site module: they end the run, never live."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Use %s() or Ctrl-D (i.e. EOF) to exit" % self.name

    def __call__(self, code=None):
        raise SystemExit(code)


builtins.exit = _Quitter("exit")
builtins.quit = _Quitter("quit")


def new_module(name, path, is_main):
    module = type(sys)("__main__" if is_main else name)
    module.__file__ = path
    module.__builtins__ = builtins
    if is_main:
        sys.modules["__main__"] = module
    return module


def _compile(text, padded, path):
    """The code of a module's text, from its padded text, whose parse PySources keeps.

    A syntax error is the text's own: at the end of the text a padded one would name the line
    after. The flags stay those PySources expects.
    """
    try:
        code = compile(padded, path, "exec", dont_inherit=True)
    except SyntaxError:
        code = None
    if code is None:
        # Outside the except block, so that the error raised has no other as its context.
        code = compile(text, path, "exec", dont_inherit=True)
    return code


def run_module(module, text, padded, path):
    exec(_compile(text, padded, path), module.__dict__)


def cache_imports(compiled_text):
    """Modules that import statements find compile as live's own do, keeping their parse too.

    compiled_text(path, text) gives the padded text to compile, or None for a file live does not
    keep (Python's own); a file that is not plain UTF-8 with Unix line ends compiles as before.
    """
    import _frozen_importlib_external as external

    plain = external.SourceLoader.source_to_code

    def plain_text(data):
        """The text of source bytes that need no decoding beyond UTF-8, else None."""
        # A BOM, an encoding declaration or a carriage return needs the tokenizer's decoding.
        if data.startswith(b"\xef\xbb\xbf") or b"coding" in data[:200] or b"\r" in data:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def source_to_code(self, data, path, *, _optimize=-1):
        if _optimize == -1 and isinstance(data, bytes) and isinstance(path, str):
            text = plain_text(data)
            padded = None if text is None else compiled_text(path, text)
            if padded is not None:
                return _compile(text, padded, path)
        return plain(self, data, path, _optimize=_optimize)

    external.SourceLoader.source_to_code = source_to_code


def start_run(argv, folders):
    sys.argv = list(argv)
    for folder in reversed(list(folders)):
        sys.path.insert(0, folder)


# ---- errors of other languages, raised as Python exceptions ----

_foreign_types = {}


def error_type(name):
    """The built-in exception of that name, else one class per name made once per context."""
    builtin = getattr(builtins, name, None)
    if isinstance(builtin, type) and issubclass(builtin, Exception):
        return builtin
    made = _foreign_types.get(name)
    if made is None:
        made = _foreign_types[name] = type(str(name), (Exception,), {"__module__": "builtins"})
    return made


def raise_foreign(name, message, trace, original):
    if original is not None:
        raise original
    error = error_type(name)(message)
    error.live_foreign_trace = trace
    raise error


# ---- tracebacks as CPython prints them ----


def _clean(summary, display):
    """Leaves out the loader's frames and shows files as the runner does."""
    import traceback

    kept = [frame for frame in summary.stack if frame.filename != LOADER_FILE]
    for frame in kept:
        frame.filename = display(frame.filename)
    summary.stack = traceback.StackSummary.from_list(kept)
    if getattr(summary, "filename", None):
        summary.filename = display(summary.filename)
    for chained in (summary.__cause__, summary.__context__):
        if chained is not None:
            _clean(chained, display)


def describe(error, display):
    """[type name, message, traceback text, file, line, foreign trace, exit code, compiled]."""
    # Imported on the first error, not in every context: a cold start pays for it only then.
    import traceback

    summary = traceback.TracebackException(type(error), error, error.__traceback__)
    file, line = None, 0
    frames = [frame for frame in summary.stack if frame.filename != LOADER_FILE]
    if isinstance(error, SyntaxError) and error.filename:
        file, line = error.filename, error.lineno or 0
    elif frames:
        file, line = frames[-1].filename, frames[-1].lineno or 0
    _clean(summary, display)
    text = "".join(summary.format()).rstrip("\n")
    exit_code = error.code if isinstance(error, SystemExit) else None
    compiled = isinstance(error, ImportError) and _compiled_module(getattr(error, "name", None))
    return [
        type(error).__name__,
        str(error),
        text,
        file,
        line,
        getattr(error, "live_foreign_trace", None),
        exit_code,
        compiled,
    ]


def _compiled_module(name):
    """True when a C extension (a .so file) of that name is on sys.path: one built for CPython."""
    import glob
    import os

    if not name:
        return False
    top = glob.escape(name.split(".")[0])
    for folder in sys.path:
        if isinstance(folder, str) and os.path.isdir(folder):
            base = os.path.join(glob.escape(folder), top)
            if glob.glob(base + ".*so") or glob.glob(os.path.join(base, "*.so")):
                return True
    return False


# ---- values of other languages ----
# Each wraps a Java handle in the slot _live; every call returns an outcome [True, value] or
# [False, type, message, trace, original], so an error of another language is raised here as a
# Python exception that `except` can catch.


def _result(outcome):
    if outcome[0]:
        return outcome[1]
    raise_foreign(outcome[1], outcome[2], outcome[3], outcome[4])


class ForeignFunction:
    """A function of another language; keyword arguments go as a trailing options object."""

    __slots__ = ("_live",)

    def __init__(self, call):
        object.__setattr__(self, "_live", call)

    def __call__(self, *args, **kwargs):
        return _result(self._live(kwargs if kwargs else None, *args))

    def __repr__(self):
        return "<foreign function>"


class ForeignObject:
    """An object of another language: attributes read and written in place."""

    __slots__ = ("_live",)

    def __init__(self, handle):
        object.__setattr__(self, "_live", handle)

    def __getattr__(self, name):
        if not self._live.has(name):
            raise AttributeError("'%s' object has no attribute '%s'" % (self._live.typeName(), name))
        return _result(self._live.get(name))

    def __setattr__(self, name, value):
        _result(self._live.set(name, value))

    def __dir__(self):
        return list(self._live.keys())

    def __repr__(self):
        return str(self._live)


def _collection_classes():
    """ForeignDict and ForeignList, made on first use: collections.abc is slow to import."""
    import collections.abc

    class ForeignDict(collections.abc.MutableMapping):
        """A map of another language: keys by item and, when they are names, by attribute."""

        __slots__ = ("_live",)

        def __init__(self, handle):
            object.__setattr__(self, "_live", handle)

        def __getitem__(self, key):
            if not self._live.has(key):
                raise KeyError(key)
            return _result(self._live.get(key))

        def __setitem__(self, key, value):
            _result(self._live.set(key, value))

        def __delitem__(self, key):
            if not self._live.has(key):
                raise KeyError(key)
            _result(self._live.remove(key))

        def __iter__(self):
            return iter(list(self._live.keys()))

        def __len__(self):
            return self._live.size()

        def __getattr__(self, name):
            if name.startswith("__") or not self._live.has(name):
                raise AttributeError(name)
            return _result(self._live.get(name))

        def __setattr__(self, name, value):
            self[name] = value

        def keys(self):
            return list(self)

        def values(self):
            return [self[key] for key in self]

        def items(self):
            return [(key, self[key]) for key in self]

        def __repr__(self):
            return repr(dict(self.items()))


    class ForeignList(collections.abc.MutableSequence):
        """A list of another language: reads and writes go to it."""

        __slots__ = ("_live",)

        def __init__(self, handle):
            object.__setattr__(self, "_live", handle)

        def _index(self, index):
            size = self._live.size()
            position = index + size if index < 0 else index
            if position < 0 or position >= size:
                raise IndexError("list index out of range")
            return position

        def __getitem__(self, index):
            if isinstance(index, slice):
                return [self[i] for i in range(*index.indices(len(self)))]
            return _result(self._live.get(self._index(index)))

        def __setitem__(self, index, value):
            _result(self._live.set(self._index(index), value))

        def __delitem__(self, index):
            _result(self._live.remove(self._index(index)))

        def __len__(self):
            return self._live.size()

        def insert(self, index, value):
            size = self._live.size()
            position = max(0, min(size, index + size if index < 0 else index))
            _result(self._live.insert(position, value))

        def __eq__(self, other):
            return list(self) == (list(other) if isinstance(other, ForeignList) else other)

        def __repr__(self):
            return repr(list(self))

    ForeignDict.__qualname__ = "ForeignDict"
    ForeignList.__qualname__ = "ForeignList"
    return ForeignDict, ForeignList


_collections = []


def _collection_class(index):
    if not _collections:
        _collections.extend(_collection_classes())
    return _collections[index]


def ForeignDict(handle):
    """A map of another language: keys by item and, when they are names, by attribute."""
    return _collection_class(0)(handle)


def ForeignList(handle):
    """A list of another language: reads and writes go to it."""
    return _collection_class(1)(handle)


def big_int(text):
    return int(text)


def bridge_handle(value):
    """The Java handle of a wrapper made here, or None for a Python value."""
    if isinstance(value, (ForeignFunction, ForeignObject, *_collections)):
        return object.__getattribute__(value, "_live")
    return None


def home_folders():
    """Where Python's own files are: reading them is not the script's doing."""
    import os

    folders = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    # The standard library's parent folder, cut as a string: os.path's first calls in a fresh
    # context cost a hundred milliseconds.
    folders.add(os.__file__.rsplit(os.sep, 2)[0])
    return sorted(folder for folder in folders if folder)
