package org.openhat.clinic.ui;

/** The kiosk screens the page must work on: a small 1280×800 panel and a full-HD 1920×1080 one. */
enum KioskWindow {
    SMALL(1280, 800),
    FULL_HD(1920, 1080);

    final int width;
    final int height;

    KioskWindow(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
