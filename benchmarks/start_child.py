"""Child process for bench_desk: start a window, report when it is shown, then quit.

    python -m benchmarks.start_child bare
    python -m benchmarks.start_child app DATA_DIR USER PASSWORD [--scroll]

`app` runs the real entry point (app.launcher, as the `lindungi` console script does) with
the login dialog filled in as an officer would. Prints `shown SECONDS RSS_MB` when the
window is first on screen and `ready SECONDS RSS_MB` when its pages are built; seconds
count from interpreter start. benchmarks/start_window.py times the console script itself
on an X display, from spawn to a viewable window.
"""

from __future__ import annotations

import os
import sys
import time

START = time.perf_counter()


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def report(what: str) -> None:
    print(f"{what} {time.perf_counter() - START:.4f} {rss_mb():.1f}", flush=True)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstShow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
                watched.removeEventFilter(self)
                report("shown")
            return False

    app = QApplication(sys.argv[:1])
    first_show = FirstShow()
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1180, 780)
        window.installEventFilter(first_show)
        window.show()
        def done() -> None:
            report("ready")
            app.quit()

        QTimer.singleShot(0, done)
        app.exec()
        return

    from pathlib import Path

    from app.ui import app as gui
    from app.ui.main_window import MainWindow

    data_dir, user, password = Path(sys.argv[2]), sys.argv[3], sys.argv[4]

    def login(workspace: object, parent: MainWindow) -> object:
        from app.ui.dialogs import LoginDialog

        dialog = LoginDialog(workspace, parent)  # type: ignore[arg-type]
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.accept()
        return dialog.officer

    original_init = MainWindow.__init__

    def init(self: MainWindow, *a: object, **k: object) -> None:
        original_init(self, *a, **k)  # type: ignore[arg-type]
        self.installEventFilter(first_show)

    MainWindow.__init__ = init  # type: ignore[method-assign]
    original_attach = MainWindow.attach

    def attach(self: MainWindow, *a: object, **k: object) -> None:
        original_attach(self, *a, **k)  # type: ignore[arg-type]
        app.processEvents()
        report("ready")
        if "--scroll" in sys.argv:
            page = self.members_page
            assert self.tabs is not None
            self.tabs.setCurrentWidget(page)
            while page.model.canFetchMore():
                page.model.fetchMore()
            report("scrolled")
        QTimer.singleShot(0, app.quit)

    MainWindow.attach = attach  # type: ignore[method-assign]
    import functools

    from app import launcher

    gui.run_gui = functools.partial(gui.run_gui, login=login)  # type: ignore[arg-type]
    launcher.main(["--data-dir", str(data_dir)])


if __name__ == "__main__":
    main()
