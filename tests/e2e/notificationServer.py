"""A desktop notification server for the end-to-end tests (org.freedesktop.Notifications).

Chromium on Linux shows notifications through it. Each notification is printed to stdout as
one JSON line; a line "invoke ID ACTION" on stdin presses that action (a button, "default"
for a click on the notification), as a person would.
"""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = 'org.freedesktop.Notifications'
PATH = '/org/freedesktop/Notifications'


class Server(dbus.service.Object):
    def __init__(self, bus):
        super().__init__(bus, PATH)
        self.next_id = 0

    @dbus.service.method(NAME, out_signature='as')
    def GetCapabilities(self):
        return ['actions', 'body']

    @dbus.service.method(NAME, out_signature='ssss')
    def GetServerInformation(self):
        return ('unhunch-tests', 'unhunch', '1.0', '1.2')

    @dbus.service.method(NAME, in_signature='susssasa{sv}i', out_signature='u')
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        self.next_id = int(replaces) or self.next_id + 1
        pairs = [str(a) for a in actions]
        print(json.dumps({'event': 'notify', 'id': self.next_id, 'summary': str(summary), 'body': str(body),
                          'actions': dict(zip(pairs[::2], pairs[1::2]))}), flush=True)
        return self.next_id

    @dbus.service.method(NAME, in_signature='u')
    def CloseNotification(self, nid):
        print(json.dumps({'event': 'close', 'id': int(nid)}), flush=True)
        self.NotificationClosed(nid, 3)

    @dbus.service.signal(NAME, signature='us')
    def ActionInvoked(self, nid, action):
        pass

    @dbus.service.signal(NAME, signature='uu')
    def NotificationClosed(self, nid, reason):
        pass


def on_input(source, _condition, server):
    line = source.readline()
    if not line:
        GLib.MainLoop().quit()
        sys.exit(0)
    parts = line.split()
    if len(parts) == 3 and parts[0] == 'invoke':
        server.ActionInvoked(dbus.UInt32(int(parts[1])), parts[2])
    return True


DBusGMainLoop(set_as_default=True)
bus = dbus.SessionBus()
name = dbus.service.BusName(NAME, bus, do_not_queue=True)
server = Server(bus)
GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, on_input, server)
print(json.dumps({'event': 'ready'}), flush=True)
GLib.MainLoop().run()
