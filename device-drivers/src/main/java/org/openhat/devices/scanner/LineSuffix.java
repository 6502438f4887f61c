package org.openhat.devices.scanner;

/**
 * What ends one scan on the wire, as configured on the scanner (devices.md §1.2).
 * GS as a suffix only suits symbols without FNC1: GS1 data uses GS inside the data.
 */
public enum LineSuffix {
    CR(new byte[] {'\r'}),
    LF(new byte[] {'\n'}),
    CRLF(new byte[] {'\r', '\n'}),
    GS(new byte[] {0x1D}),
    TAB(new byte[] {'\t'}),
    /** CR or LF or CRLF, whichever the scanner sends; empty lines are skipped. */
    ANY_LINE_END(new byte[0]),
    /** No suffix: a scan ends when the line goes quiet ({@link ScannerSettings#endOfScanGap()}). */
    NONE(new byte[0]);

    private final byte[] bytes;

    LineSuffix(byte[] bytes) {
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /**
     * CR, LF, CRLF and ANY_LINE_END all end a scan at CR, LF or CRLF (an empty line is skipped):
     * scan data never holds CR or LF, and a scanner set to CRLF must work where CR is configured.
     */
    public boolean endsAtAnyLineEnd() {
        return this == CR || this == LF || this == CRLF || this == ANY_LINE_END;
    }

    /** The bytes to append when sending a scan with this suffix (simulator). */
    public byte[] wireBytes() {
        return this == ANY_LINE_END ? new byte[] {'\r', '\n'} : bytes.clone();
    }

    /** Parses a configuration word such as {@code CRLF}. */
    public static LineSuffix parse(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
