package org.talentsim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report page: {@link #html} builds its markup, its figures drawn on the drawer's threads as
 * they are added, and keeps the figures (for {@code --png}).
 */
abstract class Page {
    private final List<Figure> figures = new ArrayList<>();
    private Report.Drawer drawer;

    /** The page, its figures drawn on {@code drawer}. */
    final String html(String version, Report.Drawer drawer) {
        this.drawer = drawer;
        figures.clear();
        return build(version);
    }

    /** The page's markup (calling {@link #add} for each figure). */
    abstract String build(String version);

    /** The figures, in page order (after {@link #html}). */
    final List<Figure> figures() {
        return figures;
    }

    /** Appends figure {@code f} to {@code h}, drawn on another thread. */
    final void add(Html h, Figure f) {
        figures.add(f);
        h.later(drawer.draw(f));
    }
}
