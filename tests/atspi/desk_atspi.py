#!/usr/bin/python3
"""G2P Desk as a screen reader sees it, over the AT-SPI bus (python3-pyatspi), driven by key events
alone (xdotool sends them through the X server, as a keyboard would).

  desk_atspi.py walk
      Visits every section (Alt+Home, Ctrl+1…Ctrl+5) and the Help dialogs, and lists every showing
      button, field, combo box, list, table… that has no accessible name.
  desk_atspi.py scenario --find TEXT --registrant NAME --program NAME --note TEXT [names…]
      Finds a registrant from the start page, opens them, pauses their membership of the program
      with a note, reads their history back, exits them from it with a reason, and enrols them in
      the first program the enrolment form offers. The names the window shows in its language (the
      search box's, the lists', the state Paused…) come as options; English by default.

Prints one JSON object on stdout; exit status 0 when the walk or the scenario succeeded. Run by
tests/tst_atspi.cpp inside tests/atspi/run_with_atspi.sh (Xvfb, a window manager, a private D-Bus
session with the accessibility bus).
"""
import argparse
import json
import subprocess
import sys
import time

import pyatspi

# Controls a screen reader announces by name: each showing one must have one.
NAMED_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LIST,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_MENU_ITEM,
}
CELL_ROLES = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM}


class Failure(Exception):
    pass


def states(a):
    try:
        return a.getState()
    except Exception:  # an object that went away while we looked
        return None


def showing(a):
    s = states(a)
    return s is not None and s.contains(pyatspi.STATE_SHOWING)


def children(a):
    try:
        n = a.childCount
    except Exception:
        return []
    out = []
    for i in range(min(n, 2000)):  # a table's cells: enough for what shows
        try:
            c = a.getChildAtIndex(i)
        except Exception:
            continue
        if c is not None:
            out.append(c)
    return out


def walk(a, depth=0):
    """Every showing object under `a` (depth first), `a` included."""
    if a is None or depth > 60:
        return
    yield a
    for c in children(a):
        if showing(c):
            yield from walk(c, depth + 1)


def role(a):
    try:
        return a.getRole()
    except Exception:
        return None


def name(a):
    try:
        return (a.name or '').strip()
    except Exception:
        return ''


def app():
    for a in pyatspi.Registry.getDesktop(0):
        if a is not None and name(a) == 'g2p-desk':
            return a
    return None


def wait_for(what, predicate, timeout=20.0):
    """Polls the tree until `predicate()` returns something true (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            got = predicate()
        except Exception:
            got = None
        if got:
            return got
        if time.monotonic() > deadline:
            raise Failure('timed out waiting for ' + what)
        time.sleep(0.1)


def focused():
    """The object with the keyboard: the deepest focused one, a table's cell only when its table
    has the focus (Qt marks a view's current cell focused even when the view has not)."""
    best = None
    for a in walk(app()):
        s = states(a)
        if s is None or not s.contains(pyatspi.STATE_FOCUSED):
            continue
        if role(a) in CELL_ROLES:
            try:
                parent = a.parent
            except Exception:
                parent = None
            ps = states(parent) if parent is not None else None
            if ps is None or not ps.contains(pyatspi.STATE_FOCUSED):
                continue
        best = a
    return best


def focused_is(r, n=None):
    def check():
        f = focused()
        if f is None:
            return None
        if role(f) == r and (n is None or name(f) == n):
            return f
        # a cell of a focused table or list: the table or list is what has the keyboard
        if role(f) in CELL_ROLES and role(f.parent) == r and (n is None or name(f.parent) == n):
            return f.parent
        return None
    return check


def windows():
    a = app()
    return [w for w in children(a) if showing(w)] if a else []


def dialog(prefix):
    def check():
        for w in windows():
            if role(w) in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT) and name(w).startswith(prefix):
                return w
        return None
    return check


def find(root, r, n=None):
    for a in walk(root):
        if role(a) == r and (n is None or name(a) == n):
            return a
    return None


def key(*keys):
    subprocess.run(['xdotool', 'key', '--clearmodifiers'] + list(keys), check=True)


def type_text(text):
    subprocess.run(['xdotool', 'type', '--delay', '15', text], check=True)


def describe(a):
    return '%s “%s”' % (a.getRoleName() if a else '?', name(a))


def path_of(a):
    parts = []
    while a is not None and role(a) != pyatspi.ROLE_APPLICATION:
        parts.append(describe(a))
        try:
            a = a.parent
        except Exception:
            break
    return ' < '.join(parts)


def unnamed_controls(root):
    out = []
    for a in walk(root):
        if role(a) in NAMED_ROLES and not name(a):
            s = states(a)
            # a read-only text is a label to a reader (QLabel is a label already)
            if role(a) == pyatspi.ROLE_TEXT and s is not None and not s.contains(pyatspi.STATE_EDITABLE):
                continue
            out.append(path_of(a))
    return out


def main_window():
    return wait_for('the main window', lambda: next(
        (w for w in windows() if role(w) == pyatspi.ROLE_FRAME and name(w).startswith('G2P Desk')), None),
        timeout=60)


def selected_section(frame):
    sections = find(frame, pyatspi.ROLE_LIST, 'Sections')
    for item in children(sections):
        s = states(item)
        if s is not None and s.contains(pyatspi.STATE_SELECTED):
            return name(item)
    return None


def do_walk():
    frame = main_window()
    report = {'sections': [], 'dialogs': [], 'unnamed': []}
    # (the key, the section it opens)
    for keys, section in [('alt+Home', 'Start'), ('ctrl+1', 'Individuals'), ('ctrl+2', 'Groups'),
                          ('ctrl+3', 'Programs'), ('ctrl+4', 'Bulk edit'), ('ctrl+5', 'Outbox')]:
        key(keys)
        wait_for('section ' + section, lambda: selected_section(frame) == section)
        report['sections'].append(section)
        report['unnamed'] += ['%s: %s' % (section, u) for u in unnamed_controls(frame)]
    # The Help dialogs (F1: the guide; Ctrl+/: the keyboard shortcuts).
    for keys, title in [('F1', 'Getting started'), ('ctrl+slash', 'Keyboard shortcuts')]:
        key(keys)
        d = wait_for('the dialog ' + title, dialog(title))
        report['dialogs'].append(name(d))
        report['unnamed'] += ['%s: %s' % (title, u) for u in unnamed_controls(d)]
        key('Escape')
        wait_for('the dialog %s to close' % title, lambda: dialog(title)() is None)
    report['unnamed'] = sorted(set(report['unnamed']))
    return report, not report['unnamed']


def card_of(table, program):
    for cell in children(table):
        if role(cell) in CELL_ROLES and name(cell).startswith(program):
            return cell
    return None


def is_card_of(program):
    return lambda a: a if a is not None and name(a).startswith(program) else None


REPORT = {}


def do_scenario(args):
    report = REPORT
    report.update({'steps': [], 'unnamed': []})

    def step(text):
        report['steps'].append(text)

    frame = main_window()
    # 1. The window opens on the start page with the keyboard in its search box.
    search = wait_for('the start page search box to have the keyboard',
                      focused_is(pyatspi.ROLE_TEXT, args.search_name))
    step('start page: the keyboard is in “%s”' % name(search))
    type_text(args.find)
    key('Return')
    # 2. The results on Individuals, the keyboard in them once the server has answered.
    results = wait_for('the keyboard in the results', focused_is(pyatspi.ROLE_TABLE, args.results_name), 30)
    wait_for('the registrant in the pane', lambda: find(frame, pyatspi.ROLE_LABEL, args.registrant))
    step('found %s: the keyboard in “%s”' % (args.registrant, name(results)))
    # 3. Enter opens the registrant: the keyboard goes to their memberships.
    key('Return')
    memberships = wait_for('the keyboard in the memberships',
                           focused_is(pyatspi.ROLE_TABLE, args.memberships_name))
    wait_for('the membership of ' + args.program, lambda: card_of(memberships, args.program))
    for _ in range(12):  # Down to the program's card
        current = focused()
        if is_card_of(args.program)(current):
            break
        key('Down')
        time.sleep(0.05)  # the key's effect is checked above on the next round, not waited for
    current = wait_for('the card of ' + args.program, lambda: is_card_of(args.program)(focused()))
    step('membership: “%s”' % name(current))
    # 4. Ctrl+P: the pause dialog names whom and which program; the note field has the keyboard.
    key('ctrl+p')
    pause = wait_for('the pause dialog', dialog(args.pause_title))
    if args.program not in name(pause):
        raise Failure('the pause dialog does not name the program: ' + name(pause))
    report['unnamed'] += unnamed_controls(pause)
    wait_for('the note field to have the keyboard', focused_is(pyatspi.ROLE_TEXT, args.note_name))
    type_text(args.note)
    key('Return')
    wait_for('the pause dialog to close', lambda: dialog(args.pause_title)() is None)
    paused = wait_for('the card to say ' + args.paused,
                      lambda: (lambda c: c if c is not None and args.paused in name(c) else None)(
                          card_of(memberships, args.program)), 30)
    step('paused: “%s”' % name(paused))
    # 5. Ctrl+H: the history, newest first, with the pause and its note.
    key('ctrl+h')
    history = wait_for('the history dialog', dialog(args.history_title))
    report['unnamed'] += unnamed_controls(history)
    timeline = wait_for('the timeline', lambda: find(history, pyatspi.ROLE_TABLE, args.timeline_name))

    def rows():
        cells = [c for c in children(timeline) if role(c) == pyatspi.ROLE_TABLE_CELL]
        try:
            columns = timeline.queryTable().nColumns
        except Exception:
            columns = 9
        return [[name(c) for c in cells[i:i + columns]] for i in range(0, len(cells), columns)]

    def newest_is_the_pause():
        # Newest first; states this desktop saw in its local copy ("Seen as …") sit beside the changes
        # by when they were seen: the newest change is the pause, with its note.
        r = rows()
        report['history'] = r
        changes = [row for row in r if not any(c.startswith(args.seen_as) for c in row)]
        return r if changes and args.note in changes[0] and any(args.paused in c for c in changes[0]) else None
    report['history'] = wait_for('the pause and its note as the newest change in the history', newest_is_the_pause, 30)
    step('history: %d rows, the pause “%s”' % (
        len(report['history']), ' | '.join(next(r for r in report['history'] if args.note in r))))
    key('Escape')
    wait_for('the history dialog to close', lambda: dialog(args.history_title)() is None)
    wait_for('the keyboard back in the memberships', focused_is(pyatspi.ROLE_TABLE, args.memberships_name))
    step('history closed: the keyboard back in the memberships')
    # 6. Ctrl+Shift+X: the exit, its date today; the reason box has the keyboard: a reason, Enter.
    key('ctrl+shift+x')
    leave = wait_for('the exit dialog', dialog(args.exit_title))
    if args.program not in name(leave):
        raise Failure('the exit dialog does not name the program: ' + name(leave))
    report['unnamed'] += unnamed_controls(leave)
    wait_for('the reason box to have the keyboard',
             lambda: (lambda f: f if f is not None and (name(f) == args.reason_name or name(f.parent) == args.reason_name) else None)(focused()))
    type_text(args.reason)
    key('Return')
    wait_for('the exit dialog to close', lambda: dialog(args.exit_title)() is None)
    exited = wait_for('the card to say ' + args.exited,
                      lambda: (lambda c: c if c is not None and args.exited in name(c) else None)(
                          card_of(memberships, args.program)), 30)
    step('exited: “%s”' % name(exited))
    # 7. Ctrl+E: the enrolment form offers the programs they can join; Enter enrols in the first.
    cards_before = len([c for c in children(memberships) if role(c) in CELL_ROLES])
    key('ctrl+e')
    enrol = wait_for('the enrolment dialog', dialog(args.enroll_title))
    report['unnamed'] += unnamed_controls(enrol)
    offered = wait_for('a program offered', lambda: (lambda c: c if c is not None and name(c) else None)(
        find(enrol, pyatspi.ROLE_COMBO_BOX)))
    program = name(offered).split(' — ')[0]
    report['enrolled_in'] = program
    key('Return')
    wait_for('the enrolment dialog to close', lambda: dialog(args.enroll_title)() is None)
    enrolled = wait_for('a card for ' + program,
                        lambda: (lambda c: c if c is not None and args.enrolled in name(c) else None)(
                            card_of(memberships, program)), 30)
    if len([c for c in children(memberships) if role(c) in CELL_ROLES]) < cards_before:
        raise Failure('a card went missing after the enrolment')
    step('enrolled: “%s”' % name(enrolled))
    return report, not report['unnamed']


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('mode', choices=['walk', 'scenario'])
    parser.add_argument('--find')
    parser.add_argument('--registrant')
    parser.add_argument('--program')
    parser.add_argument('--note')
    # What the window calls things, in its language.
    parser.add_argument('--search-name', default='Find a registrant')
    parser.add_argument('--results-name', default='Individuals')
    parser.add_argument('--memberships-name', default='Program memberships')
    parser.add_argument('--pause-title', default='Pause')
    parser.add_argument('--note-name', default='Note')
    parser.add_argument('--paused', default='Paused')
    parser.add_argument('--history-title', default='History of')
    parser.add_argument('--timeline-name', default='Timeline')
    parser.add_argument('--seen-as', default='Seen as')
    parser.add_argument('--exit-title', default='Exit')
    parser.add_argument('--reason-name', default='Exit reason')
    parser.add_argument('--reason', default='Graduated from the program')
    parser.add_argument('--exited', default='Exited')
    parser.add_argument('--enroll-title', default='Enroll')
    parser.add_argument('--enrolled', default='Enrolled')
    args = parser.parse_args()
    try:
        wait_for('G2P Desk on the accessibility bus', app, timeout=60)
        report, ok = do_walk() if args.mode == 'walk' else do_scenario(args)
    except Failure as e:
        f = focused()
        # What failed first: a long report is cut when the test prints it.
        # What the dialogs open say (an error in a form, a question).
        said = [name(a) for w in windows() if role(w) in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT)
                for a in walk(w) if role(a) == pyatspi.ROLE_LABEL and name(a)]
        print(json.dumps(dict({'failed': str(e), 'focus': path_of(f) if f else None, 'dialogs_say': said},
                              **REPORT), ensure_ascii=False))
        return 1
    print(json.dumps(report, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
