"""The registration page: one person after another, from the queue."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import nik
from app.domain.errors import UserError
from app.services import (
    backup,
    config_package,
    device,
    drafts,
    event_desk,
    events,
    groups,
    members,
    print_jobs,
)
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.member_form import FormRow, MemberForm
from app.ui.printing import PrintError, format_combo, print_job
from app.ui.widgets import dialog_buttons
from app.ui.workers import run_quietly

DRAFT_DELAY_MS = 400
SKIP_KEY = "Ctrl+E"


class SkipFieldsDialog(QDialog):
    """Which optional fields Enter passes over at this event: one box per field, Space
    to tick, Enter to keep the choice, Esc to leave it as it was."""

    def __init__(self, form: MemberForm, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Isian yang dilewati Enter"))
        intro = QLabel(self.tr(
            "Centang isian yang tidak dicatat di acara ini: Enter melompatinya. Isian itu "
            "tetap bisa diisi dengan Tab, Shift+Tab atau klik."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for key in event_desk.SKIPPABLE:
            # the program row is the JHT box: its own words say what is skipped
            box = QCheckBox(form.jht.text() if key == "program" else form.labels[key], self)
            box.setChecked(key in form.skipped)
            self.boxes[key] = box
            layout.addWidget(box)
        layout.addWidget(dialog_buttons(self, self.tr("Simpan untuk acara ini")))

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]


class RegistrationPage(QWidget):
    saved = Signal(object)  # member id
    slip_made = Signal(object)  # print job id
    open_member = Signal(object)  # member id of an existing NIK

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.event_id: uuid.UUID | None = None
        self.existing_id: uuid.UUID | None = None
        self.last_saved_name = ""
        self._since_backup = 0
        with workspace.db.session() as s:
            consent = device.get_setting(s, device.CONSENT_VERSION_KEY)
            group_items = groups.group_choices(s)
            office_occupations = config_package.occupations(s)
            office_consent = config_package.consent_text(s, consent)
            every = device.get_setting(s, backup.EVERY_SETTING)
        self.backup_every = int(every) if every.isdigit() else backup.DEFAULT_EVERY
        self.form = MemberForm(workspace.tariffs(), consent, group_items, self,
                               office_occupations, office_consent)

        self.event_label = QLabel(self)
        self.event_label.setStyleSheet("font-size: 15px; font-weight: 600")
        self.batch_label = QLabel(self)
        self.batch_label.setStyleSheet("font-size: 14px; color: #0b3d5d")
        self.skip_button = QPushButton(self.tr("Isian dilewati Enter… (%s)") % SKIP_KEY, self)
        self.skip_button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.event_label, 1)
        header.addWidget(self.skip_button)
        self.banner = QFrame(self)
        self.banner.setStyleSheet("background: #fff4e5; border: 1px solid #f0b429")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.open_existing = QPushButton(self.tr("Buka data peserta (Ctrl+O)"), self.banner)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.open_existing)
        self.banner.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Simpan (Ctrl+S)"), self)
        self.print_button = QPushButton(self.tr("Simpan && cetak (Ctrl+P)"), self)
        self.clear_button = QPushButton(self.tr("Kosongkan (Esc)"), self)
        self.slip_format = format_combo(self, workspace)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.slip_format)
        buttons.addWidget(self.print_button)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(FormRow(self.form))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.batch_label)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.form.changed.connect(self._draft_timer.start)
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setInterval(DRAFT_DELAY_MS)
        self._batch_timer.timeout.connect(self.remember_batch)
        self.form.batch_changed.connect(self._batch_changed)
        self.skip_button.clicked.connect(self.choose_skipped)
        QShortcut(QKeySequence(SKIP_KEY), self, self.choose_skipped)
        self.form.submitted.connect(self.save)
        self.form.nik_checked.connect(self._check_existing)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.save_and_print)
        QShortcut(QKeySequence.StandardKey.Print, self, self.save_and_print)
        self.clear_button.clicked.connect(self.clear)
        self.open_existing.clicked.connect(self._open_existing)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)
        QShortcut(QKeySequence("Ctrl+O"), self, self._open_existing)

        restored = drafts.load_draft(workspace.data_dir)
        #: a restored draft's batch settings stand for the event shown first
        self._draft_batch = bool(restored)
        if restored:
            self.form.set_values(restored)
            self.show_message(self.tr("Isian yang belum tersimpan dipulihkan."), ok=True)
        self._show_batch()

    # -- event ----------------------------------------------------------------------------
    def set_event(self, event_id: uuid.UUID | None) -> None:
        if event_id != self.event_id:
            self._switch_event(event_id)
        self.event_id = event_id
        self.skip_button.setEnabled(event_id is not None)
        if event_id is None:
            self.event_label.setText(self.tr("Belum ada acara: buat acara dulu di tab Acara."))
            self.save_button.setEnabled(False)
            return
        with self.workspace.db.session() as s:
            info = events.get_event(s, event_id)
        open_ = info.status == "open"
        self.save_button.setEnabled(open_)
        self.print_button.setEnabled(open_)
        state = "" if open_ else self.tr(" — acara sudah ditutup, pilih acara lain")
        self.event_label.setText(
            self.tr("Acara: %s, %s") % (info.name, f"{info.date:%d-%m-%Y}") + state
        )
        self.form.default_area = info.region_code

    def _switch_event(self, event_id: uuid.UUID | None) -> None:
        """Batch settings and skipped fields belong to one event: the old event's are
        kept for it, the new event's (or the defaults) come on screen, and a change of
        batch settings is said, never carried over silently."""
        self._batch_timer.stop()
        if self.event_id is not None:
            self.remember_batch()
        before = self.form.batch_text()
        skipped: tuple[str, ...] = ()
        if event_id is not None:
            with self.workspace.db.session() as s:
                skipped = event_desk.skipped_fields(s, event_id)
                kept = event_desk.batch(s, event_id)
            if self._draft_batch:  # the draft typed at this event, just restored
                self._draft_batch = False
            else:
                self.form.show_batch(kept)
        self.form.set_skipped(skipped)
        self._batch_timer.stop()
        self._show_batch()
        if self.event_id is not None and self.form.batch_text() != before:
            self.show_message(self.tr("Acara lain: rombongan sekarang %s. Periksa sebelum "
                                      "mendaftar.") % self.form.batch_text(), ok=True)

    def _batch_changed(self) -> None:
        self._show_batch()
        if self.event_id is not None:
            self._batch_timer.start()

    def _show_batch(self) -> None:
        self.batch_label.setText(self.tr("Rombongan: %s") % self.form.batch_text())

    def remember_batch(self) -> None:
        """Keep the batch settings on screen for this event (across restarts)."""
        self._batch_timer.stop()
        if self.event_id is None or self.form.boxes["sub_sumber"].error.text():
            return
        try:
            with self.workspace.db.session() as s:
                event_desk.set_batch(s, self.event_id, self.form.batch())
        except UserError as exc:
            self.form.boxes["sub_sumber"].set_error(i18n.message(exc))

    def choose_skipped(self) -> None:
        """Pick the optional fields Enter passes over at this event."""
        if self.event_id is None:
            return
        dialog = SkipFieldsDialog(self.form, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with self.workspace.db.session() as s:
            chosen = event_desk.set_skipped_fields(s, self.event_id, dialog.chosen())
        self.form.set_skipped(chosen)
        self.show_message(self.tr("Enter melewati %d isian di acara ini.") % len(chosen),
                          ok=True)
        self.form.nik.setFocus()

    # -- actions --------------------------------------------------------------------------
    def _check_existing(self, result: nik.NikResult) -> None:
        self.existing_id = None
        if len(result.nik) == 16 and result.nik.isdigit():
            with self.workspace.db.session() as s:
                self.existing_id = members.active_member_id(s, result.nik)
                name = ""
                if self.existing_id:
                    from app.services.member_changes import get_member

                    name = get_member(s, self.existing_id).fields["name"]
        if self.existing_id:
            self.banner_text.setText(
                self.tr("NIK ini sudah terdaftar atas nama %s. Jangan daftar dua kali: "
                        "buka datanya untuk memeriksa atau membetulkan.") % name
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _open_existing(self) -> None:
        if self.existing_id:
            self.open_member.emit(self.existing_id)

    def save(self) -> uuid.UUID | None:
        """Save the person on the form; returns the new member's id, or None."""
        if self.event_id is None or not self.save_button.isEnabled():
            self.show_message(self.tr("Pilih acara yang masih dibuka dulu (tab Acara)."))
            return None
        clean = self.form.cleaned(self.workspace)
        if clean is None:
            self.show_message(self.tr("Belum tersimpan: perbaiki isian yang bertanda merah."))
            return None
        try:
            with self.workspace.db.session() as s:
                member_id = members.register(s, self.actor, clean, self.event_id,
                                             self.form.consent_version)
        except members.DuplicateNik as dup:
            self.existing_id = dup.member_id
            self.form.show_problems({"nik": i18n.message(dup)})
            self.banner_text.setText(self.tr("NIK ini sudah terdaftar; data tidak disimpan."))
            self.banner.show()
            self.show_message(self.tr("Belum tersimpan: NIK ini sudah terdaftar."))
            return None
        except events.EventClosed as closed:  # closed meanwhile (another desk, the office)
            self.set_event(self.event_id)  # the page says so, and saving is off
            self.show_message(self.tr("Belum tersimpan: %s") % i18n.message(closed))
            return None
        self._draft_timer.stop()
        drafts.clear_draft(self.workspace.data_dir)
        self.remember_batch()
        self.last_saved_name = clean.name
        self.form.clear_person()
        self.banner.hide()
        self.show_message(
            self.tr("Tersimpan: %s (%s). Silakan peserta berikutnya.")
            % (clean.name, nik.mask(clean.nik)), ok=True,
        )
        self.saved.emit(member_id)
        self._since_backup += 1
        if self._since_backup >= self.backup_every:  # every N people, a copy of the day
            self._since_backup = 0
            workspace = self.workspace
            run_quietly(self, lambda: workspace.backup("berkala"), lambda _p: None)
        return member_id

    def save_and_print(self) -> None:
        """Save, then print this person's slip at once, or queue it when no printer."""
        member_id = self.save()
        if member_id is None:
            return
        fmt = str(self.slip_format.currentData())
        try:
            job, _ = print_jobs.slips_to_queue(self.workspace, self.actor, [member_id], fmt,
                                             self.tr("Slip %s") % self.last_saved_name)
        except (UserError, OSError) as exc:
            self.show_message(self.tr("Tersimpan, tetapi slip gagal dibuat: %s")
                              % i18n.message(exc))
            return
        try:
            printed = print_job(self.workspace, self.actor, job)
        except PrintError as exc:
            printed = False
            self.show_message(self.tr("Tersimpan; slip di antrean cetak (%s)") % exc)
        else:
            if printed:
                self.show_message(self.tr("Tersimpan dan dicetak. Silakan peserta berikutnya."),
                                  ok=True)
            else:
                self.show_message(self.tr("Tersimpan. Tidak ada printer: slip menunggu di "
                                          "antrean cetak (tab Cetak)."), ok=True)
        self.slip_made.emit(job.id)

    def clear(self) -> None:
        if self.form.has_person_input():
            answer = QMessageBox.question(
                self, self.tr("Kosongkan isian"),
                self.tr("Isian orang ini belum disimpan. Kosongkan?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._draft_timer.stop()
        drafts.clear_draft(self.workspace.data_dir)
        self.form.clear_person()
        self.banner.hide()
        self.message.clear()

    def save_draft(self) -> None:
        if self.form.has_person_input():
            drafts.save_draft(self.workspace.data_dir, self.form.draft())

    def flush_draft(self) -> None:
        """Called when the window closes: keep what was typed."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
        self.save_draft()
        if self._batch_timer.isActive():
            self.remember_batch()

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message.setStyleSheet("color: #0b5d3b" if ok else "color: #b00020")
        self.message.setText(text)
