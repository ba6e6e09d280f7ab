package org.studybench.ui.parts;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The window's place, size and maximized state and the navigator's share of its width, kept per user
 * (instance preferences) when the window closes and given back at the next start. A place that is on no
 * screen any more (a monitor unplugged) is not given back.
 */
final class WindowLayout {

    private static final String NODE = "org.studybench.ui";
    private static final String BOUNDS = "window.bounds";
    private static final String MAXIMIZED = "window.maximized";
    private static final String NAVIGATOR = "window.navigator.share";

    private WindowLayout() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    static void restore(Shell shell, MPartSashContainer sash) {
        IEclipsePreferences node = node();
        String[] bounds = node.get(BOUNDS, "").split(",");
        if (bounds.length == 4) {
            try {
                Rectangle r = new Rectangle(Integer.parseInt(bounds[0].trim()), Integer.parseInt(bounds[1].trim()), Integer.parseInt(bounds[2].trim()),
                        Integer.parseInt(bounds[3].trim()));
                if (r.width >= 400 && r.height >= 300 && onScreen(shell, r)) {
                    shell.setBounds(r);
                }
            } catch (NumberFormatException e) {
                // a damaged entry: the default layout
            }
        }
        if (node.getBoolean(MAXIMIZED, false)) {
            shell.setMaximized(true);
        }
        int share = node.getInt(NAVIGATOR, -1);
        if (sash != null && share >= 5 && share <= 80 && sash.getChildren().size() == 2) {
            sash.getChildren().get(0).setContainerData(Integer.toString(share));
            sash.getChildren().get(1).setContainerData(Integer.toString(100 - share));
        }
    }

    static void keep(Shell shell, MPartSashContainer sash) {
        IEclipsePreferences node = node();
        node.putBoolean(MAXIMIZED, shell.getMaximized());
        if (!shell.getMaximized() && !shell.getMinimized()) {
            Rectangle r = shell.getBounds();
            node.put(BOUNDS, r.x + "," + r.y + "," + r.width + "," + r.height);
        }
        if (sash != null && sash.getChildren().size() == 2) {
            double a = weight(sash.getChildren().get(0));
            double b = weight(sash.getChildren().get(1));
            if (a > 0 && b > 0) {
                node.putInt(NAVIGATOR, (int) Math.round(100 * a / (a + b)));
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // not remembered this time; the layout of Application.e4xmi is used at the next start
        }
    }

    private static double weight(MUIElement element) {
        try {
            return element.getContainerData() == null ? -1 : Double.parseDouble(element.getContainerData());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean onScreen(Shell shell, Rectangle r) {
        for (Monitor m : shell.getDisplay().getMonitors()) {
            if (m.getClientArea().intersects(r)) {
                return true;
            }
        }
        return false;
    }
}
