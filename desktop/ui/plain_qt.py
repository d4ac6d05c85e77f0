"""Values of the ``Qt`` namespace's enums as plain ints, for the first screen.

The first time anything touches ``PySide6.QtCore.Qt``, PySide builds every enum of the
namespace (93 of them, about 1,200 members) through Python's ``enum`` module: 15 to
27 ms on a laptop, as long as Qt takes to paint the whole window. Nothing on the way to
the first paint of the firm list touches it. A model's roles arrive and go back as
ints; the few widget settings that take a namespace enum are written as Qt properties,
which take ints (``widget.setProperty("alignment", ALIGN_CENTER)``); and what cannot
be done that way waits until the window is loaded (the firm list's sorting, whose
``sort(column, order)`` call carries an enum).

So the modules of the first screen (``app``, ``busy``, ``main_window``,
``firm_register``, ``firm_model``, ``tables``) import ``Qt`` inside the functions that
run later, never at module level. ``tests/ui/test_plain_qt.py`` checks each value
against its enum, and ``tests/ui/test_first_screen.py`` that the first screen leaves
the namespace unbuilt.
"""

from __future__ import annotations

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9
USER_ROLE = 256

# Qt.AlignmentFlag
ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080  # AlignRight | AlignVCenter
ALIGN_CENTER = 0x0004 | 0x0080  # AlignHCenter | AlignVCenter

# Qt.ToolButtonStyle
TOOL_BUTTON_TEXT_ONLY = 1

# Qt.ShortcutContext
WIDGET_SHORTCUT = 0
