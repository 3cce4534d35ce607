"""A page of the main window that is built the first time it is shown or used.

Start-up then imports and builds only the first page (the customers); the pipeline, the agenda
and the alerts come when the user goes there. Attributes not found on the placeholder are the
page's (`window.pipeline.board`), which builds it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._factory(self)
            self.layout().addWidget(self._page)
        return self._page

    def showEvent(self, event) -> None:
        self.page  # noqa: B018 - built before it is painted
        super().showEvent(event)

    def __getattr__(self, name: str):
        if name.startswith("_"):  # the placeholder's own, not yet set while it is made
            raise AttributeError(name)
        return getattr(self.page, name)
