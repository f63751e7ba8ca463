from app import deferred

deferred.defer(*deferred.UNUSED)  # before app.cli imports them (app/deferred.py)

from app.cli import main  # noqa: E402

raise SystemExit(main())
