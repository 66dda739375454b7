package org.talentsim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report page: {@link #html} builds its markup, its figures drawn on the drawer's threads as
 * they are added, and keeps the figures (for {@code --png}).
 */
abstract class Page {
    private final List<Figure> figures = new ArrayList<>();
    /** The ids of the figures added so far: an id is an HTML id and a file name, once per page. */
    private final java.util.Set<String> ids = new java.util.HashSet<>();
    private Report.Drawer drawer;

    /** The page (UTF-8), its figures drawn on {@code drawer}. */
    final byte[] html(String version, Report.Drawer drawer) {
        this.drawer = drawer;
        figures.clear();
        ids.clear();
        return build(version);
    }

    /** The page's markup as UTF-8 (calling {@link #add} for each figure). */
    abstract byte[] build(String version);

    /**
     * What the charts' event numbers stand for, one event a line ("1. 2025-01 DeepSeek capability
     * ×1.35"), written as {@code charts/events.txt} beside {@code --png}'s chart files (a chart on a
     * slide showed numbers with no key: found by a student's review); null when the charts carry none.
     */
    String chartKey() {
        return null;
    }

    /** The figures, in page order (after {@link #html}). */
    final List<Figure> figures() {
        return figures;
    }

    /** Appends figure {@code f} to {@code h}, drawn on another thread. */
    final void add(Html h, Figure f) {
        // names that differ only in case or punctuation ("Big Lab", "big-lab") give one id: the
        // later figure gets the next free "-2", "-3" …, so no chart replaces another's file or id
        String id = f.id();
        for (int k = 2; !ids.add(id); k++) {
            id = f.id() + "-" + k;
        }
        if (!id.equals(f.id())) {
            f = new Figure(id, f.title(), f.xLabel(), f.yLabel(), f.caption(), f.chart(), f.width(), f.height());
        }
        figures.add(f);
        h.later(drawer.draw(f));
    }
}
