#!/usr/bin/env bash
# Prints the Debian packages the end-to-end tests need and this machine lacks, one per line.
# Debian's Chromium and Firefox ESR (153 or newer, from bookworm-security), a virtual display for
# idle detection (Firefox reads it through libXss), real input for it, a sped-up clock, and a
# desktop session with a notification server (notification-daemon for Firefox; the Chromium
# tests run their own in Python), and a Japanese font, so the Japanese layout is checked with real
# glyphs rather than empty boxes.
set -uo pipefail

# The oldest Firefox ESR the Firefox end-to-end tests are known to drive (WebDriver BiDi add-on install).
MIN_FIREFOX=153

firefox_major() { /usr/bin/firefox-esr --version 2>/dev/null | sed -n 's/^Mozilla Firefox \([0-9]*\)\..*/\1/p'; }

[ -x /usr/bin/chromium ] || echo chromium
[ "$(firefox_major)" -ge "$MIN_FIREFOX" ] 2>/dev/null || echo firefox-esr
command -v Xvfb >/dev/null || echo xvfb
command -v xdotool >/dev/null || echo xdotool
[ -f /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ] || echo faketime
[ -f /usr/lib/x86_64-linux-gnu/libXss.so.1 ] || echo libxss1
command -v dbus-daemon >/dev/null || echo dbus-daemon
command -v dbus-monitor >/dev/null || echo dbus-bin
/usr/bin/python3 -c 'import dbus, gi' 2>/dev/null || printf '%s\n' python3-dbus python3-gi
[ -x /usr/lib/notification-daemon/notification-daemon ] || echo notification-daemon
fc-list :lang=ja family 2>/dev/null | grep -q . || echo fonts-ipafont-gothic
exit 0
