"""Settings > Team: setting up a team (owner), or, in a team, its folder, the PCs seen, how the
last sync went, Sync now, removing a PC (owner) and leaving the team.

How a sync went reads the same here and in the status bar (desktop.team_sync): SyncState
(views.sync_state) is what the last pass left, and `problems`, `status_line` and `result_text`
say it in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import QT_TRANSLATE_NOOP as T
from models.core.permissions import may
from models.sync import engine
from views.context import AppContext, show_error, tr_error
from views.sync_state import SyncState
from views.team_dialogs import SetUpTeamDialog, forget_keys, team_keys
from views.widgets import ERROR_STYLE, HINT, fit_columns, icon, make_list, plain_label, text_label

CTX = "team"
ID_ROLE = Qt.ItemDataRole.UserRole

SYNCED = T("team", "Synced {time} · {n} PCs")
SYNCING = T("team", "Syncing…")
PAUSED = T("team", "Sync paused")
PAUSED_FOLDER = T("team", "Sync paused: the team folder cannot be reached")
PAUSED_KEY = T("team", "Sync paused: the team passphrase is needed")
PAUSED_NEWER = T("team", "Sync paused: Kehu needs an update")
PAUSED_REMOVED = T("team", "This PC was removed from the team")
PAUSED_CONFIRM = T("team", "Sync paused: a removal of many customers waits for your answer")
CONFIRM_REFUSED = T("team", "A sync would remove {n} of {total} customers from this PC's book. "
                            "You chose not to go on, so nothing was changed and sync is "
                            "paused. Check the team folder, then choose Sync now to be asked "
                            "again.")
WAITING_SHORT = T("team", "waiting for {pcs}")
WAITING = T("team", "Waiting for files from {pcs}: one of their files has not arrived in this "
                    "PC's copy of the folder yet. Kehu takes them in at a later sync.")
UNREADABLE_SHORT = T("team", "files still arriving")
UNREADABLE = T("team", "{n} files in the team folder have not arrived whole yet, or are "
                       "damaged. Kehu tries them again at the next sync.")
NEWER_SHORT = T("team", "{pcs} run a newer Kehu")
NEWER = T("team", "{pcs} run a newer Kehu: their changes wait in the folder until Kehu is "
                  "updated on this PC.")
SKEWED_SHORT = T("team", "the clock of {pc} is off")
SKEWED = T("team", "The clock of {pc} runs {minutes} minutes ahead. Sync goes on, but check "
                   "that PC's date and time.")
UNAPPROVED_SHORT = T("team", "waiting for the owner's approval")
UNAPPROVED = T("team", "The owner has not approved this PC yet: until then it receives the "
                       "public pool only, not the customers of {user}. Ask the owner to "
                       "approve it (Settings > Team).")
REBASED = T("team", "This PC had been away so long that its copy was made again from the "
                    "team's newest snapshot; a backup of it was made first.")
WHOLE = T("team", "This PC's copy was made from the whole book the owner's PC sent it; a "
                  "backup of the copy it had was made first.")
FAILED = T("team", "Sync failed: {reason}")
PC_OF = T("team", "{name} ({user})")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def pc_name(pc: dict) -> str:
    """A PC as people know it: its computer name and who uses it."""
    name = pc.get("name") or str(pc.get("device_id", ""))[:8]
    user = pc.get("user")
    return _t(PC_OF).format(name=name, user=user) if user else name


def paused_texts(exc: BaseException) -> tuple[str, str]:
    """Why a pass stopped, short (the status bar) and in full."""
    if isinstance(exc, engine.UserError):
        full = tr_error(exc)
        short = {engine.FOLDER_MISSING: PAUSED_FOLDER, engine.NOT_A_TEAM: PAUSED_FOLDER,
                 engine.OTHER_TEAM: PAUSED_FOLDER, engine.NO_KEY: PAUSED_KEY,
                 engine.WRONG_PASSPHRASE: PAUSED_KEY, engine.NEWER_FORMAT: PAUSED_NEWER,
                 engine.REMOVED: PAUSED_REMOVED}.get(exc.message, PAUSED)
        return _t(short), full
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return _t(PAUSED), _t(FAILED).format(reason=reason)


def confirm_refused_texts(n: int, total: int) -> tuple[str, str]:
    return _t(PAUSED_CONFIRM), _t(CONFIRM_REFUSED).format(n=n, total=total)


def problems(report: engine.Report) -> list[tuple[str, str]]:
    """What keeps this PC from being in step, or needs a look: (short, full) each."""
    names = {pc["device_id"]: pc_name(pc) for pc in report.pcs}

    def named(devices) -> str:
        return ", ".join(dict.fromkeys(names.get(d, d[:8]) for d in devices))

    out = []
    if report.waiting:
        out.append((_t(WAITING_SHORT).format(pcs=named(report.waiting)),
                    _t(WAITING).format(pcs=named(report.waiting))))
    if report.newer:
        out.append((_t(NEWER_SHORT).format(pcs=named(report.newer)),
                    _t(NEWER).format(pcs=named(report.newer))))
    for skew in report.skewed:
        pc = named([skew["device_id"]])
        out.append((_t(SKEWED_SHORT).format(pc=pc),
                    _t(SKEWED).format(pc=pc, minutes=skew["ahead_minutes"])))
    if report.unreadable:
        out.append((_t(UNREADABLE_SHORT), _t(UNREADABLE).format(n=report.unreadable)))
    me = next((pc for pc in report.pcs if pc.get("me")), None)
    if me is not None and me.get("approved") is False:
        out.append((_t(UNAPPROVED_SHORT), _t(UNAPPROVED).format(user=me.get("user") or "")))
    return out


def clock_text(when: dt.datetime, today: dt.date | None = None) -> str:
    """10:42 today, 03-02 10:42 another day (this PC's time)."""
    local = when.astimezone()
    if local.date() == (today or dt.datetime.now().astimezone().date()):
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def status_line(state: SyncState) -> tuple[str, str, bool]:
    """The status bar's text, its tooltip (the full text), and whether it shows a problem."""
    if state.paused:
        return state.paused_short, state.paused, True
    if state.report is None or state.at is None:
        return (_t(SYNCING), "", False) if state.running else ("", "", False)
    text = _t(SYNCED).format(time=clock_text(state.at), n=len(state.report.pcs))
    found = problems(state.report)
    if not found:
        return text, result_text(state), False
    return (" · ".join([text, *(short for short, _ in found)]),
            "\n".join(full for _, full in found), True)


def result_text(state: SyncState) -> str:
    """How the last pass went, for the Team tab and the status bar's tooltip."""
    if state.report is None or state.at is None:
        return ""
    report = state.report
    text = QCoreApplication.translate(
        "team", "Last sync {when}: {sent} changes sent, {taken} taken in.").format(
        when=state.at.astimezone().strftime("%Y-%m-%d %H:%M"), sent=report.published,
        taken=report.taken)
    if report.in_step() and not report.skewed:
        text += " " + QCoreApplication.translate("team", "In step with the team.")
    if report.rebased:
        text += "\n" + _t(REBASED)
    if report.whole:
        text += "\n" + _t(WHOLE)
    return text


class TeamSettings(QWidget):
    """The Team tab."""

    team_changed = Signal()  # the book joined (set up) or left a team here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_alone())
        self.pages.addWidget(self._build_team())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        ctx.user_changed.connect(self.reload)
        if ctx.team_sync is not None:
            ctx.team_sync.changed.connect(self.show_state)
        self.reload()

    # -- not in a team -------------------------------------------------------------------
    def _build_alone(self) -> QWidget:
        page = QWidget()
        what = plain_label(self.tr(
            "A team keeps one customer book on several PCs and laptops: each keeps its own copy "
            "on its own disk, and the copies stay in step through a folder they share — a "
            "Windows share on the office PC, 坚果云 (Nutstore), Nextcloud, OneDrive, Syncthing "
            "or a USB stick. Only Kehu's encrypted change files go to that folder, never the "
            "book itself. Kehu syncs in the background, also after working offline."))
        self.set_up_button = QPushButton(icon("users"), self.tr("Set up a team…"))
        self.set_up_button.setObjectName("set_up_team")
        self.set_up_button.clicked.connect(self.set_up)
        self.owner_note = plain_label(self.tr(
            "Set up the team on this PC with this book; then on each other PC choose File > "
            "Join a team…"), HINT)
        self.others_note = plain_label(self.tr(
            "The shop's owner sets the team up on their PC. Then, on this PC, choose File > "
            "Join a team… to get the team's book."), HINT)
        self.others_note.setObjectName("join_note")
        self.alone_result = plain_label()
        self.alone_result.setObjectName("team_result")
        row = QHBoxLayout()
        row.addWidget(self.set_up_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(what)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.owner_note)
        layout.addWidget(self.others_note)
        layout.addWidget(self.alone_result)
        layout.addStretch(1)
        return page

    # -- in a team -----------------------------------------------------------------------
    def _build_team(self) -> QWidget:
        page = QWidget()
        self.folder_label = text_label("", name="team_folder")
        form = QFormLayout()
        form.addRow(self.tr("Shared folder:"), self.folder_label)
        self.pcs = make_list([self.tr("PC"), self.tr("User"), self.tr("Last sync"),
                              self.tr("Kehu")], stretch=0)
        self.pcs.setObjectName("team_pcs")
        self.pcs.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pcs.itemSelectionChanged.connect(self._update_buttons)
        self.pcs_note = plain_label(self.tr(
            "The PCs appear after the first sync of this session."), HINT)
        self.result_label = plain_label()
        self.result_label.setObjectName("sync_result")
        self.problems_label = plain_label("", ERROR_STYLE)
        self.problems_label.setObjectName("sync_problems")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.sync_now)
        self.remove_button = QPushButton(self.tr("Remove from the team…"))
        self.remove_button.setObjectName("remove_pc")
        self.remove_button.setToolTip(self.tr(
            "For a lost laptop or someone who left: its later changes are not taken in"))
        self.remove_button.clicked.connect(self.remove_pc)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("approve_pc")
        self.approve_button.setToolTip(self.tr(
            "Let this PC receive the customers its user may see, sealed for it alone"))
        self.approve_button.clicked.connect(self.approve_pc)
        self.leave_button = QPushButton(self.tr("Leave the team…"))
        self.leave_button.setObjectName("leave_team")
        self.leave_button.clicked.connect(self.leave)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.pcs, 1)
        layout.addWidget(self.pcs_note)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)
        return page

    # -- showing -------------------------------------------------------------------------
    def team(self) -> dict | None:
        return engine.team_of(self.ctx.book)

    def reload(self) -> None:
        team = self.team()
        owner = may(self.ctx.book, "team.manage")
        self.pages.setCurrentIndex(1 if team else 0)
        self.set_up_button.setVisible(owner)
        self.owner_note.setVisible(owner)
        self.others_note.setVisible(not owner)
        if team:
            self.folder_label.setText(team["folder"])
        self.show_state()

    def state(self) -> SyncState:
        sync = self.ctx.team_sync
        return sync.state if sync is not None else SyncState()

    def show_state(self) -> None:
        state = self.state()
        report = state.report
        selected = self.selected_pc()
        self.pcs.clear()
        for pc in report.pcs if report else []:
            name = pc.get("name") or pc["device_id"][:8]
            if pc.get("me"):
                name = self.tr("{name} (this PC)").format(name=name)
            when = pc.get("synced_at") or ""
            try:
                when = dt.datetime.fromisoformat(when).astimezone().strftime("%Y-%m-%d %H:%M")
            except ValueError:
                pass
            user = pc.get("user") or ""
            if pc.get("approved") is False:
                # it receives the public pool only until the owner approves it
                user = self.tr("{user} (waiting for the owner's approval)").format(user=user) \
                    if user else self.tr("(nobody signed in yet)")
            item = QTreeWidgetItem([name, user, when, pc.get("kehu") or ""])
            item.setData(0, ID_ROLE, pc["device_id"])
            self.pcs.addTopLevelItem(item)
            if selected and pc["device_id"] == selected["device_id"]:
                self.pcs.setCurrentItem(item)
        fit_columns(self.pcs)
        self.pcs_note.setVisible(report is None)
        self.result_label.setText(result_text(state))
        if state.paused:
            shown = state.paused
        else:
            shown = "\n".join(full for _, full in problems(report)) if report else ""
        self.problems_label.setText(shown)
        self.problems_label.setVisible(bool(shown))
        self._update_buttons()

    def selected_pc(self) -> dict | None:
        item = self.pcs.currentItem()
        report = self.state().report
        if item is None or not item.isSelected() or report is None:
            return None
        device = item.data(0, ID_ROLE)
        return next((pc for pc in report.pcs if pc["device_id"] == device), None)

    def _update_buttons(self) -> None:
        sync = self.ctx.team_sync
        self.sync_button.setVisible(sync is not None)
        self.sync_button.setEnabled(sync is not None and not sync.state.running)
        owner = may(self.ctx.book, "team.manage")
        pc = self.selected_pc()
        self.remove_button.setVisible(owner)
        self.remove_button.setEnabled(owner and pc is not None and not pc.get("me"))
        self.approve_button.setVisible(owner)
        self.approve_button.setEnabled(owner and pc is not None and not pc.get("me")
                                       and pc.get("approved") is False
                                       and bool(pc.get("user_id")))

    # -- doing ---------------------------------------------------------------------------
    def set_up(self) -> None:
        if not may(self.ctx.book, "team.manage") or self.team():
            return
        dialog = SetUpTeamDialog(self.ctx, self)
        accepted = dialog.exec() == SetUpTeamDialog.DialogCode.Accepted
        kept = dialog.kept_in_keyring
        dialog.deleteLater()
        if not accepted:
            return
        team = self.team()
        self.reload()
        self.alone_result.setText("")
        self.team_changed.emit()
        if self.ctx.team_sync is not None:
            self.ctx.team_sync.team_changed()
        text = self.tr("The team is set up in {folder}. On each other PC, choose File > Join "
                       "a team… and type the team passphrase.").format(folder=team["folder"])
        if not kept:
            text += "\n\n" + self.tr(
                "This PC has no keyring to keep the team key in, so Kehu will ask for the team "
                "passphrase once each time it starts.")
        QMessageBox.information(self, self.tr("Team"), text)

    def sync_now(self) -> None:
        if self.ctx.team_sync is not None:
            self.ctx.team_sync.sync_now(self)

    def approve_pc(self) -> None:
        done = self._act_on_pc(
            self.tr("Approve a PC"),
            lambda pc: self.tr("Approve {pc} for {user}? From its next sync on it receives the "
                               "customers {user} may see, with their whole history, sealed so "
                               "that only that PC can read them.").format(
                pc=pc_name(pc), user=pc.get("user") or ""),
            engine.approve_pc)
        if done is not None:
            done["approved"] = True
            self.show_state()
            self.sync_now()

    def remove_pc(self) -> None:
        done = self._act_on_pc(
            self.tr("Remove a PC"),
            lambda pc: self.tr("Remove {pc} from the team? Its changes from now on are not "
                               "taken in, and it stops syncing the next time it tries. What "
                               "that PC already holds stays on it.").format(pc=pc_name(pc)),
            engine.remove_pc)
        if done is not None:
            self.sync_now()

    def _act_on_pc(self, title: str, question, action) -> dict | None:
        """The owner's step on the selected PC (another one): asked first, then done with the
        team key (engine.approve_pc or remove_pc); the PC when it was done, else None."""
        pc = self.selected_pc()
        team = self.team()
        if pc is None or pc.get("me") or team is None or not may(self.ctx.book, "team.manage"):
            return None
        answer = QMessageBox.question(
            self, title, question(pc),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        found = team_keys(team["team_id"]) or getattr(self.ctx.team_sync, "keys", None)
        if found is None:
            QMessageBox.information(self, title, self.tr(
                "Sync once first: Kehu needs the team passphrase for this."))
            return None
        try:
            action(self.ctx.book, keys=found, device_id=pc["device_id"])
        except engine.UserError as exc:
            show_error(self, exc)
            return None
        except OSError as exc:
            QMessageBox.warning(self, title, self.tr(
                "Kehu could not use the folder: {reason}").format(
                    reason=exc.strerror or str(exc)))
            return None
        return pc

    def leave(self) -> None:
        team = self.team()
        if team is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Leave the team"),
            self.tr("This PC stops syncing with the team. Its book stays as it is, with "
                    "everything in it, and the other PCs go on without it. To sync again later, "
                    "this PC joins the team again as a new copy. Leave the team?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        sync = self.ctx.team_sync
        if sync is not None and sync.state.running:
            QMessageBox.information(self, self.tr("Leave the team"), self.tr(
                "A sync is running; leave the team when it has finished."))
            return
        try:
            engine.leave_team(self.ctx.book)
        except engine.UserError as exc:
            show_error(self, exc)
            return
        forget_keys(team["team_id"])
        self.reload()
        self.alone_result.setText(self.tr("This PC has left the team; its book stays as it "
                                          "is."))
        self.team_changed.emit()
        if sync is not None:
            sync.team_changed()
