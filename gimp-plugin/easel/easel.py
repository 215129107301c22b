#!/usr/bin/env python3
"""Easel for GIMP 3: Filters ▸ Easel ▸ Chat edit…

Describe a change in plain words ("make the selection black and white", "a bit warmer"); the
Easel daemon on this machine does it and the result comes back as a new layer above the active
one, in one undo step. Interactively it opens a chat dialog; from scripts it is the PDB
procedure ``python-fu-easel-chat-edit`` (run mode, image, drawables, instruction, seed,
strength), which returns the daemon's message and the new layer. When Easel asks which of
several readings was meant, the dialog offers them as buttons; the procedure fails with the
question and the readings' instructions, to call again with one.

This file only registers the procedure and turns outcomes into PDB return values; the work is
in chat_edit.py (what happens), gimp_document.py (how it happens in GIMP) and dialog.py.
"""
import os
import sys

# GIMP starts this file as a script: its folder (with the bundled easel_client) is sys.path[0]
# already, but not when it is run another way, e.g. from a test.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gi  # noqa: E402

gi.require_version("Gimp", "3.0")
from gi.repository import GLib, GObject, Gimp  # noqa: E402

from chat_edit import (ARTIST_ERRORS, CLIENT_NAME, clarification_for_scripts,  # noqa: E402
                       run_chat_edit)
from easel_client import ClarificationNeeded, EaselClient, EditCancelled, embedding  # noqa: E402
from edit_options import DEFAULT, MAX_SEED, BadArgument, edit_options  # noqa: E402
from gimp_document import GimpDocument, NoLayer, embed_megabytes  # noqa: E402

PROCEDURE = "python-fu-easel-chat-edit"
PLUGIN_VERSION = "0.1.0"


def connect():
    """The daemon of this user: daemon.json and token in the state directory (EASEL_STATE_DIR,
    else the platform default, as for `easel serve`)."""
    return EaselClient.connect(timeout=10.0, client_name=CLIENT_NAME,
                               client_version=PLUGIN_VERSION)


class EaselPlugIn(Gimp.PlugIn):
    def do_query_procedures(self):
        return [PROCEDURE]

    def do_set_i18n(self, name):
        return False

    def do_create_procedure(self, name):
        procedure = Gimp.ImageProcedure.new(self, name, Gimp.PDBProcType.PLUGIN, self.run, None)
        procedure.set_image_types("RGB*, GRAY*")
        procedure.set_sensitivity_mask(Gimp.ProcedureSensitivityMask.DRAWABLE)
        procedure.set_menu_label("_Chat edit…")
        procedure.add_menu_path("<Image>/Filters/Easel")
        procedure.set_documentation(
            "Edit the active layer by describing the change in words",
            "Sends the active layer and the selection to the Easel daemon with the instruction "
            "and inserts the result as a new layer above it, in one undo step. The image keeps "
            "its conversation with Easel (its id is saved in the .xcf), so reopening the file "
            "continues it. Needs the daemon running: `easel serve`. Seed -1 lets Easel pick "
            "one; strength -1 uses the engine's default.",
            name)
        procedure.set_attribution("Easel", "Easel", "2026")
        flags = GObject.ParamFlags.READWRITE
        procedure.add_string_argument(
            "instruction", "Instruction",
            "What to change, e.g. 'make the selection black and white' or 'a bit warmer'",
            "", flags)
        procedure.add_int_argument("seed", "Seed", "Random seed for engines that use one; -1 "
                                   "lets Easel choose", DEFAULT, MAX_SEED, DEFAULT, flags)
        procedure.add_double_argument("strength", "Strength", "How strongly to change the "
                                      "image, 0.0 to 1.0; -1 uses the engine's default",
                                      DEFAULT, 1.0, DEFAULT, flags)
        procedure.add_string_return_value("message", "Message",
                                          "What Easel did, in a sentence", "", flags)
        procedure.add_layer_return_value("layer", "Layer", "The new layer (the topmost one when "
                                         "the edit made several)", True, flags)
        return procedure

    def run(self, procedure, run_mode, image, drawables, config, run_data):
        try:
            document = GimpDocument.for_drawables(image, drawables)
            if run_mode == Gimp.RunMode.INTERACTIVE:
                import dialog  # GTK is loaded only when a window is needed
                last = dialog.run(procedure.get_name(), document, connect)
                if last:
                    # GIMP keeps these as the last values, so Filters ▸ Repeat applies the
                    # last instruction again (run mode WITH_LAST_VALS, handled below).
                    config.set_property("instruction", last)
                return procedure.new_return_values(Gimp.PDBStatusType.SUCCESS, GLib.Error())
            options = edit_options(config.get_property("seed"),
                                   config.get_property("strength"))
            Gimp.progress_init("Easel: " + (config.get_property("instruction") or ""))
            outcome = run_chat_edit(
                document, connect, config.get_property("instruction"), options,
                on_accepted=lambda a: Gimp.progress_set_text("Easel: " + a.summary),
                on_progress=lambda p: Gimp.progress_update(p.fraction),
                embed_cap_bytes=embedding.max_bytes(embed_megabytes()))
            Gimp.displays_flush()
        except BadArgument as exc:
            return _failure(procedure, Gimp.PDBStatusType.CALLING_ERROR, str(exc))
        except EditCancelled as exc:
            return _failure(procedure, Gimp.PDBStatusType.CANCEL, str(exc))
        except ClarificationNeeded as exc:  # a script cannot be asked: it calls again with one
            return _failure(procedure, Gimp.PDBStatusType.EXECUTION_ERROR,
                            clarification_for_scripts(exc))
        except ARTIST_ERRORS + (NoLayer,) as exc:
            return _failure(procedure, Gimp.PDBStatusType.EXECUTION_ERROR, str(exc))
        except Exception as exc:  # a bug: fail with a message instead of a bare traceback
            return _failure(procedure, Gimp.PDBStatusType.EXECUTION_ERROR,
                            "Easel failed unexpectedly (%r). The image is unchanged; please "
                            "report this with the steps that led to it." % exc)
        values = procedure.new_return_values(Gimp.PDBStatusType.SUCCESS, GLib.Error())
        _set_value(values, 1, GObject.Value(GObject.TYPE_STRING, outcome.message))
        _set_value(values, 2, GObject.Value(Gimp.Layer,
                                            outcome.layers[-1] if outcome.layers else None))
        return values


def _set_value(values, index, value):
    """Replaces a return value (new_return_values() fills them with defaults)."""
    values.remove(index)
    values.insert(index, value)


def _failure(procedure, status, message):
    return procedure.new_return_values(
        status, GLib.Error.new_literal(Gimp.PlugIn.error_quark(), message, 0))


if __name__ == "__main__":
    Gimp.main(EaselPlugIn.__gtype__, sys.argv)
