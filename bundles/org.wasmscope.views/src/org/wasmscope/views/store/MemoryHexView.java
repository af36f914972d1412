package org.wasmscope.views.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.wasmscope.runtime.debug.Changes;
import org.wasmscope.runtime.debug.MemoryView;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.views.common.Highlight;

/**
 * A hex and ASCII dump of a linear memory that reads only the lines it paints: the scroll bar counts
 * lines, and each paint copies 16 bytes per visible line out of the live memory, so a memory of any size
 * scrolls without being copied. Bytes the last step wrote are drawn in the debugger's changed colour.
 */
final class MemoryHexView extends Canvas {
    private final Font font;
    private final int lineHeight;
    /** The advance of one character of the (monospaced) text font, exactly: columns are placed by it. */
    private final double charWidth;
    private final byte[] line = new byte[HexLines.BYTES];
    private MemoryView memory;
    private HexLines layout = HexLines.of(AddrType.I32);
    private Changes changes = Changes.NONE;
    private long lines;
    private long topLine;

    MemoryHexView(Composite parent) {
        super(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.DOUBLE_BUFFERED | SWT.BORDER);
        font = JFaceResources.getTextFont();
        setFont(font);
        GC gc = new GC(this);
        gc.setFont(font);
        lineHeight = gc.getFontMetrics().getHeight();
        String sample = "0123456789abcdef".repeat(8); // the average of many, since one advance may be fractional
        charWidth = (double) gc.textExtent(sample).x / sample.length();
        gc.dispose();
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.MouseDown, e -> setFocus());
        addListener(SWT.MouseVerticalWheel, this::wheel);
        getVerticalBar().addListener(SWT.Selection, e -> {
            topLine = getVerticalBar().getSelection();
            redraw();
        });
        getHorizontalBar().addListener(SWT.Selection, e -> redraw());
        setToolTipText("Linear memory (spec 4.2.9): a vector of bytes, addressed from 0; 16 bytes a line, in hex and ASCII; 64-bit addresses in a memory64");
    }

    /** Shows {@code memory} (or nothing); {@code keepPosition} when it is the memory shown before, after a step. */
    void setMemory(MemoryView memory, Changes changes, boolean keepPosition) {
        boolean same = keepPosition && this.memory != null && memory != null;
        this.memory = memory;
        this.changes = changes;
        if (memory != null) {
            layout = HexLines.of(memory.addrType());
        }
        lines = memory == null ? 0 : (memory.byteSize() + HexLines.BYTES - 1) / HexLines.BYTES;
        if (!same) {
            topLine = 0;
        }
        topLine = Math.max(0, Math.min(topLine, lines - 1));
        updateScrollBars();
        redraw();
    }

    MemoryView memory() {
        return memory;
    }

    /** Scrolls so that the line holding {@code address} is the first one shown. */
    void reveal(long address) {
        topLine = Math.max(0, Math.min(address / HexLines.BYTES, Math.max(0, lines - visibleLines())));
        updateScrollBars();
        redraw();
    }

    /** The address of the first byte shown. */
    long topAddress() {
        return topLine * HexLines.BYTES;
    }

    int visibleLines() {
        return Math.max(1, getClientArea().height / lineHeight);
    }

    /** The text of the lines shown now (what is painted, for Copy and for tests). */
    List<String> visibleText() {
        List<String> out = new ArrayList<>();
        if (memory == null) {
            return out;
        }
        long end = Math.min(lines, topLine + visibleLines());
        for (long l = topLine; l < end; l++) {
            out.add(layout.format(l * HexLines.BYTES, line, read(l)));
        }
        return out;
    }

    /** Reads line {@code l} into {@link #line}; returns how many bytes it has. */
    private int read(long l) {
        long from = l * HexLines.BYTES;
        int count = (int) Math.min(HexLines.BYTES, memory.byteSize() - from);
        memory.read(from, line, 0, count);
        return count;
    }

    private void updateScrollBars() {
        ScrollBar v = getVerticalBar();
        int visible = visibleLines();
        // Lines fit an int: a 32-bit memory has at most 2^28 lines of 16 bytes.
        v.setValues((int) topLine, 0, (int) Math.max(1, lines), Math.min(visible, (int) Math.max(1, lines)), 1,
                Math.max(1, visible - 1));
        ScrollBar h = getHorizontalBar();
        int width = x(layout.asciiColumn(HexLines.BYTES) + 1);
        int client = getClientArea().width;
        h.setValues(h.getSelection(), 0, Math.max(width, 1), Math.max(1, Math.min(client, width)), x(1),
                Math.max(1, client));
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setFont(font);
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (memory == null) {
            return;
        }
        Color normal = getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color changed = Highlight.changedForeground();
        Color address = getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        int x0 = 4 - getHorizontalBar().getSelection();
        int first = e.y / lineHeight;
        int last = Math.min(visibleLines(), (e.y + e.height) / lineHeight + 1);
        for (int row = first; row <= last; row++) {
            long l = topLine + row;
            if (l >= lines) {
                break;
            }
            int y = row * lineHeight;
            long from = l * HexLines.BYTES;
            int count = read(l);
            String text = layout.format(from, line, count);
            gc.setForeground(address);
            gc.drawString(text.substring(0, layout.digits()), x0, y, true);
            gc.setForeground(normal);
            gc.drawString(text.substring(layout.digits()), x0 + x(layout.digits()), y, true);
            if (changes.memoryChanged(memory.address(), from, from + count)) {
                gc.setForeground(changed);
                gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT)); // same cells as the text font
                for (int i = 0; i < count; i++) {
                    if (changes.memoryChanged(memory.address(), from + i, from + i + 1)) {
                        int hx = layout.hexColumn(i);
                        gc.drawString(text.substring(hx, hx + 2), x0 + x(hx), y, false);
                        int ax = layout.asciiColumn(i);
                        gc.drawString(text.substring(ax, ax + 1), x0 + x(ax), y, false);
                    }
                }
                gc.setFont(font);
            }
        }
    }

    /** Where column {@code column} of a line starts, in pixels from the line's start. */
    private int x(int column) {
        return (int) Math.round(column * charWidth);
    }

    private void key(Event e) {
        long target = switch (e.keyCode) {
            case SWT.ARROW_DOWN -> topLine + 1;
            case SWT.ARROW_UP -> topLine - 1;
            case SWT.PAGE_DOWN -> topLine + visibleLines() - 1;
            case SWT.PAGE_UP -> topLine - visibleLines() + 1;
            case SWT.HOME -> 0;
            case SWT.END -> lines;
            default -> topLine;
        };
        scrollTo(target);
    }

    private void wheel(Event e) {
        scrollTo(topLine - e.count);
        e.doit = false;
    }

    private void scrollTo(long target) {
        long t = Math.max(0, Math.min(target, Math.max(0, lines - visibleLines())));
        if (t != topLine) {
            topLine = t;
            getVerticalBar().setSelection((int) t);
            redraw();
        }
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int w = x(layout.asciiColumn(HexLines.BYTES) + 2);
        return new Point(wHint == SWT.DEFAULT ? w : wHint, hHint == SWT.DEFAULT ? 8 * lineHeight : hHint);
    }
}
